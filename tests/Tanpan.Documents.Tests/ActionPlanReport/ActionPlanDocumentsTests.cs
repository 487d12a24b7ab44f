using System.Globalization;
using Tanpan.Documents.ActionPlanReport;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ActionPlanReport;

/// <summary>
/// The report of seed 002's 2021 sample as .xlsx and .docx: read back (formulas and cached values), recalculated by
/// LibreOffice, and converted to PDF whose text carries the seed's printed rates.
/// </summary>
public sealed class ActionPlanDocumentsTests : IDisposable
{
    private static readonly ActionPlanDocumentInfo Info = new("經濟部工業局（示範）", new DateTimeOffset(2022, 3, 21, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Workbook()
    {
        var path = _dir.File("plan.xlsx");
        using (var stream = File.Create(path))
        {
            ActionPlanWorkbook.Write(stream, SampleActionPlan.Report, Info);
        }

        return path;
    }

    private string Document(ReportLanguage language)
    {
        var path = _dir.File($"plan-{language}.docx");
        using (var stream = File.Create(path))
        {
            ActionPlanDocument.Write(stream, SampleActionPlan.Report, Info, language);
        }

        return path;
    }

    [Fact]
    public void Workbook_Table2RowsAreCountifsOverTheMeasures_WithTheSeedsCachedValues()
    {
        var book = WorkbookText.Load(Workbook());
        book.Sheets.Select(s => s.Name).ShouldBe(ActionPlanWorkbook.SheetNames);
        book.Sheet(ActionPlanWorkbook.Measures).Count(c => c.Row >= 4 && c.Column == "A").ShouldBe(37);
        var b4 = book.Cell(ActionPlanWorkbook.ByPolicy, "B4");
        b4.Formula.ShouldBe("COUNTIFS('1-措施'!$C$4:$C$40,$A4,'1-措施'!$D$4:$D$40,\"實質減量\",'1-措施'!$K$4:$K$40,\"達成\")");
        b4.Number.ShouldBe(6);
        // 表2 總計 row 7: 17 0 17 100% | 20 0 20 100% | 37 0 37 100%.
        new[] { "B7", "C7", "D7", "E7", "F7", "G7", "H7", "I7", "J7", "K7", "L7", "M7" }.Select(r => book.Cell(ActionPlanWorkbook.ByPolicy, r).Number)
            .ShouldBe([17, 0, 17, 1, 20, 0, 20, 1, 37, 0, 37, 1]);
        var dash = book.Cell(ActionPlanWorkbook.ByPolicy, "E6"); // 產業調整為永續生產製程 has no 實質減量 measure: "-"
        (dash.Formula, dash.Value).ShouldBe(("IF(D6=0,\"-\",B6/D6)", "-"));
        book.Cell(ActionPlanWorkbook.ByAgency, "L4").Number.ShouldBe(33); // 經濟部 33 measures
    }

    [Fact]
    public void Workbook_Table5And6_FormulasGiveTheSeedsFigures()
    {
        var book = WorkbookText.Load(Workbook());
        var spent = book.Cell(ActionPlanWorkbook.Budgets, "C5");
        spent.Formula!.ShouldStartWith("TRUNC(SUMIFS('1-措施'!$L$4:$L$40");
        spent.Number.ShouldBe(138_712);
        new[] { "B7", "C7", "D7" }.Select(r => book.Cell(ActionPlanWorkbook.Budgets, r).Number).ToArray()[..2].ShouldBe([856_902, 202_038]);
        Math.Round(book.Cell(ActionPlanWorkbook.Budgets, "D7").Number, 2).ShouldBe(0.24);
        book.Cell(ActionPlanWorkbook.Emissions, "D8").Formula.ShouldBe("D7+B8");
        book.Cell(ActionPlanWorkbook.Emissions, "D8").Number.ShouldBe(741.5, 1e-9);
        book.Cell(ActionPlanWorkbook.Emissions, "E8").Number.ShouldBe(734.0, 1e-9);
        book.Cell(ActionPlanWorkbook.Results, "B5").Number.ShouldBe(1.7);
        book.Cell(ActionPlanWorkbook.Results, "B6").Number.ShouldBe(431);
    }

    [Fact]
    public void Workbook_LibreOfficeRecalculationEqualsTheCachedValues()
    {
        var path = Workbook();
        var book = WorkbookText.Load(path);
        LibreOffice.Convert(path, LibreOffice.CsvAllSheets, _dir.Path, recalculate: true);
        var checkedCells = 0;
        foreach (var (name, cells) in book.Sheets)
        {
            var csv = CsvText.Read(_dir.File($"plan-{name}.csv"));
            foreach (var cell in cells.Where(c => c.Formula is not null))
            {
                var calculated = csv[cell.Row - 1][CsvText.ColumnIndex(cell.Column)];
                if (cell.Value is "-" or "達成" or "未達成")
                {
                    calculated.ShouldBe(cell.Value, $"{name}!{cell.Reference}");
                }
                else if (calculated.EndsWith('%'))
                {
                    // LibreOffice writes a percentage cell with its sign, at full precision.
                    (double.Parse(calculated[..^1], CultureInfo.InvariantCulture) / 100).ShouldBe(cell.Number, 1e-9, $"{name}!{cell.Reference} ={cell.Formula}");
                }
                else
                {
                    double.Parse(calculated, CultureInfo.InvariantCulture).ShouldBe(cell.Number, 1e-9 * Math.Max(1, Math.Abs(cell.Number)), $"{name}!{cell.Reference} ={cell.Formula}");
                }

                checkedCells++;
            }
        }

        checkedCells.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Document_ZhAndEn_TablesCarryTheSeedsRates()
    {
        var zh = Document(ReportLanguage.Zh);
        DocumentText.Row(zh, "總計").ShouldBe(["總計", "17", "0", "17", "100%", "20", "0", "20", "100%", "37", "0", "37", "100%"]);
        DocumentText.Row(zh, "產業調整為永續生產製程").ShouldBe(["產業調整為永續生產製程", "0", "0", "0", "-", "8", "0", "8", "100%", "8", "0", "8", "100%"]);
        DocumentText.Row(zh, "總計", 2).ShouldBe(["總計", "856,902", "202,038", "24%"]);
        DocumentText.Row(zh, "109 年").ShouldBe(["109 年", "146.5", "141.9", "741.5", "734.0", "-7.5"]);
        var en = Document(ReportLanguage.En);
        DocumentText.Row(en, "Total").ShouldBe(["Total", "17", "0", "17", "100%", "20", "0", "20", "100%", "37", "0", "37", "100%"]);
        DocumentText.Load(en).Headings.ShouldContain("5. Emissions against targets");
    }

    [Fact]
    public void Pdf_BothDocumentsConvert_AndTheirTextHasTheRates()
    {
        var docx = Document(ReportLanguage.Zh);
        LibreOffice.Convert(docx, "pdf", _dir.Path);
        var text = LibreOffice.PdfText(_dir.File($"plan-{ReportLanguage.Zh}.pdf"));
        text.ShouldContain("37 項具體措施");
        text.ShouldContain("執行率 100%");
        text.ShouldContain("431 人次培訓");
        text.ShouldContain("741.5");
        text.ShouldContain("202,038");

        var xlsx = Workbook();
        LibreOffice.Convert(xlsx, "pdf", _dir.Path);
        var sheets = LibreOffice.PdfText(_dir.File("plan.pdf"));
        sheets.ShouldContain("100%");
        sheets.ShouldContain("24%");
        sheets.ShouldContain("734.0");
    }
}
