using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tanpan.Documents.Tests.Support;
using Tanpan.Core.Inventory;
using Tanpan.Core.Quality;
using Tanpan.Testing;
using Tanpan.Web.Data.Entities;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// The 清冊 and 報告書 of a stored inventory, downloaded over HTTP and read back with the Open XML SDK, against the
/// results API; the documents page's data quality against Core's assessment of the same rows.
/// </summary>
public abstract class DocumentsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IDisposable
    where TFixture : DatabaseFixture
{
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Register_Seed001_ValidAndItsTotalAndSourceRowsEqualTheResultsApi()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceIds, _) = await Seed001Example.EnterAsync(world);
        var assessed = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventoryId}/sources/{sourceIds[0]}", new
        {
            facilityId = (await world.Client.GetFromJsonAsync<SourceResponse>($"/api/v1/inventories/{inventoryId}/sources/{sourceIds[0]}", AccountsApp.Json))!.FacilityId,
            process = Seed001Example.Rows[0].Process, equipment = Seed001Example.Rows[0].Equipment, sourceType = "固定燃燒", material = "天然氣",
            significanceR = 3, significanceC = 2, significanceP = 2,
        }, AccountsApp.Json);
        assessed.StatusCode.ShouldBe(HttpStatusCode.OK, await assessed.Content.ReadAsStringAsync());
        var results = await ResultsAsync(world.Client, inventoryId);

        var path = await DownloadAsync(world.Client, $"/api/v1/inventories/{inventoryId}/register.xlsx", "register.xlsx",
            MediaTypes.Xlsx);
        var download = await world.Client.GetAsync(new Uri($"/api/v1/inventories/{inventoryId}/register.xlsx", UriKind.Relative));
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("測試紡織股份有限公司_2021_溫室氣體排放量清冊.xlsx");

        using (var document = SpreadsheetDocument.Open(path, false))
        {
            new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        var book = WorkbookText.Load(path);
        book.Sheets.Select(s => s.Name).ShouldBe(["1-基本資料", "2-定性盤查", "2.1-重大性準則", "3-定量盤查", "4-數據品質管理", "5-不確定性之評估", "6-彙總表", "附錄-GWP"]);
        var totalRow = book.Sheet("6-彙總表").Single(c => c.Value == "總排放量 Total").Row;
        book.Cell("6-彙總表", $"B{totalRow}").Number.ShouldBe((double)results.TotalTonnes, 1e-6);
        book.Sheet("3-定量盤查").Where(c => c.Row >= 4).Select(c => c.Row).Distinct().Count().ShouldBe(results.Rows.Count);

        // 2.1-重大性準則: one row per source (A = S01…), tonnes in E, the source's R, C, P and S in H–K.
        var sourceRows = book.Sheet("2.1-重大性準則").Where(c => c.Column == "A" && c.Value.Length == 3 && c.Value[0] == 'S').Select(c => c.Row).ToList();
        var tonnes = sourceRows.Select(r => book.Cell("2.1-重大性準則", $"E{r}").Number).ToList();
        tonnes.Count.ShouldBe(results.Sources.Count);
        for (var i = 0; i < tonnes.Count; i++)
        {
            tonnes[i].ShouldBe((double)(results.Sources[i].Kilograms / 1000m), 1e-9 * Math.Max(1, tonnes[i]));
        }

        var drying = sourceRows.Single(r => book.Cell("2.1-重大性準則", $"C{r}").Value == Seed001Example.Rows[0].Process);
        book.Cell("2.1-重大性準則", $"H{drying}").Number.ShouldBe(3);
        book.Cell("2.1-重大性準則", $"K{drying}").Number.ShouldBe(12);
    }

    [Theory]
    [InlineData("zh", "zh-TW", "合計", "_溫室氣體盤查報告書_zh-TW.docx")]
    [InlineData("en", "en-US", "Total", "_GHG-inventory-report_en.docx")]
    public async Task Report_ViewerDownloadsIt_ValidAndItsTotalEqualsTheResultsApi(string lang, string culture, string total, string fileSuffix)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);
        var viewer = await world.MemberAsync(MembershipRole.Viewer);
        var results = await ResultsAsync(viewer, inventoryId);

        var path = await DownloadAsync(viewer, $"/api/v1/inventories/{inventoryId}/report.docx?lang={lang}", "report.docx",
            MediaTypes.Docx);

        using (var document = WordprocessingDocument.Open(path, false))
        {
            new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        DocumentText.Row(path, total)[1].ShouldBe(results.TotalTonnes.ToString("N3", CultureInfo.GetCultureInfo(culture)));

        // The file name says organisation, year, document and language (issue 15), so both languages can share a folder.
        var response = await viewer.GetAsync(new Uri($"/api/v1/inventories/{inventoryId}/report.docx?lang={lang}", UriKind.Relative));
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar!;
        fileName.ShouldBe($"測試紡織股份有限公司_2021{fileSuffix}");
        DocumentText.Load(path).Projection.ShouldContain("示範工廠");
    }

    [Fact]
    public async Task Documents_LockedInventory_EqualTheSnapshotResults()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventoryId}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var results = await ResultsAsync(world.Client, inventoryId);

        var book = WorkbookText.Load(await DownloadAsync(world.Client, $"/api/v1/inventories/{inventoryId}/register.xlsx", "locked.xlsx",
            MediaTypes.Xlsx));
        var totalRow = book.Sheet("6-彙總表").Single(c => c.Value == "總排放量 Total").Row;
        book.Cell("6-彙總表", $"B{totalRow}").Number.ShouldBe((double)results.TotalTonnes, 1e-6);
        book.Sheet("1-基本資料").ShouldContain(c => c.Value.Contains("submitted and locked", StringComparison.Ordinal));

        var page = ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/documents"));
        page.ShouldContain("此盤查年度已鎖定");
    }

    [Fact]
    public async Task DocumentsPage_Seed001_ShowsEachSourcesGradeAndUncertaintyAndTheInventoryGrade()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceIds, entryIds) = await Seed001Example.EnterAsync(world);
        var file = ActivityFileReader.Open(Path.Combine("samples", "seed001-example-2021.csv")).Records.ToList();
        for (var i = 0; i < entryIds.Count; i++)
        {
            // The sample file's 資訊取得方式 per row, so the grades differ between sources as they do in the CLI's register.
            var row = Seed001Example.Rows[i];
            (await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventoryId}/sources/{sourceIds[i]}/activity/{entryIds[i]}",
                new { year = 2021, amount = row.Amount, unit = row.Unit, dataSourceMethod = file[i][ActivityColumn.DataSource] }, AccountsApp.Json))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var cli = InventoryCalculation.Run(file, new InventoryOptions()).Result.ShouldNotBeNull();
        var quality = QualityAssessment.Of(cli);
        var zh = CultureInfo.GetCultureInfo("zh-TW");

        var html = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/documents");

        html.ShouldContain("aria-current=\"page\">報告與清冊</a>");
        html.ShouldContain($"href=\"/api/v1/inventories/{inventoryId}/register.xlsx\"");
        html.ShouldContain($"href=\"/api/v1/inventories/{inventoryId}/report.docx?lang=en\"");
        Cells(html, "grade").Count.ShouldBe(quality.Sources.Count);
        Cells(html, "score").ShouldBe(quality.Sources.Select(s => s.Score.ToString(zh)));
        Cells(html, "upper").ShouldBe(quality.Sources.Select(s => "+" + s.Uncertainty.Upper.ToString("P1", zh)));
        ResultsHtml.Text(html).ShouldContain(quality.WeightedGrade.ToString("N2", zh));
        ResultsHtml.Text(html).ShouldContain("−" + quality.Uncertainty.Lower.ToString("P1", zh) + " / +" + quality.Uncertainty.Upper.ToString("P1", zh));
    }

    [Fact]
    public async Task Documents_AnotherOrganisationsInventory_404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var owner = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(owner);
        var stranger = await InventoryWorld.CreateAsync(app);

        (await stranger.Client.GetAsync(new Uri($"/api/v1/inventories/{inventoryId}/register.xlsx", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetAsync(new Uri($"/api/v1/inventories/{inventoryId}/report.docx", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetAsync(new Uri($"/inventories/{inventoryId}/documents", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetAsync(new Uri($"/api/v1/inventories/{Guid.NewGuid()}/register.xlsx", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Documents_EmptyInventory_OpenValidAndShowZero()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        (await ResultsAsync(world.Client, inventory.Id)).TotalTonnes.ShouldBe(0m); // the results show zero, and so do the documents

        var register = await DownloadAsync(world.Client, $"/api/v1/inventories/{inventory.Id}/register.xlsx", "empty.xlsx",
            MediaTypes.Xlsx);
        var report = await DownloadAsync(world.Client, $"/api/v1/inventories/{inventory.Id}/report.docx?lang=en", "empty.docx",
            MediaTypes.Docx);

        using (var document = SpreadsheetDocument.Open(register, false))
        {
            new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        using (var document = WordprocessingDocument.Open(report, false))
        {
            new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        var book = WorkbookText.Load(register);
        var totalRow = book.Sheet("6-彙總表").Single(c => c.Value == "總排放量 Total").Row;
        book.Cell("6-彙總表", $"B{totalRow}").Number.ShouldBe(0);
        book.Sheet("3-定量盤查").Where(c => c.Row >= 4).ShouldBeEmpty();
        DocumentText.Row(report, "Total")[1].ShouldBe(0m.ToString("N3", CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public async Task Report_UnknownLanguage_400()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();

        var response = await world.Client.GetAsync(new Uri($"/api/v1/inventories/{inventory.Id}/report.docx?lang=fr", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("zh or en");
    }

    private static Task<InventoryResults> ResultsAsync(HttpClient client, Guid inventoryId) => ResultsApiClient.GetAsync(client, inventoryId);

    private async Task<string> DownloadAsync(HttpClient client, string url, string name, string contentType)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        return _dir.WriteBytes(name, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The text of the page's table cells of one class (<c>td class="num grade"</c> …), in order.</summary>
    private static List<string> Cells(string html, string cssClass) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, $"<td class=\"num {cssClass}\">([^<]*)</td>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];
}
