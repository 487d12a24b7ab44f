using System.Text.Json.Serialization;
using Tanpan.Core.Tariffs.Billing;

namespace Tanpan.Cli.Tariffs;

/// <summary>
/// The JSON form of <c>tariff bill</c>: plan, month and days, the power factor (null when not given; the counted percentage only when
/// given), the totals in whole NT$ and every line with its quantity, rate, share and exact amount.
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
    IReadOnlyList<TouBillOutput.Line> Lines)
{
    public static TouBillOutput From(TouBillResult b) => new(
        b.Plan.Id, b.Plan.Version, $"{b.Year:0000}-{b.Month:00}", b.Days, b.SummerDays, b.PowerFactorPercent,
        b.PowerFactorPercent is { } pf ? TouBill.CountedPowerFactor(pf) : null,
        b.EnergyChargeNtd, b.BasicFeeNtd, b.OverContractNtd, b.PowerFactorAdjustmentNtd, b.TotalNtd,
        [.. b.Lines.Select(l => new Line(BillKeys.Key(l.Group), l.Key, l.LabelZh, l.LabelEn, l.Quantity, l.Unit, l.Rate, l.Share, l.AmountNtd, l.ExactNtd))]);

    internal sealed record Line(string Group, string Key, string LabelZh, string LabelEn, decimal Quantity, string Unit, decimal Rate, decimal Share,
        decimal AmountNtd, decimal ExactNtd);
}
