using System.Text.Json.Serialization;
using Tanpan.Core.Tariffs.Billing;

namespace Tanpan.Cli.Tariffs;

/// <summary>
/// The JSON form of <c>tariff bill</c>: plan, month and days, the power factor (null when not given; the counted percentage only when
/// given), the totals in whole NT$ and every line with its quantity, rate, share and exact amount; with <c>--own-substation</c> /
/// <c>--adjustment-factor</c> also <c>own_substation_kv</c>, <c>adjustment_factor</c> and <c>adjustment_factor_ntd</c>.
/// </summary>
internal sealed record TouBillOutput(
    string Plan,
    string PlanVersion,
    string Month,
    int Days,
    int SummerDays,
    decimal? PowerFactorPercent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? PowerFactorCountedPercent,
    decimal EnergyChargeNtd,
    decimal BasicFeeNtd,
    decimal OverContractNtd,
    decimal PowerFactorAdjustmentNtd,
    decimal TotalNtd,
    IReadOnlyList<TouBillOutput.Line> Lines,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? OwnSubstationKv,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? AdjustmentFactor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? AdjustmentFactorNtd)
{
    public static TouBillOutput From(TouBillResult b) => new(
        b.Plan.Id, b.Plan.Version, $"{b.Year:0000}-{b.Month:00}", b.Days, b.SummerDays, b.PowerFactorPercent,
        b.PowerFactorPercent is { } pf ? TouBill.CountedPowerFactor(pf) : null,
        b.EnergyChargeNtd, b.BasicFeeNtd, b.OverContractNtd, b.PowerFactorAdjustmentNtd, b.TotalNtd,
        [.. b.Lines.Select(l => new Line(BillKeys.Key(l.Group), l.Key, l.LabelZh, l.LabelEn, l.Quantity, l.Unit, l.Rate, l.Share, l.AmountNtd, l.ExactNtd))],
        b.Input.OwnSubstationKv, b.Input.AdjustmentFactor, b.Input.AdjustmentFactor is null ? null : b.AdjustmentNtd);

    internal sealed record Line(string Group, string Key, string LabelZh, string LabelEn, decimal Quantity, string Unit, decimal Rate, decimal Share,
        decimal AmountNtd, decimal ExactNtd);
}
