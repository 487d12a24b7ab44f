using System.Globalization;
using Tanpan.Core.ActionPlans;
using Tanpan.Documents.Register;
using static Tanpan.Documents.ActionPlanReport.ActionPlanStyles;

namespace Tanpan.Documents.ActionPlanReport;

public static partial class ActionPlanWorkbook
{
    private sealed partial class Sheets(ActionPlanTables tables)
    {
        private readonly ActionPlanTables _t = tables;

        public static readonly double[] MeasureWidths = [8, 30, 26, 10, 10, 14, 10, 10, 40, 50, 10, 12, 14, 12, 12, 10, 10, 8];
        public static readonly double[] TallyWidths = [40, 8, 8, 9, 11, 8, 8, 9, 11, 9, 9, 9, 11];
        public static readonly double[] ResultWidths = [30, 14, 80];
        public static readonly double[] BudgetWidths = [36, 18, 18, 12];
        public static readonly double[] EmissionWidths = [12, 14, 14, 16, 16, 14, 14];

        private readonly int _last = FirstDataRow + Math.Max(tables.Plan.Measures.Count, 1) - 1;

        internal static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

        internal string Col(MeasureColumn column) => CellRefs.Range(Measures, (int)column, FirstDataRow, _last);

        internal static string Policy(ActionPlanTables t, string code) => t.Plan.Policies.FirstOrDefault(p => p.Code == code)?.Name ?? code;

        public void WriteMeasures(SheetWriter w)
        {
            w.StartRow().Text($"{Roc(_t.Plan.ReportYear)} 年{_t.Plan.Sector}行動方案執行情形（附件）", Title);
            w.StartRow().Text("金額單位：萬元；減碳量單位：萬公噸 CO2e。實際經費與民間投資合計為表5之實際經費。");
            w.Headers("編號", "具體措施", "行動綱領政策內涵", "措施類型", "主辦機關", "執行單位", "協辦機關", "推動期程", "預期效益", "執行成果", "達成狀況",
                "實際經費(萬元)", "經費來源", "民間投資(萬元)", "減碳量(萬公噸CO2e)", "減碳量性質", "培訓人次", "場次");
            foreach (var m in _t.Plan.Measures)
            {
                w.StartRow(Height((m.Name, MeasureWidths[1]), (m.Expected, MeasureWidths[8]), (m.Result, MeasureWidths[9]))).Text(m.Number).Text(m.Name, Wrapped).Text(Policy(_t, m.PolicyCode), Wrapped).Text(ActionPlanTerms.Zh(m.Kind)).Text(m.Agency)
                    .Text(m.Unit).Text(m.CoAgency).Text(m.Period).Text(m.Expected, Wrapped).Text(m.Result, Wrapped).Text(ActionPlanTerms.Zh(m.Status));
                Optional(w, m.Budget is { } b ? ActionPlanUnits.InTenThousandDollars(b) : null).Text(m.BudgetSource);
                Optional(w, m.PrivateInvestment is { } p ? ActionPlanUnits.InTenThousandDollars(p) : null);
                Optional(w, m.Reduction is { } r ? ActionPlanUnits.InTenThousandTonnes(r) : null).Text(m.ReductionBasis);
                Optional(w, m.People);
                Optional(w, m.Sessions);
            }
        }

        public void WriteTally(SheetWriter w, string sheet, IReadOnlyList<ExecutionRow> rows, ExecutionRow total, MeasureColumn key)
        {
            var byPolicy = key == MeasureColumn.Policy;
            w.StartRow().Text($"{Roc(_t.Plan.ReportYear)} 年行動方案具體措施執行狀況統計－依{(byPolicy ? "政策內涵" : "主辦機關")}", Title);
            w.StartRow().Text("執行率 = 達成 ÷ (達成 + 未達成)；未評定之措施不列計；分母為 0 時顯示「-」。A：實質減量，B：能力建構，C = A + B。");
            w.Headers(byPolicy ? "行動綱領－政策內涵" : "主辦機關", "達成(a1)", "未達成(a2)", "小計(a1+a2)", "執行率(%)(a1/(a1+a2))", "達成(b1)", "未達成(b2)",
                "小計(b1+b2)", "執行率(%)(b1/(b1+b2))", "達成(c1=a1+b1)", "未達成(c2=a2+b2)", "合計(c1+c2)", "執行率(%)(c1/(c1+c2))");
            foreach (var row in rows)
            {
                var r = w.Row + 1;
                w.StartRow(Height((row.Label, TallyWidths[0]))).Text(row.Label, Wrapped);
                foreach (var (kind, tally) in new[] { ("實質減量", row.Reduction), ("能力建構", row.Capacity) })
                {
                    var c = w.Column;
                    w.Formula($"COUNTIFS({Col(key)},$A{I(r)},{Col(MeasureColumn.Kind)},\"{kind}\",{Col(MeasureColumn.Status)},\"達成\")", tally.Achieved, Whole)
                        .Formula($"COUNTIFS({Col(key)},$A{I(r)},{Col(MeasureColumn.Kind)},\"{kind}\",{Col(MeasureColumn.Status)},\"未達成\")", tally.NotAchieved, Whole);
                    Sum(w, c, r, tally);
                }

                w.Formula($"B{I(r)}+F{I(r)}", row.Total.Achieved, Whole).Formula($"C{I(r)}+G{I(r)}", row.Total.NotAchieved, Whole);
                Sum(w, 9, r, row.Total);
            }

            var first = FirstDataRow;
            var last = w.Row;
            var t = w.Row + 1;
            w.StartRow().Text("總計", Header);
            foreach (var (c, tally) in new[] { (1, total.Reduction), (5, total.Capacity), (9, total.Total) })
            {
                w.Formula($"SUM({Cell(c, first)}:{Cell(c, last)})", tally.Achieved, Whole).Formula($"SUM({Cell(c + 1, first)}:{Cell(c + 1, last)})", tally.NotAchieved, Whole);
                Sum(w, c, t, tally);
            }
        }

        /// <summary>小計 and 執行率 after a pair of counts in columns <paramref name="c"/> and c + 1.</summary>
        private static void Sum(SheetWriter w, int c, int r, ExecutionTally tally)
        {
            var counted = Cell(c + 2, r);
            w.Formula($"{Cell(c, r)}+{Cell(c + 1, r)}", tally.Counted, Whole);
            var rate = $"IF({counted}=0,\"-\",{Cell(c, r)}/{counted})";
            if (tally.Rate is { } value)
            {
                w.Formula(rate, value, Percent);
            }
            else
            {
                w.FormulaText(rate, "-");
            }
        }

        internal static string Cell(int column, int row) => CellRefs.Cell(column, row);

        /// <summary>
        /// A row tall enough for its wrapped cells: spreadsheet readers do not grow a row for wrapped text on their own.
        /// A CJK character takes about two digit widths of the 11 pt font, other characters about one; 15 pt a line.
        /// </summary>
        internal static double Height(params (string? Text, double Width)[] cells)
        {
            var lines = cells.Max(c => c.Text is null ? 1 : (int)Math.Ceiling(c.Text.Sum(ch => ch > 0x2E7F ? 2.0 : 1.1) / Math.Max(1, c.Width - 1)));
            return Math.Min(409, Math.Max(1, lines) * 15 + 3);
        }

        internal static SheetWriter Optional(SheetWriter w, decimal? value) => value is { } v ? w.Number(v, Amount) : w.Skip();

        private static SheetWriter Optional(SheetWriter w, int? value) => value is { } v ? w.Number(v, Whole) : w.Skip();
    }
}
