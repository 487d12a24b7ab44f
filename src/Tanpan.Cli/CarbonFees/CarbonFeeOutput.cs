using System.Text.Json.Serialization;
using Tanpan.Core.CarbonFee;

namespace Tanpan.Cli.CarbonFees;

/// <summary>
/// The JSON form of a carbon-fee estimate: inputs, parameters used and amounts (t CO₂e, NT$). The adjustment period is written only
/// for a high-leakage plant; the credit fields only when credits by kind were given, and the fields of the deductions from the annual
/// emissions (碳費收費辦法 §7 增量抵換, §8 electricity supplied) only when one of them was given, so the answer to an invocation without
/// them is unchanged.
/// </summary>
internal record CarbonFeeOutput(
    string ParametersVersion,
    int Year,
    decimal EmissionsT,
    bool HighLeakage,
    bool Payer,
    decimal ThresholdT,
    [property: JsonPropertyName("k_t")] decimal KT,
    decimal AdjustmentFactor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? AdjustmentPeriod,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CarbonFeeOutput.Credit>? IncreaseOffsets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? IncreaseOffsetDeductionT,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? SuppliedKwh,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? SuppliedKgCo2ePerKwh,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? SuppliedDeductionT,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? AnnualEmissionsT,
    decimal ChargeableT,
    decimal OffsetsRequestedT,
    decimal OffsetCapT,
    decimal OffsetsAppliedT,
    bool OffsetsCapped,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CarbonFeeOutput.Credit>? Credits,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? DomesticAppliedT,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ForeignRequestedT,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ForeignCapT,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ForeignAppliedT,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? NetChargeableT,
    string Rate,
    decimal RateNtdPerT,
    decimal FeeNtd)
{
    public static CarbonFeeOutput From(CarbonFeeEstimate e)
    {
        var credited = e.Credits.Count > 0;
        var deducted = e.HasAnnualDeductions;
        return new(e.ParametersVersion, e.Year, e.EmissionsT, e.HighLeakage, e.Payer, e.ThresholdT, e.KT, e.AdjustmentFactor, e.AdjustmentPeriod,
            deducted ? Lines(e.IncreaseOffsets) : null, deducted ? e.IncreaseOffsetDeductionT : null, e.Supplied?.Kwh, e.Supplied?.KgCo2ePerKwh,
            deducted ? e.SuppliedDeductionT : null, deducted ? e.AnnualEmissionsT : null,
            e.ChargeableT, e.OffsetsRequestedT, e.OffsetCapT, e.OffsetsAppliedT, e.OffsetsCapped,
            credited ? Lines(e.Credits) : null,
            credited ? e.DomesticAppliedT : null, credited ? e.ForeignRequestedT : null, credited ? e.ForeignCapT : null,
            credited ? e.ForeignAppliedT : null, credited ? e.NetChargeableT : null,
            CarbonFeeRates.Key(e.Rate), e.RateNtdPerT, e.Fee.BaseValue);
    }

    private static List<Credit> Lines(IReadOnlyList<CarbonCreditLine> lines) =>
        [.. lines.Select(c => new Credit(CarbonCreditKinds.Key(c.Kind), c.HeldT, c.Multiplier, c.CountedT))];

    /// <summary>Credits of one kind: tonnes held, the multiplier of its kind and the tonnes counted.</summary>
    internal sealed record Credit(string Kind, decimal HeldT, decimal Multiplier, decimal CountedT);
}
