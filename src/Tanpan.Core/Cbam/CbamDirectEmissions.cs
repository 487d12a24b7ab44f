using Tanpan.Core.Units;

namespace Tanpan.Core.Cbam;

/// <summary>
/// A production process's attributed direct emissions, Eq. 55 of Commission Implementing Regulation (EU) 2025/2547 Annex III point A.3
/// (definitive-period methodology):
/// AttrEm_dir = DirEm* + EmH,imp − EmH,exp + WGcorr,imp − WGcorr,exp − Em_el,prod.
/// Every term is tonnes CO₂e for the reporting period (here held as <see cref="Co2e"/>); all are ≥ 0 as entered, the
/// signs come from the equation. The result may not be negative (checked by the calculator).
/// </summary>
/// <param name="Direct">DirEm*: the process's directly attributable emissions (source streams, PFC/N₂O included), from the facility's inventory.</param>
/// <param name="HeatImported">EmH,imp: emissions of measurable heat imported into / consumed by the process.</param>
/// <param name="HeatExported">EmH,exp: emissions of measurable heat exported from the process.</param>
/// <param name="WasteGasImportedCorrection">WGcorr,imp: correction for waste gases consumed by the process.</param>
/// <param name="WasteGasExportedCorrection">WGcorr,exp: correction for waste gases exported from the process.</param>
/// <param name="ElectricityProduced">Em_el,prod: emissions of electricity produced within the process boundaries.</param>
public sealed record CbamDirectEmissions(
    Co2e Direct,
    Co2e HeatImported = default,
    Co2e HeatExported = default,
    Co2e WasteGasImportedCorrection = default,
    Co2e WasteGasExportedCorrection = default,
    Co2e ElectricityProduced = default)
{
    /// <summary>AttrEm_dir by Eq. 55 (exact).</summary>
    public Co2e Attributed => Direct + HeatImported - HeatExported + WasteGasImportedCorrection - WasteGasExportedCorrection - ElectricityProduced;
}
