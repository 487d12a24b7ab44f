using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tanpan.Core.Products;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.ProductReport;
using Tanpan.Documents.Report;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.ProductReport;

/// <summary>
/// <see cref="ProductFootprintReport"/> on the seed 001 aluminium sample (<see cref="SampleFootprints"/>): valid Open XML,
/// the ISO 14067 clause 7 chapters in order, figures equal to the calculation, the stage chart, golden projections, and
/// LibreOffice → PDF with no English or internal key in the zh-TW text.
/// </summary>
public sealed partial class ProductFootprintReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Report_Foil_PassesTheOpenXmlValidatorWithZeroErrors(string lang)
    {
        using var document = WordprocessingDocument.Open(Report("FOIL", lang), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    /// <summary>
    /// Coil (samples/products/README.md): 製造 = 190,000 t ÷ 250,000 t of output by mass = 760 kg/t; 原料取得 = 1.03 t ingot ×
    /// 12,000 kg/t = 12,360 kg/t; total 13,120 kg/t (seed 001's 13.12 tCO2e/t).
    /// </summary>
    [Theory]
    [InlineData("zh", "zh-TW", "原料取得", "製造", "合計", "廠區|分子|分母|分配比例|分配量 (公噸CO2e)")]
    [InlineData("en", "en-US", "Raw-material acquisition", "Production", "Total", "Facility|Numerator|Denominator|Share|Allocated (tCO2e)")]
    public void Report_Coil_ChaptersInOrderAndFiguresEqualTheCalculation(string lang, string culture, string raw, string production, string total, string labels)
    {
        var path = Report("COIL", lang);
        var text = DocumentText.Load(path);
        text.Headings.ShouldBe(ProductFootprintReport.Chapters(lang == "en" ? ReportLanguage.En : ReportLanguage.Zh));
        text.Headings.Count.ShouldBe(6);

        var f = SampleFootprints.Of("COIL");
        const string facility = "鋁軋延廠";
        var (facilityLabel, numerator, denominator, share, allocated) = labels.Split('|') switch { var l => (l[0], l[1], l[2], l[3], l[4]) };
        var c = CultureInfo.GetCultureInfo(culture);
        StageRow(path, raw)[2].ShouldBe(f.Stage(LifeCycleStage.RawMaterialAcquisition).Kilograms.ToString("N3", c));
        StageRow(path, raw)[2].ShouldBe(12_360m.ToString("N3", c));
        StageRow(path, production)[2].ShouldBe(760m.ToString("N3", c));
        DocumentText.Row(path, total)[2].ShouldBe(13_120m.ToString("N3", c));

        // The allocation table has one column per allocation: coil has one, 120,000 t of 250,000 t by mass.
        var a = f.Allocations.ShouldHaveSingleItem();
        DocumentText.Row(path, facilityLabel)[1].ShouldBe(facility);
        DocumentText.Row(path, numerator)[1].ShouldStartWith(120_000_000m.ToString("#,##0.######", c));
        DocumentText.Row(path, denominator)[1].ShouldStartWith(250_000_000m.ToString("#,##0.######", c));
        DocumentText.Row(path, share)[1].ShouldBe(0.48m.ToString("0.######%", c));
        DocumentText.Row(path, allocated)[1].ShouldBe(a.Allocated.Tonnes.ToString("N3", c) + " *");
        DocumentText.Row(path, "鋁錠", occurrence: 1)[3].ShouldBe(12_360m.ToString("N3", c));
    }

    /// <summary>Economic allocation as chosen: coil's revenue NT$ 11,160,000,000 of 23,770,000,000 at 鋁軋延廠; the reason cites step 3 in each language.</summary>
    [Theory]
    [InlineData("zh", "依營收分配（使用者選擇）（ISO 14044 4.3.4.2 第 3 步）", "經濟價值（營收）", "新臺幣元")]
    [InlineData("en", "economic allocation by revenue, as chosen (ISO 14044 4.3.4.2 step 3)", "economic (revenue)", "NT$")]
    public void Report_CoilEconomic_ReasonAndKeyInTheReportLanguage(string lang, string reason, string key, string money)
    {
        var f = SampleFootprints.Calculate(SampleFootprints.Products, SampleFootprints.Bom, new FootprintOptions { Key = AllocationKey.Economic })
            .Single(x => x.Product.Code == "COIL");
        var path = SampleFootprints.WriteTo(_dir.File($"economic-{lang}.docx"),
            stream => ProductFootprintReport.Write(stream, f, SampleFootprints.Info, lang == "en" ? ReportLanguage.En : ReportLanguage.Zh));
        var labels = lang == "en" ? ("Reason", "Key", "Numerator") : ("理由", "基準", "分子");
        DocumentText.Row(path, labels.Item1)[1].ShouldBe(reason);
        DocumentText.Row(path, labels.Item2)[1].ShouldBe(key);
        DocumentText.Row(path, labels.Item3)[1].ShouldBe($"{11_160_000_000m.ToString("#,##0", CultureInfo.GetCultureInfo(lang == "en" ? "en-US" : "zh-TW"))} {money}");
    }

    [Fact]
    public void Report_Foil_StageChartIsAPngWithOneBarPerStage()
    {
        var text = DocumentText.Load(Report("FOIL", "zh"));
        var png = text.Images.ShouldHaveSingleItem();
        png.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        text.Projection.ShouldContain($"[image {HotspotChart.Width}x{HotspotChart.HeightFor(2)} png]");
    }

    /// <summary>Foil: a direct allocation (箔軋) and a mass share, and a BOM line that is the plant's own coil (two BOM levels).</summary>
    [Fact]
    public void Report_Foil_MatchesApprovedProjection() => Approvals.Verify(DocumentText.Load(Report("FOIL", "zh")).Projection);

    [Fact]
    public void Report_FoilEnglish_MatchesApprovedProjection() => Approvals.Verify(DocumentText.Load(Report("FOIL", "en")).Projection);

    [Fact]
    public void Report_Foil_LibreOfficeConvertsItToPdf()
    {
        Report("FOIL", "zh");
        LibreOffice.Convert(_dir.File("FOIL-zh.docx"), "pdf", _dir.Path);
        LibreOffice.PdfPages(_dir.File("FOIL-zh.pdf")).ShouldBeInRange(3, 8);
        var text = LibreOffice.PdfText(_dir.File("FOIL-zh.pdf"));
        text.ShouldNotContain("###");
        text.ShouldNotMatch(@"\dE[-+]\d");
        text.ShouldContain(14_917.75m.ToString("N3", CultureInfo.GetCultureInfo("zh-TW")));
    }

    [Fact]
    public void Report_Foil_ChineseTextHasNoEnglishOrInternalKey()
    {
        // The projection's own markup ([Heading1], [image …]) is not document text.
        var text = ProjectionMarkup().Replace(DocumentText.Load(Report("FOIL", "zh")).Projection, "");

        // Latin words allowed in the zh-TW report: standard and format names, gas formulas, and the data's own ids
        // (product codes, factor and GWP set ids, the supplier's footprint URN).
        var f = SampleFootprints.Of("FOIL");
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "ISO", "PACT", "CBAM", "CN", "CO", "CH", "N", "O", "e", "AR", "Tanpan", "xlsx", "FOIL", "COIL", f.GwpSetId, "moenv", "urn", "example", "ingot",
        };
        var words = LatinWords().Matches(text).Select(m => m.Value).Where(w => !allowed.Contains(w)).Distinct().ToList();
        words.ShouldBeEmpty();
    }

    [GeneratedRegex(@"^\[(Title|Heading1|Heading2|Caption)\] |^\[image .*\]$", RegexOptions.Multiline)]
    private static partial Regex ProjectionMarkup();

    [GeneratedRegex("[A-Za-z_]+")]
    private static partial Regex LatinWords();

    private static IReadOnlyList<string> StageRow(string path, string stage) =>
        DocumentText.Row(path, "1")[1] == stage ? DocumentText.Row(path, "1") : DocumentText.Row(path, "2");

    private string Report(string code, string lang) => SampleFootprints.WriteTo(_dir.File($"{code}-{lang}.docx"),
        stream => ProductFootprintReport.Write(stream, SampleFootprints.Of(code), SampleFootprints.Info, lang == "en" ? ReportLanguage.En : ReportLanguage.Zh));
}
