using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tanpan.Core.Gases;
using Tanpan.Core.Inventory;
using Tanpan.Core.Quality;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Report;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Report;

/// <summary>
/// <see cref="InventoryReport"/> on seed 001's example table (<see cref="ExampleInventory"/>): valid Open XML, the
/// chapters of ISO 14064-1 clause 9 in order, totals equal to the calculation, a PNG chart, a golden projection, and
/// LibreOffice → PDF.
/// </summary>
public sealed class InventoryReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Report_Example_PassesTheOpenXmlValidatorWithZeroErrors(string lang)
    {
        using var document = WordprocessingDocument.Open(Report(lang), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("zh", "zh-TW", "合計", "第一章 機構簡介與盤查邊界")]
    [InlineData("en", "en-US", "Total", "1. Organisation and boundaries")]
    public void Report_Example_ChaptersInOrderAndTotalsEqualTheCalculation(string lang, string culture, string total, string firstChapter)
    {
        var path = Report(lang);
        var text = DocumentText.Load(path);
        var language = lang == "en" ? ReportLanguage.En : ReportLanguage.Zh;
        text.Headings.ShouldBe(InventoryReport.Chapters(language));
        text.Headings[0].ShouldBe(firstChapter);
        text.Headings.Count.ShouldBe(10);

        var result = Calculate();
        var c = CultureInfo.GetCultureInfo(culture);
        DocumentText.Row(path, "CO2").ShouldBe(["CO2", result.ByGas[GasGroup.CO2].Tonnes.ToString("N3", c), (result.ByGas[GasGroup.CO2].Tonnes / result.Total.Tonnes).ToString("P2", c)]);
        DocumentText.Row(path, total)[1].ShouldBe(result.Total.Tonnes.ToString("N3", c));
        DocumentText.Row(path, "2")[3].ShouldBe(result.ByCategory[2].Tonnes.ToString("N3", c));
        var quality = QualityAssessment.Of(result);
        DocumentText.Row(path, total, occurrence: 1)[4].ShouldBe("−" + quality.Uncertainty.Lower.ToString("P2", c));
        text.Projection.ShouldContain(quality.WeightedGrade.ToString("0.00", c));
    }

    [Fact]
    public void Report_Example_HotspotChartIsAPngWithOneBarPerSource()
    {
        var text = DocumentText.Load(Report("zh"));
        var png = text.Images.ShouldHaveSingleItem();
        png.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        text.Projection.ShouldContain($"[image {HotspotChart.Width}x{HotspotChart.HeightFor(8)} png]");
    }

    [Fact]
    public void Report_Example_MatchesApprovedProjection() => Approvals.Verify(DocumentText.Load(Report("zh")).Projection);

    [Fact]
    public void Report_English_MatchesApprovedProjection() => Approvals.Verify(DocumentText.Load(Report("en")).Projection);

    [Fact]
    public void Report_Example_LibreOfficeConvertsItToPdf()
    {
        Report("zh");
        LibreOffice.Convert(_dir.File("report-zh.docx"), "pdf", _dir.Path);
        var pdf = File.ReadAllBytes(_dir.File("report-zh.pdf"));
        pdf.Length.ShouldBeGreaterThan(10_000);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");

        // The example's report is 8 pages; a layout fault (a table running off the page, one row per page) shows here.
        LibreOffice.PdfPages(_dir.File("report-zh.pdf")).ShouldBeInRange(4, 12);
        var text = LibreOffice.PdfText(_dir.File("report-zh.pdf"));
        text.ShouldNotContain("###");
        text.ShouldNotMatch(@"\dE[-+]\d");   // numbers in plain notation, never 2.1101472E-05
    }

    private string Report(string lang) => ExampleInventory.WriteTo(
        _dir.File($"report-{lang}.docx"), ExampleInventory.Document(), (stream, doc) => InventoryReport.Write(stream, doc, lang == "en" ? ReportLanguage.En : ReportLanguage.Zh));

    private static InventoryResult Calculate() => ExampleInventory.Calculate();
}
