using System.Net;
using System.Text.RegularExpressions;
using Tanpan.Testing;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.PlainLanguage;

/// <summary>
/// Plain language in the documents (issue 15 item 5): seed 001 entered through the API (fuels, electricity, a
/// refrigerant blend whose factors are tiny, e.g. 2.1101472E-05 kg N₂O per L of diesel) and its 清冊 (.xlsx) and 報告書
/// (.docx, Chinese and English) downloaded as a user would, converted to PDF by LibreOffice and read back with
/// pdftotext — what a verifier sees on paper. No GUID, snake_case key, E notation or file path (the page scan's
/// detector, <see cref="LeakScanTests.Leaks"/>), no GitHub address or repository path as a factor's source, and in the
/// Chinese report no English sentence (a factor source cited by an English note).
/// </summary>
public sealed partial class DocumentLeakScanTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Theory]
    [InlineData("register.xlsx", "xlsx")]
    [InlineData("report.docx?lang=zh", "docx")]
    [InlineData("report.docx?lang=en", "docx")]
    public async Task Document_AsPdf_ShowsNoInternalIdentifier(string document, string extension)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);
        using var folder = new TempDirectory();
        var response = await world.Client.GetAsync(new Uri($"/api/v1/inventories/{inventoryId}/{document}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var file = Path.Combine(folder.Path, $"document.{extension}");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());

        LibreOffice.Convert(file, "pdf", folder.Path);
        var text = LibreOffice.PdfText(Path.Combine(folder.Path, "document.pdf"));

        text.Length.ShouldBeGreaterThan(2_000);   // the conversion gave the document's text, not an empty page
        text.ShouldContain("2021");
        var leaks = LeakScanTests.Leaks(text);
        leaks.AddRange(Repository().Matches(text).Select(m => $"repository path «{m.Value}»"));
        if (document.EndsWith("zh", StringComparison.Ordinal))
        {
            leaks.AddRange(EnglishSentence().Matches(text).Select(m => $"English in the Chinese report «{m.Value}»"));
        }

        leaks.Distinct().ShouldBeEmpty();
    }

    /// <summary>The extra detectors: each finds its kind of leak, ordinary text is not one.</summary>
    [Theory]
    [InlineData("來源 https://github.com/tanpan/tanpan/blob/main/data/factors/moenv.csv", true, false)]
    [InlineData("來源 data/factors/moenv-6.0.4.csv", true, false)]
    [InlineData("化糞池: activity = person-hours worked on site, from the table of the year", false, true)]
    [InlineData("溫室氣體排放係數管理表 6.0.4 版（環境部，2019）ISO 14064-1:2018 AR5 tCO2e", false, false)]
    public void Detectors_FindRepositoryPathsAndEnglishSentences(string text, bool repository, bool english)
    {
        Repository().IsMatch(text).ShouldBe(repository);
        EnglishSentence().IsMatch(text).ShouldBe(english);
    }

    /// <summary>A GitHub address or a path inside the repository (a folder, a slash, a file with a data or doc extension).</summary>
    [GeneratedRegex(@"github\.com|githubusercontent|\b[\w.-]+/[\w./-]*\.(csv|json|md|cs|xlsx|yaml|yml)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Repository();

    /// <summary>Five or more English words in a row: a sentence, not a name or a unit (ISO 14064-1, AR5, tCO2e, GWP).</summary>
    [GeneratedRegex(@"\b[A-Za-z][a-z]+(?:[ ,]+[A-Za-z][a-z]+){4,}\b")]
    private static partial Regex EnglishSentence();
}
