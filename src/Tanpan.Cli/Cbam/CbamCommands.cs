using System.CommandLine;
using System.Globalization;
using Tanpan.Cli.Output;
using Tanpan.Core.Cbam;
using Tanpan.Core.Factors;

namespace Tanpan.Cli.Cbam;

/// <summary>
/// <c>tanpan cbam defaults --cn CODE [--origin TW] [--year YYYY] [--json]</c> and <c>tanpan cbam cost --cn CODE --tonnes N
/// --year YYYY [--see T_PER_T] [--certificate-price EUR] [--carbon-price-paid-eur N | --carbon-price-paid-ntd N --ntd-per-eur R]
/// [--origin TW] [--json]</c> (docs/cbam.md). Bad input: exit 2, the problem on stderr in both languages, nothing printed.
/// </summary>
internal static class CbamCommands
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var origin = new Option<string>("--origin") { Description = "Country of origin (only TW shipped) / 原產國", DefaultValueFactory = _ => "TW" };
        var cn = CnOption();
        var year = new Option<string>("--year") { Description = "Year of import / 進口年度", DefaultValueFactory = _ => "2026" };
        var defaults = new Command("defaults", "Default SEE with the year's mark-up (IR (EU) 2025/2621) / 預設值與加成") { cn, origin, year, json };
        defaults.SetAction(parse => Run(parse, () =>
        {
            var problems = new List<Problem>();
            var y = ParseYear(parse.GetValue(year)!, problems);
            if (problems.Count > 0)
            {
                return (problems, null);
            }

            var d = CbamDefaultValues.Shipped.ForYear(CnCode.Parse(string.Join(" ", parse.GetValue(cn)!)), y, parse.GetValue(origin)!);
            return ([], o =>
            {
                if (parse.GetValue(json))
                {
                    JsonOutput.Write(o, CbamDefaultsOutput.From(d));
                }
                else
                {
                    CbamWriter.Write(o, d);
                }
            });
        }));

        var cnCost = CnOption();
        var originCost = new Option<string>("--origin") { Description = "Country of origin (only TW shipped) / 原產國", DefaultValueFactory = _ => "TW" };
        var tonnes = new Option<string>("--tonnes") { Description = "Tonnes imported into the EU / 出口至歐盟公噸數", Required = true };
        var yearCost = new Option<string>("--year") { Description = "Year of import, 2026–2034 / 進口年度", Required = true };
        var see = new Option<string?>("--see") { Description = "Actual SEE, t CO2e per t / 實際特定隱含排放" };
        var price = new Option<string?>("--certificate-price") { Description = "EUR per CBAM certificate / 憑證價格（歐元）" };
        var paidEur = new Option<string?>("--carbon-price-paid-eur") { Description = "Carbon price paid in Taiwan for these goods, EUR / 已付碳價（歐元）" };
        var paidNtd = new Option<string?>("--carbon-price-paid-ntd") { Description = "Carbon price paid, NT$ (with --ntd-per-eur) / 已付碳價（新臺幣）" };
        var rate = new Option<string?>("--ntd-per-eur") { Description = "Exchange rate, NT$ per EUR / 匯率" };
        var jsonCost = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var cost = new Command("cost", "Certificates and cost for one year / CBAM 憑證與成本試算")
        {
            cnCost, originCost, tonnes, yearCost, see, price, paidEur, paidNtd, rate, jsonCost,
        };
        cost.SetAction(parse => Run(parse, () =>
        {
            var problems = new List<Problem>();
            var y = ParseYear(parse.GetValue(yearCost)!, problems);
            var t = InputNumbers.Parse(parse.GetValue(tonnes)!, "tonnes", problems);
            var s = parse.GetValue(see) is { } seeText ? InputNumbers.Parse(seeText, "see", problems) : null;
            var p = parse.GetValue(price) is { } priceText ? InputNumbers.Parse(priceText, "certificate-price", problems) : null;
            var eur = parse.GetValue(paidEur) is { } eurText ? InputNumbers.Parse(eurText, "carbon-price-paid-eur", problems) : null;
            var ntd = parse.GetValue(paidNtd) is { } ntdText ? InputNumbers.Parse(ntdText, "carbon-price-paid-ntd", problems) : null;
            var r = parse.GetValue(rate) is { } rateText ? InputNumbers.Parse(rateText, "ntd-per-eur", problems) : null;
            if (ntd is not null && (r is null || eur is not null))
            {
                problems.Add(new Problem("carbon-price-paid-ntd", "--carbon-price-paid-ntd 須搭配 --ntd-per-eur，且不可與 --carbon-price-paid-eur 同用",
                    "--carbon-price-paid-ntd needs --ntd-per-eur and cannot be used with --carbon-price-paid-eur"));
            }

            if (problems.Count > 0)
            {
                return (problems, null);
            }

            var paid = ntd is { } n ? CbamCarbonPrice.FromNtd(n, r!.Value) : eur ?? 0m;
            var input = new CbamCostInput(CnCode.Parse(string.Join(" ", parse.GetValue(cnCost)!)), t!.Value, p is { } pr ? [new CbamPriceScenario("price", pr)] : [])
            {
                Origin = parse.GetValue(originCost)!,
                ActualSee = s,
                CarbonPricePaidEur = paid,
                FirstYear = y,
                LastYear = y,
            };
            var outlook = CbamCostCalculator.Calculate(input);
            return ([], o =>
            {
                if (parse.GetValue(jsonCost))
                {
                    JsonOutput.Write(o, CbamCostOutput.From(outlook, y));
                }
                else
                {
                    CbamWriter.Write(o, CbamCostOutput.From(outlook, y));
                }
            });
        }));

        return new Command("cbam", "EU CBAM embedded emissions, defaults and cost / 歐盟碳邊境調整機制") { defaults, cost };
    }

    /// <summary><c>--cn 7318 15 00</c> unquoted is read as one code: the option takes the following digit groups.</summary>
    private static Option<string[]> CnOption() => new("--cn")
    {
        Description = "CN code, e.g. 7318 15 00 / CN 代碼",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    private static int Run(ParseResult parse, Func<(List<Problem> Problems, Action<TextWriter>? Print)> work)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            var (problems, print) = work();
            if (print is null)
            {
                InputNumbers.Write(error, problems);
                return TanpanCli.BadInput;
            }

            print(parse.InvocationConfiguration.Output);
            return TanpanCli.Ok;
        }
        catch (CbamException e)
        {
            error.WriteLine($"錯誤：{e.Issue.MessageZh} / error: {e.Issue.MessageEn}");
            return TanpanCli.BadInput;
        }
    }

    private static int ParseYear(string text, List<Problem> problems)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        problems.Add(new Problem("year", $"--year 須為西元年，例如 2026（收到「{text}」）", $"--year must be a year such as 2026 (got '{text}')"));
        return 0;
    }
}
