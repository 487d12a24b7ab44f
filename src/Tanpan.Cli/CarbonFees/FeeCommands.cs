using System.CommandLine;
using System.Globalization;
using Tanpan.Cli.Output;
using Tanpan.Core.CarbonFee;
using Tanpan.Core.Factors;

namespace Tanpan.Cli.CarbonFees;

/// <summary><c>tanpan fee estimate --emissions-t N [--rate general|A|B] [--high-leakage] [--year YYYY] [--offsets-t N] [--json]</c>.</summary>
internal static class FeeCommands
{
    /// <summary>The emission year used when <c>--year</c> is not given: the first year the fee is charged on.</summary>
    public const int DefaultYear = 2025;

    public static Command Create()
    {
        var emissions = new Option<string>("--emissions-t") { Description = "Plant's annual emissions, t CO2e / 全廠年排放量（公噸CO2e）", Required = true };
        var rate = new Option<string>("--rate") { Description = "general (NT$300), A (NT$50) or B (NT$100) / 費率", DefaultValueFactory = _ => "general" };
        var leakage = new Option<bool>("--high-leakage") { Description = "Recognised high carbon-leakage plant / 高碳洩漏風險事業" };
        var year = new Option<string>("--year")
        {
            Description = $"Emission year (default {DefaultYear}, the first charged) / 排放年度",
            DefaultValueFactory = _ => DefaultYear.ToString(CultureInfo.InvariantCulture),
        };
        var offsets = new Option<string>("--offsets-t") { Description = "Domestic reduction credits, t CO2e / 國內減量額度（公噸）", DefaultValueFactory = _ => "0" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var estimate = new Command("estimate", "Estimate one plant's carbon fee / 碳費試算") { emissions, rate, leakage, year, offsets, json };
        estimate.SetAction(parse => Estimate(
            parse.GetValue(emissions)!,
            parse.GetValue(rate)!,
            parse.GetValue(leakage),
            parse.GetValue(year)!,
            parse.GetValue(offsets)!,
            parse.GetValue(json),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));

        return new Command("fee", "Taiwan carbon fee / 碳費") { estimate };
    }

    private static int Estimate(string emissionsText, string rateText, bool highLeakage, string yearText, string offsetsText, bool json,
        TextWriter output, TextWriter error)
    {
        var problems = new List<Problem>();
        var emissions = InputNumbers.Parse(emissionsText, "emissions-t", problems);
        var offsets = InputNumbers.Parse(offsetsText, "offsets-t", problems);
        var rate = ParseRate(rateText);
        if (rate is null)
        {
            problems.Add(new Problem("rate", $"--rate 不明的費率「{rateText}」（可用：general、A、B）", $"--rate: unknown rate '{rateText}' (use general, A or B)"));
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            problems.Add(new Problem("year", $"--year 須為西元年，例如 2025（收到「{yearText}」）", $"--year must be a year such as 2025 (got '{yearText}')"));
        }

        if (problems.Count > 0)
        {
            InputNumbers.Write(error, problems);
            return TanpanCli.BadInput;
        }

        var outcome = CarbonFeeCalculator.Estimate(emissions!.Value, rate!.Value, highLeakage, year, offsets!.Value);
        if (!outcome.Succeeded)
        {
            InputNumbers.Write(error, outcome.Problems);
            return TanpanCli.BadInput;
        }

        if (json)
        {
            CarbonFeeJson.Write(output, outcome.Estimate!);
        }
        else
        {
            Summary(output, outcome.Estimate!);
        }

        return TanpanCli.Ok;
    }

    internal static CarbonFeeRate? ParseRate(string text) => text.Trim() switch
    {
        var t when t.Equals("general", StringComparison.OrdinalIgnoreCase) => CarbonFeeRate.General,
        var t when t.Equals("A", StringComparison.OrdinalIgnoreCase) => CarbonFeeRate.A,
        var t when t.Equals("B", StringComparison.OrdinalIgnoreCase) => CarbonFeeRate.B,
        _ => null,
    };

    internal static string RateKey(CarbonFeeRate rate) => rate == CarbonFeeRate.General ? "general" : rate.ToString();

    private static void Summary(TextWriter o, CarbonFeeEstimate e)
    {
        o.WriteLine(Line($"碳費試算 Carbon fee estimate (emission year {e.Year}; parameters {e.ParametersVersion})"));
        o.WriteLine(Line($"emissions    {T(e.EmissionsT)} t CO2e; payer 徵收對象: {(e.Payer ? "yes" : "no")} (threshold {T(e.ThresholdT)} t)"));
        o.WriteLine(Line($"K            {T(e.KT)} t{(e.HighLeakage ? " (high leakage 高碳洩漏)" : "")}"));
        o.WriteLine(Line($"AF           {e.AdjustmentFactor}{(e.AdjustmentPeriod is { } n ? $" (period {n}; period years unverified)" : "")}"));
        o.WriteLine(Line($"chargeable   {T(e.ChargeableT)} t"));
        o.WriteLine(Line($"offsets      {T(e.OffsetsAppliedT)} t applied (cap {T(e.OffsetCapT)} t){(e.OffsetsCapped ? $"; {T(e.OffsetsRequestedT)} t given, capped 超過上限" : "")}"));
        o.WriteLine(Line($"rate         {RateKey(e.Rate)} NT${e.RateNtdPerT}/t"));
        o.WriteLine($"fee          NT${Core.Units.Rounding.Round(e.Fee.BaseValue, 0).ToString("#,##0", CultureInfo.InvariantCulture)}");
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string T(decimal tonnes) => Core.Units.Rounding.Tonnes(tonnes).ToString("#,##0.###", CultureInfo.InvariantCulture);
}
