using System.CommandLine;
using System.Globalization;
using Tanpan.Cli.Output;
using Tanpan.Core.Factors;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Tariffs.Billing;

namespace Tanpan.Cli.Tariffs;

/// <summary>
/// <c>tanpan tariff bill --plan PLAN --month YYYY-MM --kwh PERIOD=N[,…] --contract-kw KIND=N[,…] --max-demand-kw KIND=N[,…]
/// [--power-factor PCT] [--own-substation 161|345] [--adjustment-factor F | --industry CODE] [--json]</c>: a month's bill of a high or extra-high voltage time-of-use plan (Core <see cref="TouBill"/>).
/// </summary>
internal static class TariffBillCommand
{
    public static Command Create()
    {
        var plan = new Option<string>("--plan") { Description = "High or extra-high voltage time-of-use plan id / 高壓或特高壓時間電價方案", Required = true };
        var month = new Option<string>("--month") { Description = "YYYY-MM / 計費月份", Required = true };
        var kwh = new Option<string?>("--kwh") { Description = "kWh by period: peak=N,semi_peak=N,saturday_semi_peak=N,off_peak=N (summer:PERIOD / non-summer:PERIOD for May and October) / 各時段度數" };
        var contract = new Option<string?>("--contract-kw") { Description = "Contract capacity: regular=N,semi_peak=N,non_summer=N,saturday_semi_peak=N,off_peak=N / 契約容量" };
        var demand = new Option<string?>("--max-demand-kw") { Description = "Maximum demand by period: peak=N,semi_peak=N,saturday_semi_peak=N,off_peak=N / 各時段最高需量" };
        var pf = new Option<string?>("--power-factor") { Description = "Average power factor, % / 平均功率因數（%）" };
        var substation = new Option<string?>("--own-substation")
        {
            Description = "Own substation voltage, 161 or 345 kV: basic fee less 2 % / 4.2 % (extra-high voltage plans) / 自備變電設備電壓",
        };
        var factor = new Option<string?>("--adjustment-factor") { Description = "電價調整係數 of 附錄一 (the bill × F) / 電價調整係數" };
        var industry = new Option<string?>("--industry")
        {
            Description = "Industry code or name of 附錄一 (its 高壓及特高壓 factor; an unlisted code = 1) / 行業代碼或名稱（查電價調整係數）",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object / 以 JSON 輸出" };
        var bill = new Command("bill", "A month's bill of a high/extra-high voltage time-of-use plan / 高壓及特高壓時間電價月電費")
        {
            plan, month, kwh, contract, demand, pf, substation, factor, industry, json,
        };
        bill.SetAction(parse => Run(parse.GetValue(plan)!, parse.GetValue(month)!, parse.GetValue(kwh), parse.GetValue(contract), parse.GetValue(demand),
            parse.GetValue(pf), parse.GetValue(substation), parse.GetValue(factor), parse.GetValue(industry), parse.GetValue(json), parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return bill;
    }

    private static int Run(string planId, string month, string? kwh, string? contract, string? demand, string? pf, string? substation, string? factor, string? industry, bool json,
        TextWriter output, TextWriter error)
    {
        var problems = new List<Problem>();
        var plan = BillPlan.Find(planId);
        if (plan is null)
        {
            var ids = string.Join(", ", BillPlan.All.Select(p => p.Id).Order(StringComparer.Ordinal));
            problems.Add(new Problem("plan", $"方案「{planId}」不是高壓或特高壓時間電價（可用：{ids}）", $"plan '{planId}' is not a high or extra-high voltage time-of-use plan (use one of: {ids})"));
        }

        var (year, mon, input, inputProblems) = BillInputText.Parse(month, kwh, contract, demand, pf, substation, factor, industry);
        problems.AddRange(inputProblems);
        if (problems.Count > 0)
        {
            InputNumbers.Write(error, problems);
            return TanpanCli.BadInput;
        }

        var outcome = TouBill.Compute(plan!, year, mon, input!);
        if (outcome.Bill is not { } b)
        {
            InputNumbers.Write(error, outcome.Problems);
            return TanpanCli.BadInput;
        }

        if (json)
        {
            JsonOutput.Write(output, TouBillOutput.From(b));
        }
        else
        {
            Text(output, b);
        }

        return TanpanCli.Ok;
    }

    private static void Text(TextWriter o, TouBillResult b)
    {
        o.WriteLine("電費計算 Electricity bill (電價表 114年10月1日 第五章; docs/tariffs-and-carbon-fee.md)");
        o.WriteLine(Inv($"plan         {b.Plan.Id} {b.Plan.NameZh} (version {b.Plan.Version})"));
        o.WriteLine(Inv($"month        {b.Year:0000}-{b.Month:00} ({b.SummerDays} of {b.Days} days summer)"));
        foreach (var group in Enum.GetValues<BillGroup>())
        {
            foreach (var l in b.Lines.Where(l => l.Group == group))
            {
                var share = l.Share == 1m ? string.Empty : Inv($" × {l.Share:0.####}");
                var rate = l.Group == BillGroup.PowerFactor ? Inv($"{l.Rate * 100:+0.0;-0.0} %") : Inv($"{l.Rate}");
                o.WriteLine(Inv($"  {l.LabelZh} / {l.LabelEn}: {l.Quantity:#,##0.###} {l.Unit} × {rate}{share} = NT${l.AmountNtd:#,##0}"));
            }
        }

        o.WriteLine(Inv($"基本電費 basic fee                 NT${b.BasicFeeNtd:#,##0}"));
        o.WriteLine(Inv($"流動電費 energy charge             NT${b.EnergyChargeNtd:#,##0}"));
        o.WriteLine(Inv($"超約附加 over contract             NT${b.OverContractNtd:#,##0}"));
        o.WriteLine(Inv($"功率因數調整 power factor          NT${b.PowerFactorAdjustmentNtd:#,##0}"));
        if (b.Lines.Any(l => l.Group == BillGroup.Adjustment))
        {
            o.WriteLine(Inv($"電價調整係數 adjustment factor     NT${b.AdjustmentNtd:#,##0}"));
        }

        o.WriteLine(Inv($"合計 total (5% 營業稅內含 incl. VAT) NT${b.TotalNtd:#,##0}"));
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
