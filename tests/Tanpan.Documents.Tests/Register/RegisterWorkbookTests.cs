using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Documents.Register;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Register;

/// <summary>
/// <see cref="RegisterWorkbook"/> on seed 001's example table (<see cref="ExampleInventory"/>): the workbook is valid
/// Open XML, reads back to the same figures as <see cref="InventoryCalculation"/>, matches its golden projection, and
/// opens in LibreOffice, whose own recalculation gives the cached values.
/// </summary>
public sealed class RegisterWorkbookTests : IDisposable
{
    private const string Example = ExampleInventory.Path;

    private static readonly string[] SheetNames =
        ["1-基本資料", "2-定性盤查", "2.1-重大性準則", "3-定量盤查", "4-數據品質管理", "5-不確定性之評估", "6-彙總表", "附錄-GWP"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Register_Example_PassesTheOpenXmlValidatorWithZeroErrors()
    {
        using var document = SpreadsheetDocument.Open(Register(), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void Register_Example_ReadBackEqualsTheCalculation()
    {
        var result = Calculate(Example);
        var book = WorkbookText.Load(Register());
        book.Sheets.Select(s => s.Name).ShouldBe(SheetNames);

        // 3-定量盤查: one row per activity row, in file order; line in B, tonnes CO₂e in AI.
        var rows = book.Sheet("3-定量盤查").Where(c => c.Row >= 4).GroupBy(c => c.Row).ToList();
        rows.Count.ShouldBe(result.Rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = result.Rows[i];
            rows[i].Single(c => c.Column == "B").Number.ShouldBe(expected.Row.Line);
            var total = rows[i].Single(c => c.Column == "AI");
            total.Formula.ShouldBe($"SUM(V{rows[i].Key},AB{rows[i].Key},AH{rows[i].Key})/1000");
            total.Number.ShouldBe((double)expected.Total.Tonnes, 1e-9 * Math.Max(1, (double)expected.Total.Tonnes));
        }

        // 6-彙總表: the seven gases (row 4) and the total.
        var gases = Enum.GetValues<GasGroup>();
        for (var g = 0; g < gases.Length; g++)
        {
            var cell = book.Cell("6-彙總表", $"{(char)('B' + g)}4");
            cell.Formula.ShouldStartWith("(SUMIF(");
            cell.Number.ShouldBe((double)result.ByGas[gases[g]].Tonnes, 1e-6, gases[g].ToString());
        }

        book.Cell("6-彙總表", "I4").Number.ShouldBe((double)result.Total.Tonnes, 1e-6);
        var totalRow = book.Sheet("6-彙總表").Single(c => c.Value == "總排放量 Total").Row;
        book.Cell("6-彙總表", $"B{totalRow}").Number.ShouldBe((double)result.Total.Tonnes, 1e-6);
        var scope2 = book.Sheet("6-彙總表").Single(c => c.Value == "範疇2 Scope 2").Row;
        book.Cell("6-彙總表", $"B{scope2}").Number.ShouldBe((double)result.ByScope[2].Tonnes, 1e-9);
    }

    [Fact]
    public void Register_Example_MatchesApprovedProjection() =>
        Approvals.Verify(WorkbookText.Load(Register()).Projection());

    /// <summary>
    /// Printed as it is (issue 15): one A4 landscape page per sheet for the example (8 sheets; it printed 28 pages
    /// before the print setup), and no number too wide for its column (Calc prints those as ###).
    /// </summary>
    [Fact]
    public void Register_Example_LibreOfficePrintsItOnOnePagePerSheetWithoutHashes()
    {
        var path = Register();
        LibreOffice.Convert(path, "pdf", _dir.Path);
        var pdf = File.ReadAllBytes(_dir.File("register.pdf"));
        pdf.Length.ShouldBeGreaterThan(10_000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        LibreOffice.PdfPages(_dir.File("register.pdf")).ShouldBeLessThanOrEqualTo(SheetNames.Length);
        var text = LibreOffice.PdfText(_dir.File("register.pdf"));
        text.ShouldContain("定量盤查");
        text.ShouldNotContain("###");
    }

    /// <summary>An inventory a hundred thousand times the example's: the columns widen with the numbers.</summary>
    [Fact]
    public void Register_HugeAmounts_NoColumnPrintsHashes()
    {
        var input = _dir.Write("huge.csv",
            "facility,source_type,material,activity,unit,year\n" +
            "大廠,purchased_electricity,electricity,98765432109,kWh,2021\n" +
            "大廠,stationary,natural_gas,1234567890.5,m3,2021\n" +
            "大廠,stationary,diesel,987654321,L,2021\n");
        var output = ExampleInventory.WriteTo(_dir.File("huge.xlsx"), ExampleInventory.Document(input, "huge"), RegisterWorkbook.Write);
        LibreOffice.Convert(output, "pdf", _dir.Path);
        LibreOffice.PdfText(_dir.File("huge.pdf")).ShouldNotContain("###");
    }

    /// <summary>The print setup a verifier expects: A4 landscape, fit to width, the header row repeated on each page.</summary>
    [Fact]
    public void Register_Example_EverySheetHasAnA4LandscapeFitToWidthPrintSetup()
    {
        using var document = SpreadsheetDocument.Open(Register(), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        var titles = workbook.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
            .Where(n => n.Name == "_xlnm.Print_Titles")
            .ToDictionary(n => (int)n.LocalSheetId!.Value, n => n.Text);
        for (var i = 0; i < sheets.Count; i++)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheets[i].Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().ShouldNotBeNull(sheets[i].Name);
            setup.PaperSize!.Value.ShouldBe(9u);
            setup.Orientation!.Value.ShouldBe(DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape);
            setup.FitToWidth!.Value.ShouldBe(1u);
            setup.FitToHeight!.Value.ShouldBe(0u);
            worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.ShouldBeTrue();
        }

        // Tables with a header row (title, note, headers) repeat it: 3-定量盤查 is the long one.
        titles[SheetNames.ToList().IndexOf("3-定量盤查")].ShouldBe("'3-定量盤查'!$3:$3");
        titles.Count.ShouldBe(5);

        // Issue 15 item 8: the same tables keep their title, note and header rows on screen (panes frozen below row 3).
        var frozen = sheets.Select((s, i) => (s.Name!.Value!, Pane: ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().SingleOrDefault()))
            .Where(x => x.Pane is not null).ToList();
        frozen.Select(x => x.Item1).ShouldContain("3-定量盤查");
        frozen.ShouldAllBe(x => x.Pane!.State!.Value == DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen && x.Pane.TopLeftCell!.Value == "A4");
        frozen.Count.ShouldBe(titles.Count);
    }

    [Fact]
    public void Register_Example_LibreOfficeRecalculationEqualsTheCachedValues()
    {
        var path = Register();
        var book = WorkbookText.Load(path);
        LibreOffice.Convert(path, LibreOffice.CsvAllSheets, _dir.Path, recalculate: true);
        var checkedCells = 0;
        foreach (var (name, cells) in book.Sheets)
        {
            var csv = CsvText.Read(_dir.File($"register-{name}.csv"));
            foreach (var cell in cells.Where(c => c.Formula is not null))
            {
                var shown = csv[cell.Row - 1][CsvText.ColumnIndex(cell.Column)];
                var calculated = shown.EndsWith('%') ? double.Parse(shown[..^1], CultureInfo.InvariantCulture) / 100 : double.Parse(shown, CultureInfo.InvariantCulture);
                calculated.ShouldBe(cell.Number, 1e-9 * Math.Max(1, Math.Abs(cell.Number)), $"{name}!{cell.Reference} ={cell.Formula}");
                checkedCells++;
            }
        }

        checkedCells.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Register_WrongCachedValue_LibreOfficeRecalculatesIt()
    {
        // Guards the test above: if LibreOffice only echoed cached values, this one would fail.
        var path = Register();
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "3-定量盤查");
            var cell = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "AI4");
            cell.CellValue!.Text = "0";
        }

        LibreOffice.Convert(path, LibreOffice.CsvAllSheets, _dir.Path, recalculate: true);
        var shown = CsvText.Read(_dir.File("register-3-定量盤查.csv"))[3][CsvText.ColumnIndex("AI")];
        double.Parse(shown, CultureInfo.InvariantCulture).ShouldBe((double)Calculate(Example).Rows[0].Total.Tonnes, 1e-6);
    }

    private string Register() => ExampleInventory.WriteTo(_dir.File("register.xlsx"), ExampleInventory.Document(), RegisterWorkbook.Write);

    private static InventoryResult Calculate(string path) => ExampleInventory.Calculate(path);
}
