namespace Tanpan.Core.Tariffs;

/// <summary>Tariff season. Summer is 6/1–9/30 for low voltage and 5/16–10/15 for high and extra-high voltage.</summary>
public enum Season
{
    Summer,
    NonSummer,
}
