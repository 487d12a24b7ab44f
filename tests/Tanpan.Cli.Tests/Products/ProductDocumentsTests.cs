using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Cli.Tests.Products;

/// <summary>
/// <c>tanpan product footprint … --report FILE.docx [--lang zh|en] --sheet FILE.xlsx [--product CODE]</c> over the seed 001
/// aluminium sample: the options around the writers (which product, file names, exit codes, no half-written file). What the
/// documents contain is tested beside the writers, in Tanpan.Documents.Tests/ProductReport.
/// </summary>
public sealed class ProductDocumentsTests : IDisposable
{
    private const string Activity = "samples/products/aluminium-2021-activity.csv";
    private const string Products = "samples/products/aluminium-2021-products.csv";
    private const string Bom = "samples/products/aluminium-2021-bom.csv";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Footprint_ProductCoil_WritesTheReportAndTheSheetForIt()
    {
        var report = _dir.File("coil.docx");
        var sheet = _dir.File("coil.xlsx");
        var result = Footprint("--product", "coil", "--report", report, "--sheet", sheet, "--organisation", "示範鋁業股份有限公司");
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain($"report COIL 已寫入 written: {report}");
        result.Output.ShouldContain($"data sheet COIL 已寫入 written: {sheet}");
        result.Output.ShouldContain("COIL  鋁捲");   // the summary is still printed
        Directory.GetFiles(_dir.Path).Order().ShouldBe([report, sheet]);

        using (var document = WordprocessingDocument.Open(report, false))
        {
            var body = document.MainDocumentPart!.Document.Body!.InnerText;
            body.ShouldContain("鋁捲（COIL）產品碳足跡報告書");
            body.ShouldContain("第一章 一般資訊");
            body.ShouldContain("示範鋁業股份有限公司");
        }

        // 結果!B5 is the total: seed 001's 13.12 t per tonne of coil (760 + 1.03 × 12,000 kg).
        using var book = SpreadsheetDocument.Open(sheet, false);
        var workbook = book.WorkbookPart!;
        var result5 = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "結果");
        var total = ((WorksheetPart)workbook.GetPartById(result5.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B5");
        total.CellFormula!.Text.ShouldBe("SUM(B3:B4)");
        double.Parse(total.CellValue!.Text, CultureInfo.InvariantCulture).ShouldBe(13_120, 0.01);
    }

    [Fact]
    public void Footprint_NoProductOption_OneReportPerProductNamedWithItsCode()
    {
        var result = Footprint("--report", _dir.File("pcf.docx"), "--lang", "en");
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["pcf-BAR.docx", "pcf-COIL.docx", "pcf-FOIL.docx", "pcf-PLATE.docx", "pcf-ZINC.docx"]);
        using var document = WordprocessingDocument.Open(_dir.File("pcf-ZINC.docx"), false);
        document.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("1. General information");
    }

    [Fact]
    public void Footprint_JsonWithSheet_StdoutStaysOneJsonObject()
    {
        var result = Footprint("--json", "--product", "FOIL", "--sheet", _dir.File("foil.xlsx"));
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("products").GetArrayLength().ShouldBe(5);
        File.Exists(_dir.File("foil.xlsx")).ShouldBeTrue();
    }

    [Fact]
    public void Footprint_UnknownProduct_Exit2AndNoFile()
    {
        var result = Footprint("--product", "WIRE", "--report", _dir.File("x.docx"));
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("找不到產品代碼「WIRE」");
        result.Error.ShouldContain("no product with code 'WIRE'");
        result.Output.ShouldBeEmpty();
        Directory.GetFiles(_dir.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Footprint_MissingFolder_Exit2()
    {
        var result = Footprint("--product", "COIL", "--sheet", _dir.File("no/such/folder/x.xlsx"));
        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("the folder");
        Directory.GetFiles(_dir.Path, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public void Footprint_UnknownLanguage_UsageError()
    {
        var result = Footprint("--product", "COIL", "--report", _dir.File("x.docx"), "--lang", "fr");
        result.ExitCode.ShouldBe(1);
        File.Exists(_dir.File("x.docx")).ShouldBeFalse();
    }

    private static CliResult Footprint(params string[] options) =>
        Cli.Run(["product", "footprint", Activity, "--products", Products, "--bom", Bom, .. options]);
}
