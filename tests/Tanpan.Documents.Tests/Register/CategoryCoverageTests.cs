using Tanpan.Core.Sources;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Register;
using Tanpan.Documents.Report;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Register;

/// <summary>
/// Sheet 2.1's category table and the 報告書's chapter 8 (when the organisation wrote no exclusions) say the same of
/// categories 3–6: significant sources (included), sources assessed as not significant (still quantified), or no source.
/// </summary>
public sealed class CategoryCoverageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Status_EachCase_FromTheAssessedSources()
    {
        var document = WithCategories();
        var assessed = CategoryCoverage.Assessed(document);

        assessed.Count.ShouldBe(document.Quality.Sources.Count);
        CategoryCoverage.Status(1, assessed).ShouldBe(CategoryStatus.Mandatory);
        CategoryCoverage.Status(2, assessed).ShouldBe(CategoryStatus.Mandatory);
        CategoryCoverage.Status(3, assessed).ShouldBe(CategoryStatus.NoSources);
        CategoryCoverage.Status(4, assessed).ShouldBe(CategoryStatus.Significant);            // 4 × 3 × 1 = 12 ≥ 10
        CategoryCoverage.Status(5, assessed).ShouldBe(CategoryStatus.AssessedNotSignificant);  // 1 × 2 × 1 = 2
        CategoryCoverage.Status(6, assessed).ShouldBe(CategoryStatus.NoSources);
    }

    [Fact]
    public void Sheet21AndChapter8_SayTheSameOfEachCategory()
    {
        var document = WithCategories();
        var sheet = WorkbookText.Load(ExampleInventory.WriteTo(_dir.File("register.xlsx"), document, RegisterWorkbook.Write)).Sheet("2.1-重大性準則").ToList();
        string Note(int category) => sheet.Single(c => c.Column == "F" && sheet.Any(a => a.Row == c.Row && a.Column == "A" && a.Value == $"{category}")).Value;
        string Included(int category) => sheet.Single(c => c.Column == "E" && sheet.Any(a => a.Row == c.Row && a.Column == "A" && a.Value == $"{category}")).Value;

        (Included(4), Note(4)).ShouldBe(("是 yes", "含重大排放源，見下表 / has significant sources, below"));
        (Included(5), Note(5)).ShouldBe(("否 no", "已評估，無重大排放源；其排放源仍量化，見下表 / assessed, no significant source; its sources are still quantified, below"));
        (Included(3), Note(3)).ShouldBe(("否 no", "未鑑別排放源，未量化 / no source identified, not quantified"));

        var zh = DocumentText.Load(ExampleInventory.WriteTo(_dir.File("report-zh.docx"), document, (s, d) => InventoryReport.Write(s, d, ReportLanguage.Zh))).Projection;
        zh.ShouldContain("類別 3 至 6：類別 4 含重大排放源，已量化；類別 5 之排放源經評估非屬重大，仍已量化並列於清冊；類別 3、6 未鑑別排放源，未納入量化");
        var en = DocumentText.Load(ExampleInventory.WriteTo(_dir.File("report-en.docx"), document, (s, d) => InventoryReport.Write(s, d, ReportLanguage.En))).Projection;
        en.ShouldContain("Of categories 3 to 6, category 4 has significant sources and is quantified; the sources of category 5 were assessed as not significant and are still quantified and listed in the register; no source was identified in categories 3, 6, which are not quantified");
    }

    [Fact]
    public void Chapter8_TheOrganisationsOwnText_Wins()
    {
        var document = ExampleInventory.Document();
        document = document with { Info = document.Info with { Exclusions = "類別 3 之員工通勤因數據無法取得而排除。" } };
        var zh = DocumentText.Load(ExampleInventory.WriteTo(_dir.File("own.docx"), document, (s, d) => InventoryReport.Write(s, d, ReportLanguage.Zh))).Projection;

        zh.ShouldContain("類別 3 之員工通勤因數據無法取得而排除。");
        zh.ShouldNotContain("未鑑別排放源");
    }

    /// <summary>Seed 001's example with its last two sources given as category 4 (R 4, C 3, P 1: significant) and category 5 (R 1, C 2, P 1: not).</summary>
    private static InventoryDocument WithCategories()
    {
        var document = ExampleInventory.Document();
        var sources = document.Quality.Sources;
        var (four, five) = (sources[^2], sources[^1]);
        SourceSignificance Given(Core.Quality.SourceQuality s, int r, int c, int category) =>
            new(s.Facility, s.Source, s.MaterialKey, new SignificanceScores(r, c, 1, SignificanceFactors.None), false, category);
        return document with { Info = document.Info with { Significance = [Given(four, 4, 3, 4), Given(five, 1, 2, 5)] } };
    }
}
