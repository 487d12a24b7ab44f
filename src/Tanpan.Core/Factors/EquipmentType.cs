namespace Tanpan.Core.Factors;

/// <summary>
/// A refrigeration or air-conditioning equipment type with its annual leak rate (逸散率), as % of the
/// nameplate charge: the midpoint of the IPCC 2006 Vol. 3 Table 7.9 range used by MOENV 6.0.4 sheet 8.
/// </summary>
public sealed record EquipmentType(
    string Key,
    string MoenvCode,
    string NameZh,
    string NameEn,
    IReadOnlyList<string> Examples,
    decimal LeakRatePercent,
    string IpccRangePercent)
{
    /// <summary>The leak rate as a fraction (0.3 % → 0.003).</summary>
    public decimal LeakFraction => LeakRatePercent / 100m;
}
