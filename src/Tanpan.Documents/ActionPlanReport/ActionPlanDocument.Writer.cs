using System.Globalization;
using Tanpan.Core.ActionPlans;
using Tanpan.Documents.Report;

namespace Tanpan.Documents.ActionPlanReport;

public static partial class ActionPlanDocument
{
    private sealed class Writer(DocxBuilder docx, ActionPlanTables t, ActionPlanDocumentInfo info, bool en)
    {
        public DocxBuilder Docx => docx;

        private ActionPlan Plan => t.Plan;

        private string L(string zh, string english) => en ? english : zh;

        private string Year(int year) => en ? year.ToString(CultureInfo.InvariantCulture) : $"{ActionPlanWorkbook.Roc(year)} 年";

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        public string Title() => L($"{ActionPlanWorkbook.Roc(Plan.ReportYear)} 年{Plan.Sector}溫室氣體排放管制行動方案執行成果報告",
            $"Greenhouse-gas action plan of the {Plan.Sector} sector: report for {Plan.ReportYear}");

        public void WriteSummary()
        {
            var reduction = Plan.Measures.Count(m => m.Kind == MeasureKind.Reduction);
            var strategies = Plan.Measures.Select(m => m.Number.Contains('.', StringComparison.Ordinal) ? m.Number[..m.Number.LastIndexOf('.')] : m.Number).Distinct().Count();
            var agencies = string.Join(en ? ", " : "、", t.ByAgency.Select(a => a.Label));
            var total = t.PolicyTotal.Total;
            docx.Paragraph(L(
                $"{info.OrganisationName}彙整之{Plan.Sector}行動方案共有 {N(strategies)} 項推動策略、{N(Plan.Measures.Count)} 項具體措施，其中實質減量 {N(reduction)} 項、能力建構 {N(Plan.Measures.Count - reduction)} 項，主辦機關含{agencies}。{Year(Plan.ReportYear)}達成 {N(total.Achieved)} 項、未達成 {N(total.NotAchieved)} 項，執行率 {Percent(total.Rate)}。",
                $"The {Plan.Sector} action plan kept by {info.OrganisationName} has {N(strategies)} strategies and {N(Plan.Measures.Count)} measures: {N(reduction)} reduction measures and {N(Plan.Measures.Count - reduction)} capacity-building measures, led by {agencies}. In {Plan.ReportYear}, {N(total.Achieved)} were achieved and {N(total.NotAchieved)} not achieved: an execution rate of {Percent(total.Rate)}."));
            var million = Million(ActionPlanUnits.InMillionTonnes(t.Reduction));
            docx.Paragraph(L(
                $"實質減量措施總減碳量為 {million} 百萬公噸 CO2e；辦理 {N(t.Sessions)} 場次說明會，完成 {N(t.PeopleTrained)} 人次培訓；實際執行經費 {Whole(t.BudgetTotal.SpentTenThousands)} 萬元，占計畫期間預期經費之 {Percent(t.BudgetTotal.Rate)}。",
                $"The reduction measures cut {million} million t CO2e; {N(t.Sessions)} sessions trained {N(t.PeopleTrained)} participants; NT$ {Whole(t.BudgetTotal.SpentTenThousands)} ten-thousand was spent, {Percent(t.BudgetTotal.Rate)} of the budget planned for the plan period."));
            docx.Paragraph(L($"產出時間：{Time()}。執行率 = 達成 ÷ (達成 + 未達成)，以整數百分比列示；未評定之措施不列計。",
                $"Generated {Time()}. Execution rate = achieved ÷ (achieved + not achieved), shown in whole per cent; measures not yet assessed are not counted."));
        }

        public void WriteMeasures()
        {
            docx.Heading(1, L("一、行動方案具體措施", "1. The measures"));
            docx.Heading(2, L("表 1、行動方案具體措施執行成果統計", "Table 1. Measures of the action plan"));
            docx.Table([L("編號", "No."), L("具體措施", "Measure"), L("類型", "Kind"), L("主辦機關", "Lead agency"), L("推動期程", "Period"), L("達成狀況", "Status")],
                Plan.Measures.Select(m => (IReadOnlyList<string>)[m.Number, m.Name, Kind(m.Kind), m.Agency + (m.Unit is null ? "" : m.Unit), m.Period ?? "—", Status(m.Status)]),
                [7, 40, 10, 18, 9, 9]);
        }

        public void WriteTallies()
        {
            docx.Heading(1, L("二、執行狀況統計", "2. Execution by policy content and lead agency"));
            docx.Heading(2, L($"表 2、{ActionPlanWorkbook.Roc(Plan.ReportYear)} 年行動方案具體措施執行狀況統計－依政策內涵", $"Table 2. Measures in {Plan.ReportYear} by policy content"));
            Tally(L("行動綱領－政策內涵", "Policy content"), t.ByPolicy, t.PolicyTotal);
            docx.Heading(2, L($"表 3、{ActionPlanWorkbook.Roc(Plan.ReportYear)} 年行動方案具體措施執行狀況統計－依主辦機關", $"Table 3. Measures in {Plan.ReportYear} by lead agency"));
            Tally(L("主辦機關", "Lead agency"), t.ByAgency, t.AgencyTotal);
        }

