using Tanpan.Core.ActionPlans;
using Tanpan.Documents.Register;
using static Tanpan.Documents.ActionPlanReport.ActionPlanStyles;

namespace Tanpan.Documents.ActionPlanReport;

public static partial class ActionPlanWorkbook
{
    private sealed partial class Sheets
    {
        public void WriteResults(SheetWriter w)
        {
            w.StartRow().Text($"{Roc(_t.Plan.ReportYear)} 年行動方案具體措施執行成果摘要", Title);
            w.StartRow().Text("減碳量為實質減量措施之合計（能力建構措施不計）；培訓人次與場次為執行成果記載人次之措施合計。");
            w.Headers("項目", "數值", "說明");
            var reduction = ActionPlanUnits.InTenThousandTonnes(_t.Reduction);
            var row = w.Row + 1;
            w.StartRow().Text("措施總減碳量(萬公噸CO2e)")
                .Formula($"SUMIFS({Col(MeasureColumn.Reduction)},{Col(MeasureColumn.Kind)},\"實質減量\")", reduction, Amount).Text("實質減量措施之減碳量合計");
            w.StartRow().Text("措施總減碳量(百萬公噸CO2e)").Formula($"ROUND(B{I(row)}/100,1)", Math.Round(reduction / 100m, 1, MidpointRounding.AwayFromZero), OneDecimal)
                .Text("上列 ÷ 100，四捨五入至小數 1 位");
            w.StartRow().Text("培訓人次").Formula($"SUM({Col(MeasureColumn.People)})", _t.PeopleTrained, Whole);
            w.StartRow().Text("說明會場次").Formula($"SUM({Col(MeasureColumn.Sessions)})", _t.Sessions, Whole);
            w.StartRow().Text("具體措施數").Formula($"COUNTA({Col(MeasureColumn.Number)})", _t.Plan.Measures.Count, Whole);
            w.SkipRows(1);
            w.Headers("行動綱領－政策內涵", "措施", "執行成果");
            foreach (var m in _t.Plan.Measures)
            {
                w.StartRow(Height((Policy(_t, m.PolicyCode), ResultWidths[0]), (m.Result, ResultWidths[2]))).Text(Policy(_t, m.PolicyCode), Wrapped).Text($"{m.Number} {m.Name}", Wrapped).Text(m.Result ?? "—", Wrapped);
            }
        }

        public void WriteBudgets(SheetWriter w)
        {
            var period = _t.Plan.Policies.Select(p => p.BudgetPeriod).FirstOrDefault(p => p is not null) ?? "計畫期間";
            w.StartRow().Text($"{Roc(_t.Plan.ReportYear)} 年行動方案經費執行狀況", Title);
            w.StartRow().Text("實際經費 = 各措施實際經費 + 民間投資，捨去萬元以下；執行率 = 實際經費 ÷ 預期經費。");
            w.Headers("行動綱領－政策內涵", $"{period} 年預期經費 萬元(A)", $"{Roc(_t.Plan.ReportYear)} 年實際經費 萬元(B)", "執行率% B/A");
            foreach (var b in _t.Budgets)
            {
                var r = w.Row + 1;
                var spent = $"SUMIFS({Col(MeasureColumn.Budget)},{Col(MeasureColumn.Policy)},$A{I(r)})+SUMIFS({Col(MeasureColumn.Private)},{Col(MeasureColumn.Policy)},$A{I(r)})";
                w.StartRow(Height((b.Label, BudgetWidths[0]))).Text(b.Label, Wrapped);
                Optional(w, b.PlannedTenThousands);
                w.Formula($"TRUNC({spent})", b.SpentTenThousands, Whole);
                Rate(w, $"IF(N(B{I(r)})=0,\"-\",({spent})/B{I(r)})", b.Rate);
            }

            var last = w.Row;
            var t = last + 1;
            var all = $"SUM({Col(MeasureColumn.Budget)})+SUM({Col(MeasureColumn.Private)})";
            w.StartRow().Text("總計", Header);
            w.Formula($"SUM(B{I(FirstDataRow)}:B{I(last)})", _t.BudgetTotal.PlannedTenThousands ?? 0m, Whole).Formula($"TRUNC({all})", _t.BudgetTotal.SpentTenThousands, Whole);
            Rate(w, $"IF(N(B{I(t)})=0,\"-\",({all})/B{I(t)})", _t.BudgetTotal.Rate);
        }

        public void WriteEmissions(SheetWriter w)
        {
            w.StartRow().Text("階段管制目標值與排放值差異表", Title);
            w.StartRow().Text("單位：百萬公噸 CO2e。累計自表列第一年起算；差異 = 排放值 − 目標值（負值表示低於目標）。");
            w.Headers("年度", "當年度目標值", "當年度排放值", "累計目標值", "累計排放值", "當年度差異", "累計差異");
            foreach (var e in _t.Emissions)
            {
                var r = w.Row + 1;
                var firstRow = r == FirstDataRow;
                w.StartRow().Text($"{Roc(e.Year)} 年").Number(ActionPlanUnits.InMillionTonnes(e.Target), OneDecimal).Number(ActionPlanUnits.InMillionTonnes(e.Emissions), OneDecimal)
                    .Formula(firstRow ? $"B{I(r)}" : $"D{I(r - 1)}+B{I(r)}", ActionPlanUnits.InMillionTonnes(e.CumulativeTarget), OneDecimal)
                    .Formula(firstRow ? $"C{I(r)}" : $"E{I(r - 1)}+C{I(r)}", ActionPlanUnits.InMillionTonnes(e.CumulativeEmissions), OneDecimal)
                    .Formula($"C{I(r)}-B{I(r)}", ActionPlanUnits.InMillionTonnes(e.Gap), OneDecimal)
                    .Formula($"E{I(r)}-D{I(r)}", ActionPlanUnits.InMillionTonnes(e.CumulativeGap), OneDecimal);
            }

            w.SkipRows(1);
            w.Headers("評量指標（碳密集度）年度", "基準年", "目標下降(%)", "實際下降(%)", "達成情形");
            foreach (var x in _t.Plan.Intensity)
            {
                var r = w.Row + 1;
                w.StartRow().Text($"{Roc(x.Year)} 年").Text($"{Roc(x.BaseYear)} 年").Number(x.TargetReductionPercent, Amount);
                Optional(w, x.AchievedReductionPercent);
                w.FormulaText($"IF(D{I(r)}=\"\",\"-\",IF(D{I(r)}>=C{I(r)},\"達成\",\"未達成\"))", x.Met switch { true => "達成", false => "未達成", null => "-" });
            }
        }

        private static void Rate(SheetWriter w, string formula, decimal? rate)
        {
            if (rate is { } value)
            {
                w.Formula(formula, value, Percent);
            }
            else
            {
                w.FormulaText(formula, "-");
            }
        }
    }
}
