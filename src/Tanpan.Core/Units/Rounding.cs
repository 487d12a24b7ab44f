namespace Tanpan.Core.Units;

/// <summary>
/// The one rounding rule: results are kept exact and rounded only for display, half away from zero
/// (as Excel's ROUND, which the MOENV 清冊 uses), tonnes CO₂e to <see cref="TonneDecimals"/> places.
/// </summary>
public static class Rounding
{
    /// <summary>Decimal places shown for tonnes CO₂e (kilogram resolution).</summary>
    public const int TonneDecimals = 3;

    public static decimal Tonnes(decimal tonnes) => Math.Round(tonnes, TonneDecimals, MidpointRounding.AwayFromZero);

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
