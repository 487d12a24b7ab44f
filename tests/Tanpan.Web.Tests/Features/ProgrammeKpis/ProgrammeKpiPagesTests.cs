using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Members;

namespace Tanpan.Web.Tests.Features.ProgrammeKpis;

/// <summary>
/// The dashboard as a browser and a spreadsheet see it, and role × route: the agency's owner, editor and viewer read the
/// page and the workbook; its verifier is refused (403 by the role table), an applicant (a member of its own organisation only) and another agency
/// get 404.
/// </summary>
public sealed class ProgrammeKpiPagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private static async Task<HttpClient> ClientAsync(AccountsApp app, Guid organisation, MembershipRole role) =>
        await MembersPagesTests<SqliteFixture>.PageClientAsync(app, await app.SeedUserAsync(false, (organisation, role)));

    [Fact]
    public async Task Page_Viewer_SeesTheHandCountedFiguresAndCharts()
    {
        await using var app = AccountsApp.Shared(fixture);
        var seed = await KpiSeed.CreateAsync(fixture);
        using var client = await ClientAsync(app, seed.Agency, MembershipRole.Viewer);

        var html = await MembersPagesTests<SqliteFixture>.PageAsync(client, $"/programmes/{seed.ProgrammeId}/kpis");

        html.ShouldContain("<dt>申請件數</dt><dd>5 <span class=\"count\">（另有 1 件尚未確認）</span></dd>");
        html.ShouldContain("<dt>候補</dt><dd>1</dd>");
        html.ShouldContain("（其中申請廠商 3 人次）");
        html.ShouldContain("<th scope=\"row\">新北市</th>");
        html.ShouldContain("<th scope=\"row\">11 紡織業</th>");
        html.ShouldContain("<dt>訪視次數</dt><dd>4</dd>");
        html.ShouldContain("<dt>現場研討計算結果</dt><dd>1</dd>");
        html.ShouldContain("<th scope=\"row\">綠色顧問</th>");
        html.Split("<svg").Length.ShouldBe(5);   // service, team, industry, region
        html.ShouldNotContain("style=");
        Keep(html, "kpis.html");
        html.ShouldNotContain("<script>");
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = await MembersPagesTests<SqliteFixture>.PageAsync(client, $"/programmes/{seed.ProgrammeId}/kpis");
        english.ShouldContain("<th scope=\"row\">Not determined</th>");
        english.ShouldContain("(3 of them from applicants)");
    }

    /// <summary>With TANPAN_SCREENSHOT_DIR set, keeps the page's HTML there for a browser screenshot (docs/programme-kpis.md).</summary>
    internal static void Keep(string html, string name)
    {
        if (Environment.GetEnvironmentVariable("TANPAN_SCREENSHOT_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, name), html);
        }
    }

    [Fact]
    public async Task Workbook_Editor_DownloadsTheSameFigures()
    {
        await using var app = AccountsApp.Shared(fixture);
        var seed = await KpiSeed.CreateAsync(fixture);
        using var client = await ClientAsync(app, seed.Agency, MembershipRole.Editor);

        var response = await client.GetAsync(new Uri($"/api/v1/programmes/{seed.ProgrammeId}/kpis.xlsx", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        workbook.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).ShouldBe(["總計", "依服務項目", "依輔導團隊", "依產業別", "依縣市"]);
        string Cell(string sheetName, string reference)
        {
            var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
            var cell = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            return cell.InlineString?.InnerText ?? cell.CellValue!.Text;
        }

        (Cell("總計", "A4"), Cell("總計", "B4")).ShouldBe(("申請件數（已確認）", "5"));
        (Cell("依縣市", "A6"), Cell("依縣市", "B6"), Cell("依縣市", "C6")).ShouldBe(("臺中市", "1", "2"));   // 新北市, 桃園市, 臺中市 from row 4: 1 application, 2 requests
        (Cell("依產業別", "A4"), Cell("依產業別", "C4")).ShouldBe(("11 紡織業", "4"));
    }

    [Fact]
    public async Task SectorPage_Viewer_SeesShownCellsAndTheMinimum()
    {
        await using var app = AccountsApp.Shared(fixture);
        await using var w = new SectorWorld(fixture);
        var agency = await w.OrganisationAsync("產業低碳輔導計畫辦公室", null);
        foreach (var (name, industry, tonnes) in ((string, string, decimal)[])[("甲", "11", 100m), ("乙", "11", 200m), ("丙", "11", 300m), ("丁", "25", 50m)])
        {
            var client = await w.OrganisationAsync(name, industry);
            await w.YearAsync(client, 2023, tonnes, 10_000_000m);
            await w.GiveAsync(client, agency);
        }

        using var viewer = await ClientAsync(app, agency, MembershipRole.Viewer);
        var html = await MembersPagesTests<SqliteFixture>.PageAsync(viewer, "/sector");

        html.ShouldContain("<th scope=\"row\">11 紡織業</th>");
        html.ShouldContain("600.0（3 家）");
        html.ShouldContain("少於 3 家");
        html.ShouldNotContain("50.0");   // 丁 alone in 25: its figure is not shown anywhere
        html.ShouldNotContain("style=");
        Keep(html, "sector.html");
    }

    [Theory]
    [InlineData(MembershipRole.Verifier)]
    public async Task Page_VerifierOfTheAgency_IsRefused(MembershipRole role)
    {
        await using var app = AccountsApp.Shared(fixture);
        var seed = await KpiSeed.CreateAsync(fixture);
        using var client = await ClientAsync(app, seed.Agency, role);

        // The role table refuses a verifier before the page runs (403); the page itself would answer 404.
        (await client.GetAsync(new Uri($"/programmes/{seed.ProgrammeId}/kpis", UriKind.Relative))).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        (await client.GetAsync(new Uri($"/api/v1/programmes/{seed.ProgrammeId}/kpis.xlsx", UriKind.Relative))).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        (await client.GetAsync(new Uri("/sector", UriKind.Relative))).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Page_ApplicantAndOtherAgency_AreNotFound()
    {
        await using var app = AccountsApp.Shared(fixture);
        var seed = await KpiSeed.CreateAsync(fixture);
        var applicant = await app.SeedOrganisationAsync("申請廠商");   // an applicant on Tanpan: owner of its own organisation only
        var other = await KpiSeed.CreateAsync(fixture, "另一個輔導計畫辦公室");

        foreach (var organisation in (Guid[])[applicant, other.Agency])
        {
            using var client = await ClientAsync(app, organisation, MembershipRole.Owner);
            (await client.GetAsync(new Uri($"/programmes/{seed.ProgrammeId}/kpis", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync(new Uri($"/api/v1/programmes/{seed.ProgrammeId}/kpis.xlsx", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }
}
