namespace Tanpan.Core.Reduction;

/// <summary>
/// What a measure changes in one year: energy saved per carrier (native units, negative when the
/// measure uses more, e.g. the gas burnt after a fuel switch), plus any cost effect that is not
/// energy × price (load shifting's tariff difference, PV sales), NT$ per year.
/// </summary>
public sealed record MeasureSavings(IReadOnlyDictionary<Carrier, decimal> Energy, decimal OtherCostSavingsNtd = 0m, string Note = "");
