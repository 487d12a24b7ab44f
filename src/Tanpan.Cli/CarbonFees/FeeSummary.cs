using System.Globalization;
using Tanpan.Core.CarbonFee;

namespace Tanpan.Cli.CarbonFees;

/// <summary>The text form of <c>tanpan fee estimate</c>: one block per plant, tonnes to 3 decimals, the fee in whole NT$.</summary>
internal static class FeeSummary
{
    public static void Write(TextWriter o, CarbonFeeEstimate e)
    {
        o.WriteLine(Line($"碳費試算 Carbon fee estimate (emission year {e.Year}; parameters {e.ParametersVersion})"));
        Body(o, e);
    }

    public static void Write(TextWriter o, PlantGroupFee group, int year)
    {
        o.WriteLine(Line($"碳費試算 Carbon fee estimate, {group.Plants.Count} plants 廠（場） (emission year {year}; parameters {group.Plants[0].Estimate.ParametersVersion})"));
        foreach (var (plant, e) in group.Plants)
        {
            o.WriteLine();
            o.WriteLine($"[{plant}]");
            Body(o, e);
        }

        o.WriteLine();
        o.WriteLine($"total fee    NT${Ntd(group.Fee.BaseValue)}");
    }

    private static void Body(TextWriter o, CarbonFeeEstimate e)
    {
        o.WriteLine(Line($"emissions    {T(e.EmissionsT)} t CO2e; payer 徵收對象: {(e.Payer ? "yes" : "no")} (threshold {T(e.ThresholdT)} t)"));
        o.WriteLine(Line($"K            {T(e.KT)} t{(e.HighLeakage ? " (high leakage 高碳洩漏)" : "")}"));
        o.WriteLine(Line($"AF           {e.AdjustmentFactor}{(e.AdjustmentPeriod is { } n ? $" (period {n}; period years unverified)" : "")}"));
        foreach (var c in e.IncreaseOffsets)
        {
            o.WriteLine(Line($"§7 increase  {CarbonCreditKinds.Key(c.Kind)} {T(c.HeldT)} t × {c.Multiplier} = {T(c.CountedT)} t off the annual emissions 增量抵換"));
        }

        if (e.Supplied is { } s)
        {
            o.WriteLine(Line($"§8 supplied  {T(s.Kwh)} kWh × {s.KgCo2ePerKwh} kg/kWh = {T(e.SuppliedDeductionT)} t off the annual emissions 供電扣除"));
        }

        if (e.HasAnnualDeductions)
        {
            o.WriteLine(Line($"annual       {T(e.AnnualEmissionsT)} t after §7/§8 (年排放量)"));
        }

        o.WriteLine(Line($"chargeable   {T(e.ChargeableT)} t"));
        foreach (var c in e.Credits)
        {
            o.WriteLine(Line($"credits      {CarbonCreditKinds.Key(c.Kind)} {T(c.HeldT)} t × {c.Multiplier} = {T(c.CountedT)} t{(c.Foreign ? $" (foreign cap {T(e.ForeignCapT)} t)" : "")}"));
        }

        o.WriteLine(Line($"offsets      {T(e.OffsetsAppliedT)} t applied (cap {T(e.OffsetCapT)} t){(e.OffsetsCapped ? $"; {T(e.OffsetsRequestedT)} t given, capped 超過上限" : "")}"));
        o.WriteLine(Line($"rate         {CarbonFeeRates.Key(e.Rate)} NT${e.RateNtdPerT}/t"));
        o.WriteLine($"fee          NT${Ntd(e.Fee.BaseValue)}");
    }

    private static string Ntd(decimal value) => Core.Units.Rounding.Round(value, 0).ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string T(decimal tonnes) => Core.Units.Rounding.Tonnes(tonnes).ToString("#,##0.###", CultureInfo.InvariantCulture);
}
