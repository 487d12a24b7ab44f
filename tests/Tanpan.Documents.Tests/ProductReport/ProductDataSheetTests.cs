using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tanpan.Core.Products;
using Tanpan.Documents.ProductReport;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ProductReport;

/// <summary>
/// <see cref="ProductDataSheet"/> on the seed 001 aluminium sample: valid Open XML, formulas that point at the cells a
/// verifier follows, cached values equal to the exact figures, and LibreOffice recalculating every formula to them.
/// </summary>
public sealed class ProductDataSheetTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Sheet_Foil_PassesTheOpenXmlValidatorWithZeroErrors()
    {
        using var document = SpreadsheetDocument.Open(Sheet("FOIL"), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    /// <summary>
    /// Foil (samples/products/README.md): 箔軋 7,635 t assigned directly (allocation 1), 20,000 t of 250,000 t of the rest by
    /// mass (allocation 2), ÷ 20,000 t of output; 1.05 t of the plant's own coil per tonne.
    /// </summary>
    [Fact]
    public void Sheet_Foil_FormulasReferenceTheCellsAVerifierFollows()
    {
        var book = WorkbookText.Load(Sheet("FOIL"));
        var f = SampleFootprints.Of("FOIL");
        book.Cell(ProductDataSheet.ProductSheet, ProductDataSheet.OutputCell).Number.ShouldBe(20_000);

        // 製造分配: row 4 the direct assignment (share 1), row 5 the mass share, row 6 the totals.
        const string alloc = ProductDataSheet.AllocationSheet;
        book.Cell(alloc, "B4").Value.ShouldStartWith("直接指定");
        book.Cell(alloc, "D4").Formula.ShouldBe($"SUM('{ProductDataSheet.RowSheet}'!F4:F4)");
        book.Cell(alloc, "G4").Formula.ShouldBeNull();
        book.Cell(alloc, "G4").Number.ShouldBe(1);
        book.Cell(alloc, "E5").Number.ShouldBe(20_000_000);
        book.Cell(alloc, "F5").Number.ShouldBe(250_000_000);
        book.Cell(alloc, "D5").Formula.ShouldBe($"SUM('{ProductDataSheet.RowSheet}'!F5:F9)");
        book.Cell(alloc, "G5").Formula.ShouldBe("E5/F5");
        book.Cell(alloc, "H5").Formula.ShouldBe("D5*G5");
        book.Cell(alloc, "I5").Formula.ShouldBe($"H5/'{ProductDataSheet.ProductSheet}'!B10");
        book.Cell(alloc, "H6").Formula.ShouldBe("SUM(H4:H5)");
        book.Cell(alloc, "I6").Formula.ShouldBe($"H6/'{ProductDataSheet.ProductSheet}'!B10");

        // 盤查列: each row's share points at its own allocation.
        book.Cell(ProductDataSheet.RowSheet, "G4").Formula.ShouldBe($"'{alloc}'!$G$4");
        book.Cell(ProductDataSheet.RowSheet, "G9").Formula.ShouldBe($"'{alloc}'!$G$5");
        book.Cell(ProductDataSheet.RowSheet, "H9").Formula.ShouldBe("F9*G9");

        // 原料 BOM: coil 1.05 t × its cradle-to-gate footprint; 結果 from the totals of both.
        book.Cell(ProductDataSheet.BomSheet, "E4").Formula.ShouldBe("B4*D4");
        book.Cell(ProductDataSheet.BomSheet, "H4").Formula.ShouldBe("E4*G4");
        book.Cell(ProductDataSheet.BomSheet, "G4").Number.ShouldBe((double)SampleFootprints.Of("COIL").CradleToGate.Kilograms);
        book.Cell(ProductDataSheet.ResultSheet, "B3").Formula.ShouldBe($"'{ProductDataSheet.BomSheet}'!H5");
        book.Cell(ProductDataSheet.ResultSheet, "B4").Formula.ShouldBe($"'{alloc}'!I6");
        book.Cell(ProductDataSheet.ResultSheet, "B5").Formula.ShouldBe("SUM(B3:B4)");

        // Cached values are the exact figures.
        book.Cell(ProductDataSheet.ResultSheet, "B5").Number.ShouldBe((double)f.Total.Kilograms);
        book.Cell(ProductDataSheet.ResultSheet, "B4").Number.ShouldBe((double)f.Stage(LifeCycleStage.Production).Kilograms);
        book.Cell(alloc, "H5").Number.ShouldBe((double)f.Allocations[1].Allocated.Kilograms);
    }

    [Fact]
    public void Sheet_Foil_MatchesApprovedProjection() => Approvals.Verify(WorkbookText.Load(Sheet("FOIL")).Projection());

    [Theory]
    [InlineData("FOIL", 14_917.75)]   // 760 + 7,635,000 / 20,000 + 1.05 × 13,120 (samples/products/README.md)
    [InlineData("COIL", 13_120.0)]    // 760 + 1.03 × 12,000: seed 001's 13.12 tCO2e/t
    public void Sheet_LibreOfficeRecalculationEqualsTheCachedValues(string code, double total)
    {
        var path = Sheet(code);
        var book = WorkbookText.Load(path);
        LibreOffice.Convert(path, LibreOffice.CsvAllSheets, _dir.Path, recalculate: true);
        var checkedCells = 0;
        foreach (var (name, cells) in book.Sheets)
        {
            var csv = CsvText.Read(_dir.File($"{code}-{name}.csv"));
            foreach (var cell in cells.Where(c => c.Formula is not null))
            {
                var calculated = double.Parse(csv[cell.Row - 1][CsvText.ColumnIndex(cell.Column)], CultureInfo.InvariantCulture);
                calculated.ShouldBe(cell.Number, 1e-9 * Math.Max(1, Math.Abs(cell.Number)), $"{name}!{cell.Reference} ={cell.Formula}");
                checkedCells++;
            }
        }

        checkedCells.ShouldBeGreaterThan(15);
        var result = CsvText.Read(_dir.File($"{code}-{ProductDataSheet.ResultSheet}.csv"));
        double.Parse(result[4][1], CultureInfo.InvariantCulture).ShouldBe(total, 0.01);
    }

    /// <summary>
    /// Zinc anodes without a BOM and with a supplied 配送銷售 of 12.5 kg/t: the empty BOM gives 0, the distribution row is a
    /// value, and the total still sums the stages (4,849 t ÷ 10,000 t = 484.9 kg/t + 12.5).
    /// </summary>
    [Fact]
    public void Sheet_NoBomAndADistributionValue_LibreOfficeRecalculatesToTheCalculation()
    {
        var products = _dir.File("products.csv");
        File.WriteAllText(products, "產品代碼,產品名稱,宣告單位,每單位質量,廠區,年度,產量,配送銷售\nZINC,鋅陽極板,t,1000,鋅陽極廠,2021,\"10,000\",12.5\n"
            + "PLATE,鋁板,t,1000,鋁軋延廠,2021,\"250,000\",\n");
        var f = SampleFootprints.Calculate(products, bom: null).Single(x => x.Product.Code == "ZINC");
        f.Stage(LifeCycleStage.Distribution).Kilograms.ShouldBe(12.5m);
        var path = SampleFootprints.WriteTo(_dir.File("zinc.xlsx"), stream => ProductDataSheet.Write(stream, f, SampleFootprints.Info));
        var book = WorkbookText.Load(path);
        book.Cell(ProductDataSheet.ResultSheet, "B6").Formula.ShouldBe("SUM(B3:B5)");

        LibreOffice.Convert(path, LibreOffice.CsvAllSheets, _dir.Path, recalculate: true);
        var result = CsvText.Read(_dir.File($"zinc-{ProductDataSheet.ResultSheet}.csv"));
        double.Parse(result[2][1], CultureInfo.InvariantCulture).ShouldBe(0);
        double.Parse(result[5][1], CultureInfo.InvariantCulture).ShouldBe((double)f.Total.Kilograms, 1e-9 * (double)f.Total.Kilograms);
        ((double)f.Total.Kilograms).ShouldBe(484.9 + 12.5, 0.01);
    }

    [Fact]
    public void Sheet_WrongCachedValue_LibreOfficeRecalculatesIt()
    {
        // Guards the test above: if LibreOffice only echoed cached values, this one would fail.
        var path = Sheet("FOIL");
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == ProductDataSheet.ResultSheet);
            var cell = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "B5");
            cell.CellValue!.Text = "0";
        }

        LibreOffice.Convert(path, LibreOffice.CsvAllSheets, _dir.Path, recalculate: true);
        var shown = CsvText.Read(_dir.File($"FOIL-{ProductDataSheet.ResultSheet}.csv"))[4][1];
        double.Parse(shown, CultureInfo.InvariantCulture).ShouldBe((double)SampleFootprints.Of("FOIL").Total.Kilograms, 1e-6);
    }

    private string Sheet(string code) => SampleFootprints.WriteTo(_dir.File($"{code}.xlsx"),
        stream => ProductDataSheet.Write(stream, SampleFootprints.Of(code), SampleFootprints.Info));
}
