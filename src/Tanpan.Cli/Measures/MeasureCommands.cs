using System.CommandLine;
using System.Globalization;
using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Reduction;

namespace Tanpan.Cli.Measures;

/// <summary>
/// <c>tanpan measure list [--json]</c> and <c>tanpan measure evaluate KIND --param value … [--factor-set]
/// [--gwp] [--grid-year] [--discount-rate] [--lifetime] [--json]</c>.
/// </summary>
internal static class MeasureCommands
{
    public static Command Create()
    {
        var listJson = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var list = new Command("list", "Measures and their parameters / 列出減量措施與參數") { listJson };
        list.SetAction(parse =>
        {
            MeasureList.Write(parse.InvocationConfiguration.Output, parse.GetValue(listJson));
            return TanpanCli.Ok;
        });

        var kind = new Argument<string>("KIND") { Description = "Measure kind, see 'tanpan measure list' / 措施代碼" };
        var set = new Option<string>("--factor-set") { Description = "Fuel factor set / 燃料係數集", DefaultValueFactory = _ => FactorLibrary.DefaultSetId };
        var gwp = new Option<string>("--gwp") { Description = "GWP set / GWP 版本", DefaultValueFactory = _ => FactorLibrary.DefaultGwpId };
        var gridYear = new Option<string>("--grid-year") { Description = "Grid factor year (default: latest) / 電力係數年度" };
        var rate = new Option<string>("--discount-rate") { Description = "Discount rate, fraction (default 0.05) / 折現率", DefaultValueFactory = _ => "0.05" };
        var lifetime = new Option<string>("--lifetime") { Description = "Lifetime in years (default 10) / 使用年限", DefaultValueFactory = _ => "10" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var evaluate = new Command("evaluate", "Savings, tCO2e, payback, NPV and IRR of one measure / 措施效益試算")
        {
            kind, set, gwp, gridYear, rate, lifetime, json,
        };
        evaluate.TreatUnmatchedTokensAsErrors = false;
        evaluate.SetAction(parse => Evaluate(
            parse.GetValue(kind)!,
            parse.UnmatchedTokens,
            new OptionTexts(parse.GetValue(set)!, parse.GetValue(gwp)!, parse.GetValue(gridYear), parse.GetValue(rate)!, parse.GetValue(lifetime)!),
            parse.GetValue(json),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));

        return new Command("measure", "Reduction measures / 減量措施") { list, evaluate };
    }

    private static int Evaluate(string kind, IReadOnlyList<string> tokens, OptionTexts texts, bool json, TextWriter output, TextWriter error)
    {
        var problems = new List<Problem>();
        var parameters = MeasureArguments.Read(tokens, problems);
        var options = texts.Read(problems);
        if (problems.Count > 0)
        {
            InputNumbers.Write(error, problems);
            return TanpanCli.BadInput;
        }

        var outcome = MeasureCalculator.Evaluate(kind, parameters, options!);
        if (!outcome.Succeeded)
        {
            InputNumbers.Write(error, outcome.Problems);
            return TanpanCli.BadInput;
        }

        if (json)
        {
            JsonOutput.Write(output, MeasureOutput.From(outcome.Result!));
        }
        else
        {
            MeasureSummary.Write(output, outcome.Result!);
        }

        return TanpanCli.Ok;
    }

    private sealed record OptionTexts(string Set, string Gwp, string? GridYear, string Rate, string Lifetime)
    {
        public MeasureOptions? Read(List<Problem> problems)
        {
            int? year = null;
            if (GridYear is not null)
            {
                if (int.TryParse(GridYear, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                {
                    year = y;
                }
                else
                {
                    problems.Add(new Problem("grid-year", $"--grid-year 須為西元年，例如 2024（收到「{GridYear}」）", $"--grid-year must be a year such as 2024 (got '{GridYear}')"));
                }
            }

            var rate = InputNumbers.Parse(Rate, "discount-rate", problems);
            if (!int.TryParse(Lifetime, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var life))
            {
                problems.Add(new Problem("lifetime", $"--lifetime 須為整數年（收到「{Lifetime}」）", $"--lifetime must be whole years (got '{Lifetime}')"));
            }

            return problems.Count > 0 ? null : new MeasureOptions(Set, Gwp, year, rate!.Value, life);
        }
    }
}