        private void Tally(string first, IReadOnlyList<ExecutionRow> rows, ExecutionRow total)
        {
            string[] Cells(ExecutionTally x) => [N(x.Achieved), N(x.NotAchieved), N(x.Counted), Percent(x.Rate)];
            IReadOnlyList<string> Row(string label, ExecutionRow r) => [label, .. Cells(r.Reduction), .. Cells(r.Capacity), .. Cells(r.Total)];
            string[] Group(string letter) => [L($"{letter}1 達成", $"{letter}1 achieved"), L($"{letter}2 未達成", $"{letter}2 not achieved"), L("小計", "Subtotal"), L("執行率", "Rate")];
            docx.Table([first, .. Group("a"), .. Group("b"), .. Group("c")], [.. rows.Select(r => Row(r.Label, r)), Row(L("總計", "Total"), total)],
                [24, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6]);
            docx.Paragraph(L("a：實質減量；b：能力建構；c = a + b。", "a: reduction measures; b: capacity building; c = a + b."));
        }

        public void WriteResults()
        {
            docx.Heading(1, L("三、執行成果摘要", "3. Results"));
            docx.Heading(2, L($"表 4、{ActionPlanWorkbook.Roc(Plan.ReportYear)} 年行動方案具體措施執行成果摘要", $"Table 4. Results in {Plan.ReportYear}"));
            docx.Table([L("行動綱領－政策內涵", "Policy content"), L("具體措施", "Measure"), L("執行成果", "Result")],
                Plan.Measures.Select(m => (IReadOnlyList<string>)[PolicyName(m.PolicyCode), $"{m.Number} {m.Name}", m.Result ?? "—"]),
                [18, 24, 58]);
        }

        public void WriteBudgets()
        {
            docx.Heading(1, L("四、經費執行狀況", "4. Budget"));
            docx.Heading(2, L($"表 5、{ActionPlanWorkbook.Roc(Plan.ReportYear)} 年行動方案經費執行狀況（萬元）", $"Table 5. Budget in {Plan.ReportYear} (NT$ 10,000)"));
            IReadOnlyList<string> Row(string label, BudgetRow b) => [label, b.PlannedTenThousands is { } p ? Whole(p) : "—", Whole(b.SpentTenThousands), Percent(b.Rate)];
            docx.Table([L("行動綱領－政策內涵", "Policy content"), L("預期經費(A)", "Planned (A)"), L("實際經費(B)", "Spent (B)"), L("執行率 B/A", "Rate B/A")],
                [.. t.Budgets.Select(b => Row(b.Label, b)), Row(L("總計", "Total"), t.BudgetTotal)],
                [46, 18, 18, 18]);
            docx.Paragraph(L("實際經費為各措施實際經費與民間投資之合計，捨去萬元以下。", "Spent is each measure's budget plus private investment, without fractions of NT$ 10,000."));
        }

        public void WriteEmissions()
        {
            docx.Heading(1, L("五、溫室氣體排放管制目標達成情形", "5. Emissions against targets"));
            if (t.Emissions.Count > 0)
            {
                docx.Heading(2, L("表 6、階段管制目標值與排放值差異表（百萬公噸 CO2e）", "Table 6. Targets and emissions (million t CO2e)"));
                docx.Table([L("年度", "Year"), L("當年度目標值", "Target"), L("當年度排放值", "Emissions"), L("累計目標值", "Cumulative target"), L("累計排放值", "Cumulative emissions"), L("累計差異", "Cumulative gap")],
                    t.Emissions.Select(e => (IReadOnlyList<string>)[Year(e.Year), M(e.Target), M(e.Emissions), M(e.CumulativeTarget), M(e.CumulativeEmissions), M(e.CumulativeGap)]));
                var last = t.Emissions[^1];
                docx.Paragraph(L(
                    $"{Year(last.Year)}排放量為 {M(last.Emissions)} 百萬公噸 CO2e（目標 {M(last.Target)}），累計排放量 {M(last.CumulativeEmissions)} 百萬公噸 CO2e（累計目標 {M(last.CumulativeTarget)}），{(last.CumulativeMet ? "達成" : "未達成")}階段管制目標。",
                    $"Emissions in {last.Year} were {M(last.Emissions)} million t CO2e (target {M(last.Target)}); cumulative emissions were {M(last.CumulativeEmissions)} against {M(last.CumulativeTarget)}: the period target was {(last.CumulativeMet ? "met" : "not met")}."));
            }

            foreach (var x in Plan.Intensity)
            {
                var achieved = x.AchievedReductionPercent is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—";
                var target = x.TargetReductionPercent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
                docx.Paragraph(L($"評量指標：{Year(x.Year)}碳密集度較 {Year(x.BaseYear)}（基準年）下降目標 {target}，實際下降 {achieved}，{(x.Met == true ? "達成" : x.Met == false ? "未達成" : "尚未評定")}。",
                    $"Indicator: carbon intensity in {x.Year} down {target} against the base year {x.BaseYear}; achieved {achieved}: {(x.Met == true ? "met" : x.Met == false ? "not met" : "not yet assessed")}."));
            }
        }

        private static string M(Tanpan.Core.Units.Co2e value) => Million(ActionPlanUnits.InMillionTonnes(value));

        private string PolicyName(string code) => Plan.Policies.FirstOrDefault(p => p.Code == code)?.Name ?? code;

        private string Kind(MeasureKind kind) => en ? (kind == MeasureKind.Reduction ? "Reduction" : "Capacity building") : ActionPlanTerms.Zh(kind);

        private string Status(MeasureStatus status) => en ? status switch
        {
            MeasureStatus.Achieved => "Achieved",
            MeasureStatus.NotAchieved => "Not achieved",
            _ => "Not assessed",
        } : ActionPlanTerms.Zh(status);

        private string Time() => info.GeneratedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC+8)";
    }
}
