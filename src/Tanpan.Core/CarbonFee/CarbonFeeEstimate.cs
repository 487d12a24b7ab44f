using Tanpan.Core.Units;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// A carbon-fee estimate with every input it used (碳費收費辦法 §5): chargeable = (E − K) × AF rounded half up to 3
/// decimals for a payer, 0 otherwise; domestic credits counted (× each kind's multiplier, plus <c>offsets</c> already
/// counted) are applied up to 10 % of chargeable, foreign ones up to 5 % (§9–§11); net = chargeable − applied, rounded
/// half up to 3 decimals; fee = net × rate truncated to whole NT$. <see cref="OffsetsRequestedT"/> and
/// <see cref="OffsetsAppliedT"/> are the domestic and foreign deductions together; <see cref="OffsetCapT"/> is the domestic cap.
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
    Quantity<Money> Fee,
    decimal NetChargeableT,
    IReadOnlyList<CarbonCreditLine> Credits,
    decimal DomesticAppliedT,
    decimal ForeignRequestedT,
    decimal ForeignCapT,
    decimal ForeignAppliedT)
{
    /// <summary>True when more offsets were given than the cap allows; only <see cref="OffsetsAppliedT"/> counted.</summary>
    public bool OffsetsCapped => OffsetsRequestedT > OffsetsAppliedT;
}
