using System.CommandLine;
using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary><c>tanpan cases search [--industry X] [--measure KIND] [--json]</c> over the seed case library.</summary>
internal static class CasesCommands
{
    public static Command Create()
    {
        var industry = new Option<string>("--industry") { Description = "Industry text, Chinese or English / 產業別" };
        var measure = new Option<string>("--measure") { Description = "Measure kind, see 'tanpan measure list' / 措施代碼" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var search = new Command("search", "Search the reduction cases of the seeds / 搜尋減碳案例") { industry, measure, json };
        search.SetAction(parse => Search(parse.GetValue(industry), parse.GetValue(measure), parse.GetValue(json),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return new Command("cases", "Reduction case library / 減碳案例庫") { search };
    }

    private static int Search(string? industry, string? measure, bool json, TextWriter output, TextWriter error)
    {
        if (measure is not null && MeasureCatalog.Find(measure) is null)
        {
            var known = string.Join(", ", MeasureCatalog.All.Select(m => m.Kind));
            InputNumbers.Write(error, [new Problem("measure", $"不明的措施「{measure}」（可用：{known}）", $"unknown measure '{measure}' (known: {known})")]);
            return TanpanCli.BadInput;
        }

        var cases = CaseLibrary.Shipped.Search(industry, measure).ToList();
        if (json)
        {
            JsonOutput.Write(output, CaseSearchOutput.From(cases));
            return TanpanCli.Ok;
        }

        output.WriteLine($"{cases.Count} case(s) 件案例");
        foreach (var c in cases)
        {
            output.WriteLine($"{c.Id}  [{c.Measure}] {c.TitleZh} / {c.TitleEn}");
            output.WriteLine($"    {c.IndustryZh} / {c.IndustryEn}; {c.Year}; {Figures(c)}");
            output.WriteLine($"    source: seed {c.SourceFile}, {c.Locator}");
        }

        return TanpanCli.Ok;
    }

    private static string Figures(ReductionCase c)
    {
        var parts = new List<string>();
        if (c.EnergySaved is { } e)
        {
            parts.Add($"{MeasureSummary.N(e, 2)} {c.EnergyUnit}");
        }

        if (c.Co2e?.Tonnes is { } t)
        {
            parts.Add($"{MeasureSummary.N(t, 3)} t CO2e");
        }

        if (c.InvestmentNtd is { } i)
        {
            parts.Add($"investment NT${MeasureSummary.N(i, 0)}");
        }

        if (c.AnnualSavingsNtd is { } s)
        {
            parts.Add($"savings NT${MeasureSummary.N(s, 0)}");
        }

        if (c.PaybackYears is { } p)
        {
            parts.Add($"payback {MeasureSummary.N(p, 2)} years");
        }

        return parts.Count == 0 ? "shares only" : string.Join("; ", parts);
    }
}
