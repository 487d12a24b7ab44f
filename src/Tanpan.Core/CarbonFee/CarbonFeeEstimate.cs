using Tanpan.Core.Units;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// A carbon-fee estimate with every input it used. Tonnes are exact t CO₂e; the fee is exact NT$
/// (round only for display). chargeable = max(0, (E − K) × AF) for a payer, 0 otherwise;
/// offsets applied = min(offsets, cap % × chargeable); fee = (chargeable − offsets applied) × rate.
/// </summary>
public sealed record CarbonFeeEstimate(
    string ParametersVersion,
    int Year,
    decimal EmissionsT,
    bool HighLeakage,
    CarbonFeeRate Rate,
    decimal RateNtdPerT,
    bool Payer,
    decimal ThresholdT,
    decimal KT,
    decimal AdjustmentFactor,
    int? AdjustmentPeriod,
    decimal ChargeableT,
    decimal OffsetsRequestedT,
    decimal OffsetCapT,
    decimal OffsetsAppliedT,
    Quantity<Money> Fee)
{
    /// <summary>True when more offsets were given than the cap allows; only <see cref="OffsetsAppliedT"/> counted.</summary>
    public bool OffsetsCapped => OffsetsRequestedT > OffsetsAppliedT;
}
