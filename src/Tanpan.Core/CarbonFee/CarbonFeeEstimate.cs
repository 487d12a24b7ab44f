using Tanpan.Core.Units;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// A carbon-fee estimate with every input it used (碳費收費辦法 §5): the annual emissions of §5 第2項 are
/// <see cref="AnnualEmissionsT"/> = E − the §7 增量抵換 deduction (credits × their §9 第1項 ratio, uncapped) − the §8 deduction of
/// electricity supplied; chargeable = (annual − K) × AF rounded half up to 3 decimals for a payer (E ≥ 25,000 t, §3), 0 otherwise;
/// domestic credits counted (× each kind's ratio, plus <c>offsets</c> already counted) are deducted up to 10 % of chargeable (§9),
/// foreign ones up to 5 % (§10); net = chargeable − applied, rounded half up to 3 decimals; fee = net × rate truncated to whole NT$.
/// <see cref="OffsetsRequestedT"/> and <see cref="OffsetsAppliedT"/> are the domestic and foreign deductions together;
/// <see cref="OffsetCapT"/> is the domestic cap.
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
    decimal ForeignAppliedT,
    IReadOnlyList<CarbonCreditLine> IncreaseOffsets,
    decimal IncreaseOffsetDeductionT,
    SuppliedElectricity? Supplied,
    decimal SuppliedDeductionT,
    decimal AnnualEmissionsT)
{
    /// <summary>True when more offsets were given than the cap allows; only <see cref="OffsetsAppliedT"/> counted.</summary>
    public bool OffsetsCapped => OffsetsRequestedT > OffsetsAppliedT;

    /// <summary>True when §7 or §8 deductions were given (even of zero tonnes).</summary>
    public bool HasAnnualDeductions => IncreaseOffsets.Count > 0 || Supplied is not null;
}
