using Tanpan.Core.Units;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// Electricity a power producer supplied in the year (碳費收費辦法 §8): sold wholesale to a public utility (躉售公用售電業) or
/// supplied directly to specific users (非經躉售逕行供應特定用戶), with the carbon intensity (排碳強度) its proof states, in
/// kg CO₂e per kWh. Both ≥ 0. <see cref="EmissionsT"/> = kWh × intensity ÷ 1,000 is deducted from the annual emissions (§5 第2項).
/// </summary>
public sealed record SuppliedElectricity(Quantity<Energy> Energy, decimal KgCo2ePerKwh)
{
    public decimal Kwh => KilowattHours.In(Energy);

    /// <summary>The emissions of the electricity supplied, t CO₂e (exact; §5 第4項's rounding is applied to the chargeable figure).</summary>
    public decimal EmissionsT => Kwh * KgCo2ePerKwh / 1_000m;
}
