namespace Tanpan.Core.CarbonFee;

/// <summary>
/// One plant (全廠(場), 碳費收費辦法 §3) of a payer with several plants: its own emissions (t CO₂e), rate, high-leakage status,
/// already-counted domestic offsets and credits by kind.
/// </summary>
public sealed record PlantFeeInput(string PlantId, decimal EmissionsT, CarbonFeeRate Rate, bool HighLeakage, decimal OffsetsT,
    IReadOnlyList<CarbonCredit> Credits);
