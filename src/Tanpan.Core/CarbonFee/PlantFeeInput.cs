namespace Tanpan.Core.CarbonFee;

/// <summary>
/// One plant (全廠(場), 碳費收費辦法 §3) of a payer with several plants: its own emissions (t CO₂e), rate, high-leakage status,
/// already-counted domestic offsets and credits by kind (§9, §10), and its deductions from the annual emissions: credits used for an
/// emissions-increase offset (§7) and electricity supplied (§8).
/// </summary>
public sealed record PlantFeeInput(string PlantId, decimal EmissionsT, CarbonFeeRate Rate, bool HighLeakage, decimal OffsetsT,
    IReadOnlyList<CarbonCredit> Credits, IReadOnlyList<CarbonCredit>? IncreaseOffsets = null, SuppliedElectricity? Supplied = null);
