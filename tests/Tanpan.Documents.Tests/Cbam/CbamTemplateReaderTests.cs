using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Documents.Cbam;
using Tanpan.Documents.Tests.ActivityFiles.Hostile;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Cbam;

/// <summary>
/// A supplier's filled template read as precursor values: what the writer wrote comes back with the same figures
/// (directly, and after LibreOffice recalculated and re-saved it with its own shared strings and cached values), and
/// a file that is not a template, lacks a sheet, or holds text, a negative value or a bad CN code where the figures
/// go is refused with a message in both languages and nothing else.
/// </summary>
public sealed class CbamTemplateReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Written(CbamCommunication? communication = null, string name = "supplier.xlsx")
    {
        var path = _dir.File(name);
        using var file = File.Create(path);
        CbamTemplateWriter.Write(communication ?? CbamExamples.Bolts(), file);
        return path;
    }

    private static void ShouldHoldTheBoltFigures(CbamTemplateImport read, int firstRow)
    {
        read.Errors.ShouldBeEmpty();
        read.Installation.ShouldBe(new CbamImportedInstallation("Kaohsiung Fastener Works", "No. 1, Gangshan Rd.", "Kaohsiung",
            "TW", "TWKHH", 22.7925m, 120.2951m));
        read.PeriodStart.ShouldBe(new DateOnly(2026, 1, 1));
        read.PeriodEnd.ShouldBe(new DateOnly(2026, 12, 31));
        read.Products.Select(p => (p.Row, p.CnCode, p.ProcessName, p.ProductName, p.SeeDirect, p.SeeTotal)).ShouldBe(
        [
            (firstRow, "73181588", "Bolt forming", "Hex bolt M12", CbamExamples.BoltSee, CbamExamples.BoltSee),
            (firstRow + 1, "72171010", "Wire drawing", "Drawn wire 5.5 mm", CbamExamples.WireSee, CbamExamples.WireSee),
        ]);
        read.Products.ShouldAllBe(p => p.GoodsCategory == "Iron or steel products");
    }

    [Fact]
    public void Read_WrittenBolts_GivesBackTheSameFigures() =>
        ShouldHoldTheBoltFigures(CbamTemplateReader.Read(Written()), 26);

    [Fact]
    public void Read_Cement_GivesTheIndirectSeeToo()
    {
        var product = CbamTemplateReader.Read(Written(CbamExamples.Cement())).Products.ShouldHaveSingleItem();
        product.SeeDirect.ShouldBe(decimal.Parse((421d / 600d).ToString("G15", System.Globalization.CultureInfo.InvariantCulture),
            System.Globalization.CultureInfo.InvariantCulture));
        product.SeeIndirect.ShouldBe(0.0685m);
        product.SeeTotal.ShouldBe(product.SeeDirect + 0.0685m, 1e-14m);
    }

    /// <summary>Calc recalculates and re-saves it (shared strings, its own cached values): the same figures come back.</summary>
    [Fact]
    public void Read_AfterLibreOfficeRecalculatedAndSavedIt_GivesTheSameFigures()
    {
        var source = Written(name: "original.xlsx");
        var resaved = Directory.CreateDirectory(_dir.File("resaved")).FullName;
        LibreOffice.Convert(source, "xlsx", resaved, recalculate: true);
        ShouldHoldTheBoltFigures(CbamTemplateReader.Read(Path.Combine(resaved, "original.xlsx")), 26);
    }

    /// <summary>A workbook without Summary_Communication is read from A_InstData and Summary_Products (rows from 10).</summary>
    [Fact]
    public void Read_WithoutSummaryCommunication_ReadsInstDataAndSummaryProducts()
    {
        var path = Written();
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == CbamTemplateSheets.SummaryCommunication);
            workbook.DeletePart(workbook.GetPartById(sheet.Id!));
            sheet.Remove();
            workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.Text.Contains("Summary_Communication", StringComparison.Ordinal))
                .ToList().ForEach(n => n.Remove());
        }

        ShouldHoldTheBoltFigures(CbamTemplateReader.Read(path), 10);
    }

    [Fact]
    public void Read_FromAStream_IsTheSameAsFromTheFile()
    {
        using var stream = File.OpenRead(Written());
        CbamTemplateReader.Read(stream).Products.Count.ShouldBe(2);
    }

    [Fact]
    public void Read_AnActivityWorkbook_IsNotATemplate()
    {
        var path = _dir.WriteBytes("activity.xlsx", HostileFiles.Workbook(HostileFiles.Sheet(HostileFiles.Header)));
        var error = CbamTemplateReader.Read(path).Errors.ShouldHaveSingleItem();
        error.MessageEn.ShouldBe("not a CBAM communication template for installations (no sheet Summary_Communication, A_InstData or Summary_Products)");
        error.MessageZh.ShouldStartWith("不是 CBAM 設施溝通範本");
    }

    [Fact]
    public void Read_OnlyInstData_NamesTheMissingSheet()
    {
        var path = _dir.WriteBytes("half.xlsx", HostileFiles.Workbook(HostileFiles.Sheet(""), workbook: CbamHostileFiles.WorkbookXml("A_InstData")));
        var error = CbamTemplateReader.Read(path).Errors.ShouldHaveSingleItem();
        error.MessageEn.ShouldBe("the template lacks the sheet 'Summary_Products' (or Summary_Communication)");
        error.MessageZh.ShouldBe("範本缺少工作表「Summary_Products」（或 Summary_Communication）");
    }

    [Theory]
    [InlineData("I26", "two point seven", "Summary_Communication!I26: 'two point seven' is not a number", "不是數字")]
    [InlineData("I26", "-1.5", "Summary_Communication!I26: emissions of -1.5 cannot be negative", "不可為負數")]
    [InlineData("J27", "abc", "Summary_Communication!J27: 'abc' is not a number", "不是數字")]
    [InlineData("F26", "7318 15 AB", "Summary_Communication!F26: CN code '7318 15 AB' must be 4, 6 or 8 digits", "CN 編碼")]
    [InlineData("G20", "next spring", "Summary_Communication!G20: 'next spring' is not a date", "不是日期")]
    public void Read_BadValueInAFigureCell_IsRefusedNamingTheCell(string cell, string value, string en, string zh)
    {
        var path = Written();
        Edit(path, cell, c =>
        {
            c.DataType = CellValues.String;
            c.CellValue = new CellValue(value);
        });
        var read = CbamTemplateReader.Read(path);
        read.Products.ShouldBeEmpty();
        var error = read.Errors.ShouldHaveSingleItem();
        error.MessageEn.ShouldBe(en);
        error.MessageZh.ShouldContain(zh);
        error.Cell.ShouldBe($"Summary_Communication!{cell}");
    }

    [Fact]
    public void Read_FormulaWithoutComputedValue_AsksToSaveInExcel()
    {
        var path = Written();
        Edit(path, "I26", c => c.CellValue = null);
        Edit(path, "F26", c => c.CellValue = null);
        var error = CbamTemplateReader.Read(path).Errors.ShouldHaveSingleItem();
        error.MessageEn.ShouldContain("holds a formula without a computed value");
        error.MessageZh.ShouldContain("沒有計算結果的公式");
    }

    [Fact]
    public void Read_TemplateWithoutProducts_SaysSo()
    {
        var communication = CbamExamples.Bolts() with { Products = [] };
        var error = CbamTemplateReader.Read(Written(communication)).Errors.ShouldHaveSingleItem();
        error.MessageEn.ShouldBe("'Summary_Communication' lists no product (CN code and SEE)");
    }

    private static void Edit(string path, string reference, Action<Cell> edit)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == CbamTemplateSheets.SummaryCommunication);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        edit(part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference));
    }

    /// <summary>
    /// Summary_Communication as the Commission's Excel file stores it (checked by hand against the 20241213 template,
    /// docs/cbam-template.md): shared strings, formulas with cached values, and the unused product rows as formulas whose
    /// result is an empty string (<c>&lt;v/&gt;</c>) — those are skipped, not taken for formulas never computed.
    /// </summary>
    [Fact]
    public void Read_SheetStoredAsExcelStoresTheTemplate_ReadsTheFilledRowAndSkipsTheEmptyOnes()
    {
        static string S(string cell, int index) => $"<c r=\"{cell}\" t=\"s\"><v>{index}</v></c>";
        static string F(string cell, string value) => $"<c r=\"{cell}\"><f>Summary_Products!{cell}</f><v>{value}</v></c>";
        static string Empty(string cell) => $"<c r=\"{cell}\" t=\"str\"><f>IF(Summary_Products!{cell}=\"\",\"\",Summary_Products!{cell})</f><v/></c>";
        string[] strings = ["Name of the installation (English name):", "Test Works", "CN Codes", "SEE (direct)", "Bolt forming", "73181588", "TW"];
        var sheet = HostileFiles.Sheet(
            $"<row r=\"12\">{S("D12", 0)}<c r=\"G12\" t=\"str\"><f>Summary_Processes!G10</f><v>Test Works</v></c></row>" +
            $"<row r=\"16\">{S("G16", 6)}</row>" +
            $"<row r=\"20\">{F("G20", "46023")}</row><row r=\"21\">{F("G21", "46387")}</row>" +
            $"<row r=\"25\">{S("F25", 2)}{S("I25", 3)}</row>" +
            $"<row r=\"26\">{S("D26", 4)}{S("F26", 5)}{F("I26", "0.125")}{F("J26", "0")}{F("K26", "0.125")}</row>" +
            string.Concat(Enumerable.Range(27, 99).Select(r => $"<row r=\"{r}\">{Empty($"D{r}")}{Empty($"F{r}")}{Empty($"I{r}")}</row>")));
        var path = _dir.WriteBytes("excel-stored.xlsx", HostileFiles.Workbook(sheet,
            HostileFiles.Strings(string.Concat(strings.Select(t => $"<si><t>{t}</t></si>"))), CbamHostileFiles.WorkbookXml("Summary_Communication")));

        var read = CbamTemplateReader.Read(path);

        read.Errors.ShouldBeEmpty();
        read.Installation!.Name.ShouldBe("Test Works");
        read.Installation.Country.ShouldBe("TW");
        read.PeriodStart.ShouldBe(new DateOnly(2026, 1, 1));
        read.Products.ShouldHaveSingleItem().ShouldBe(new CbamImportedProduct(26, "Bolt forming", null, "73181588", null, 0.125m, 0m, 0.125m));
    }
}
