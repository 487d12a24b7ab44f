using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Members;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.ActionPlans;

/// <summary>
/// The action-plan pages as a browser uses them: an editor imports seed 002's CSV through the form and lands on the report
/// with the seed's rates (zh-TW and English); a bad file shows its problems and saves nothing; a viewer has no form; the
/// downloads answer with the workbook and the report.
/// </summary>
public abstract class ActionPlanPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static async Task<(Guid Organisation, HttpClient Client)> MemberAsync(AccountsApp app, MembershipRole role = MembershipRole.Editor)
    {
        var organisationId = await app.SeedOrganisationAsync();
        return (organisationId, await MembersPagesTests<TFixture>.PageClientAsync(app, await app.SeedUserAsync(false, (organisationId, role))));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file)
    {
        var page = await client.GetStringAsync(new Uri("/action-plans", UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName },
            { new StringContent("import-plan"), "_handler" },
            { new ByteArrayContent(file), "file", "seed002.csv" },
        };
        return await client.PostAsync(new Uri("/action-plans", UriKind.Relative), form);
    }

    [Fact]
    public async Task Import_Sample_RedirectsToTheReportWithTheSeedsRates()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (organisation, client) = await MemberAsync(app);

        var response = await UploadAsync(client, await File.ReadAllBytesAsync(ActionPlanWorld.SamplePath));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var report = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        report.ShouldContain("110 年製造部門行動方案執行成果");
        report.ShouldContain("共 37 項具體措施（實質減量 17 項、能力建構 20 項）；達成 37 項、未達成 0 項，執行率 100%。");
        report.ShouldContain("完成 431 人次培訓");
        report.ShouldContain("<td class=\"num\">202,038</td>");
        report.ShouldContain("<td class=\"num\">734.0</td>");
        report.ShouldContain("<svg");
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        english.ShouldContain("37 measures (17 reduction, 20 capacity building); 37 achieved, 0 not achieved: an execution rate of 100%.");
        await using var db = fixture.CreateContext(organisation);
        (await db.SectorPlanMeasures.CountAsync()).ShouldBe(37);
    }

    [Fact]
    public async Task Import_BadFile_ShowsLineAndColumn_SavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (organisation, client) = await MemberAsync(app);

        var response = await UploadAsync(client, "類別,編號,名稱,政策內涵,措施類型,主辦機關,達成狀況,年度\nplan,,製造部門,,,,,110\nmeasure,1.1.1,甲,1,減量,經濟部,達成\n"u8.ToArray());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("未儲存任何資料");
        html.ShouldContain("措施類型「減量」須為實質減量或能力建構");
        await using var db = fixture.CreateContext(organisation);
        (await db.SectorActionPlans.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Viewer_SeesNoImportForm_AndDownloadsTheDocuments()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (organisation, client) = await MemberAsync(app, MembershipRole.Viewer);
        var seeded = await ActionPlansSeed.CreateAsync(fixture, organisation);

        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/action-plans", UriKind.Relative))).ShouldNotContain("id=\"import-plan\"");
        var xlsx = await client.GetAsync(new Uri($"/api/v1/action-plans/{seeded.PlanId}/report.xlsx", UriKind.Relative));
        (xlsx.StatusCode, xlsx.Content.Headers.ContentType?.MediaType).ShouldBe((HttpStatusCode.OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        var docx = await client.GetAsync(new Uri($"/api/v1/action-plans/{seeded.PlanId}/report.docx?lang=en", UriKind.Relative));
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri($"/api/v1/action-plans/{seeded.PlanId}/report.docx?lang=fr", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteActionPlanPagesTests(SqliteFixture fixture) : ActionPlanPagesTests<SqliteFixture>(fixture);
