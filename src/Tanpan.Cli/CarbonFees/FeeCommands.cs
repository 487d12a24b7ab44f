using System.CommandLine;
using System.Globalization;
using Tanpan.Cli.Output;
using Tanpan.Core.CarbonFee;
using Tanpan.Core.Factors;

namespace Tanpan.Cli.CarbonFees;

/// <summary>
/// <c>tanpan fee estimate --emissions-t N [--rate general|A|B] [--high-leakage] [--year YYYY] [--offsets-t N]
/// [--credits KIND=T[,KIND=T…]] [--increase-offsets KIND=T[,…]] [--supplied-kwh N --supplied-kg-per-kwh X] [--json]</c>, or <c>--plants FILE.csv [--year YYYY] [--json]</c> for a payer with several plants.
/// </summary>
internal static class FeeCommands
{
    /// <summary>The emission year used when <c>--year</c> is not given: the first year the fee is charged on.</summary>
    public const int DefaultYear = 2025;

    public static Command Create()
    {
        var emissions = new Option<string?>("--emissions-t") { Description = "Plant's annual emissions, t CO2e / 全廠年排放量（公噸CO2e）" };
        var rate = new Option<string>("--rate") { Description = "general (NT$300), A (NT$50) or B (NT$100) / 費率", DefaultValueFactory = _ => "general" };
        var leakage = new Option<bool>("--high-leakage") { Description = "Recognised high carbon-leakage plant / 高碳洩漏風險事業" };
        var year = new Option<string>("--year")
        {
            Description = $"Emission year (default {DefaultYear}, the first charged) / 排放年度",
            DefaultValueFactory = _ => DefaultYear.ToString(CultureInfo.InvariantCulture),
        };
        var offsets = new Option<string>("--offsets-t") { Description = "Domestic reduction credits already counted, t CO2e / 國內減量額度（已換算，公噸）", DefaultValueFactory = _ => "0" };
        var credits = new Option<string?>("--credits")
        {
            Description = "Credits as issued by kind, t: voluntary=N,offset=N,early_action=N,foreign=N / 各類減量額度（公噸）",
        };
        var increase = new Option<string?>("--increase-offsets")
        {
            Description = "Art. 7: credits used to offset an emissions increase, t as issued: voluntary=N,offset=N,early_action=N / §7 增量抵換之減量額度（公噸）",
        };
        var suppliedKwh = new Option<string?>("--supplied-kwh") { Description = "Art. 8: electricity a power producer supplied, kWh / §8 躉售或逕行供應之電量（度）" };
        var suppliedIntensity = new Option<string?>("--supplied-kg-per-kwh") { Description = "Art. 8: its carbon intensity, kg CO2e/kWh / §8 排碳強度（公斤CO2e/度）" };
        var plants = new Option<FileInfo?>("--plants")
        {
            Description = "CSV of a payer's plants (plant,emissions_t[,rate,high_leakage,offsets_t,<kind>_t,increase_<kind>_t,supplied_kwh,supplied_kg_per_kwh]) / 多廠（場）CSV",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var estimate = new Command("estimate", "Estimate a carbon fee / 碳費試算")
        {
            emissions, rate, leakage, year, offsets, credits, increase, suppliedKwh, suppliedIntensity, plants, json,
        };
        estimate.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(plants) is { } file)
            {
                var perPlant = new Option[] { emissions, rate, leakage, offsets, credits, increase, suppliedKwh, suppliedIntensity }.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
                return Group(file, perPlant, parse.GetValue(year)!, parse.GetValue(json), output, error);
            }

            var deductions = new AnnualDeductionArguments(parse.GetValue(increase), parse.GetValue(suppliedKwh), parse.GetValue(suppliedIntensity));
            return Estimate(parse.GetValue(emissions), parse.GetValue(rate)!, parse.GetValue(leakage), parse.GetValue(year)!, parse.GetValue(offsets)!,
                parse.GetValue(credits), deductions, parse.GetValue(json), output, error);
        });

        return new Command("fee", "Taiwan carbon fee / 碳費") { estimate };
    }

    private static int Estimate(string? emissionsText, string rateText, bool highLeakage, string yearText, string offsetsText, string? creditsText,
        AnnualDeductionArguments deductions, bool json, TextWriter output, TextWriter error)
    {
        var problems = new List<Problem>();
        decimal? emissions = null;
        if (emissionsText is null)
        {
            problems.Add(new Problem("emissions-t", "請給 --emissions-t（一廠）或 --plants（多廠）", "give --emissions-t (one plant) or --plants (several plants)"));
        }
        else
        {
            emissions = InputNumbers.Parse(emissionsText, "emissions-t", problems);
        }

        var offsets = InputNumbers.Parse(offsetsText, "offsets-t", problems);
        var rate = ParseRate(rateText);
        if (rate is null)
        {
            problems.Add(new Problem("rate", $"--rate 不明的費率「{rateText}」（可用：general、A、B）", $"--rate: unknown rate '{rateText}' (use general, A or B)"));
        }

        var year = ParseYear(yearText, problems);
        var credits = CreditArgument.Parse(creditsText, problems);
        var increaseOffsets = CreditArgument.Parse(deductions.IncreaseOffsets, problems, "--increase-offsets");
        var supplied = deductions.Supplied(problems);
        if (problems.Count > 0)
        {
            InputNumbers.Write(error, problems);
            return TanpanCli.BadInput;
        }

        var outcome = CarbonFeeCalculator.Estimate(emissions!.Value, rate!.Value, highLeakage, year, offsets!.Value, credits: credits,
            increaseOffsets: increaseOffsets, supplied: supplied);
        if (!outcome.Succeeded)
        {
            InputNumbers.Write(error, outcome.Problems);
            return TanpanCli.BadInput;
        }

        if (json)
        {
            JsonOutput.Write(output, CarbonFeeOutput.From(outcome.Estimate!));
        }
        else
        {
            FeeSummary.Write(output, outcome.Estimate!);
        }

        return TanpanCli.Ok;
    }

    private static int Group(FileInfo file, List<string> perPlantOptions, string yearText, bool json, TextWriter output, TextWriter error)
    {
        var problems = perPlantOptions.Select(o => new Problem("plants", $"使用 --plants 時，{o} 請寫在檔案各列", $"with --plants, give {o} per plant in the file")).ToList();
        var year = ParseYear(yearText, problems);
        if (!file.Exists)
        {
            problems.Add(new Problem("plants", $"找不到檔案 {file.FullName}", $"no such file {file.FullName}"));
        }

        var plants = problems.Count == 0 ? PlantGroupCsv.Parse(File.ReadAllText(file.FullName)) : ([], []);
        problems.AddRange(plants.Problems);
        var group = problems.Count == 0 ? PlantGroupFee.Estimate(plants.Plants, year) : null;
        if (group is null || !group.Succeeded)
        {
            InputNumbers.Write(error, group?.Problems ?? problems);
            return TanpanCli.BadInput;
        }

        if (json)
        {
            JsonOutput.Write(output, PlantGroupFeeOutput.From(group, year));
        }
        else
        {
            FeeSummary.Write(output, group, year);
        }

        return TanpanCli.Ok;
    }

    private static int ParseYear(string text, List<Problem> problems)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        problems.Add(new Problem("year", $"--year 須為西元年，例如 2025（收到「{text}」）", $"--year must be a year such as 2025 (got '{text}')"));
        return 0;
    }

    internal static CarbonFeeRate? ParseRate(string text) => CarbonFeeRates.Parse(text);

    internal static string RateKey(CarbonFeeRate rate) => CarbonFeeRates.Key(rate);
}
