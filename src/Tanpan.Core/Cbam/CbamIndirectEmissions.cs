using Tanpan.Core.Units;

namespace Tanpan.Core.Cbam;

/// <summary>
/// A production process's attributed indirect emissions: electricity consumed × its emission factor (IR (EU) 2025/2547,
/// the indirect-emissions section; Regulation (EU) 2023/956 Annex IV point 4.3: the grid factor of the country of
/// origin unless a power-purchase agreement or direct technical link applies). Counted only for goods not in Annex II
/// (<see cref="CbamGoods.IndirectEmissionsCount(CnCode)"/>); otherwise shown in the trace but left out of the SEE.
/// </summary>
/// <param name="ElectricityConsumed">Electricity consumed by the process in the period.</param>
/// <param name="FactorTonnesPerMwh">Emission factor, t CO₂e per MWh (≥ 0).</param>
/// <param name="FactorSource">Where the factor comes from (e.g. "能源署 2024 電力排碳係數 0.474 kg/kWh").</param>
public sealed record CbamIndirectEmissions(Quantity<Energy> ElectricityConsumed, decimal FactorTonnesPerMwh, string FactorSource)
{
    public decimal MegawattHours => ElectricityConsumed.In(Units.Units.MegawattHour);

    /// <summary>AttrEm_indir = MWh × t/MWh (exact).</summary>
    public Co2e Attributed => Co2e.FromTonnes(MegawattHours * FactorTonnesPerMwh);
}
