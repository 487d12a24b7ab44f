using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Members;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>The import page over HTTP: upload → preview → commit through the same service as the API.</summary>
public abstract class ImportPageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task UploadThenCommit_ShowsThePlanThenImportsTheFile()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, client) = await CreateAsync(app, MembershipRole.Owner);
        var sources = await MembersPagesTests<TFixture>.PageAsync(client, $"/inventories/{w.InventoryId}/sources");
        sources.ShouldContain($"href=\"/inventories/{w.InventoryId}/import\"");

        var preview = await UploadAsync(client, w, ImportWorld.Sample("seed001-example-2021-big5.csv"), "種子001.csv");

        preview.ShouldContain("aria-current=\"page\">排放源與活動數據</a>");
        preview.ShouldContain("檔案 種子001.csv（CSV Big5）：8 列資料。");
        preview.ShouldContain("新增廠區：示範工廠");
        preview.ShouldContain("新增活動數據：8");
        (await w.StateAsync(fixture)).Entries.ShouldBe(0);
        Directory.GetFiles(app.ImportPath, "*", SearchOption.AllDirectories).ShouldHaveSingleItem(); // kept for the commit

        var key = Field(preview, "Key");
        var (jobPage, jobPath) = await PostCommitAsync(client, w, preview, key);

        jobPath.ShouldStartWith($"/inventories/{w.InventoryId}/import/jobs/"); // redirected to the job's page
        jobPage.ShouldContain("<progress id=\"import-progress\"");
        var done = await ImportWorld.WaitAsync(async () => await MembersPagesTests<TFixture>.PageAsync(client, jobPath), html => !html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));
        done.ShouldContain("已匯入：新增 8 筆、變更 0 筆、未變更 0 筆。");
        (await w.StateAsync(fixture)).Entries.ShouldBe(8);
        Directory.GetFiles(app.ImportPath, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        (await PostCommitAsync(client, w, preview, key)).Html.ShouldContain("上傳的檔案已過期"); // a second commit finds nothing
        (await w.StateAsync(fixture)).Entries.ShouldBe(8);
    }

    /// <summary>
    /// Issue 15 item 6: a file whose year of electricity overlaps a hand-typed January and which names a facility the
    /// organisation does not have. Committing without either decision shows both messages at once, each next to its
    /// own field (the overlap choice, the facilities' check box), and imports nothing.
    /// </summary>
    [Fact]
    public async Task Commit_WithoutOverlapChoiceOrFacilityConfirmation_ShowsEachMessageNextToItsFieldAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, client) = await CreateAsync(app, MembershipRole.Owner);
        var facility = await w.World.CreateFacilityAsync<Tanpan.Web.Features.Inventories.FacilityResponse>();
        var source = await w.World.CreateSourceAsync(w.InventoryId, new { facilityId = facility.Id, process = "公用", sourceType = "外購電力", material = "外購電力" });
        await w.World.CreateActivityAsync(w.InventoryId, source.Id, new { year = 2021, month = 1, amount = 1000, unit = "度" });
        var file = "廠區,排放型式,原燃物料,製程,活動數據,單位,年度\n示範工廠,外購電力,外購電力,公用,15000,度,2021\n第二工廠,外購電力,外購電力,公用,800,度,2021\n";

        var preview = await UploadAsync(client, w, Encoding.UTF8.GetBytes(file), "2021.csv");
        var content = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field(preview, "__RequestVerificationToken"), ["_handler"] = "import-commit", ["Key"] = Field(preview, "Key"),
            ["FileName"] = "2021.csv", ["Rows"] = "2", ["FacilityCount"] = "1", ["OverlapCount"] = "1",
        };
        var response = await client.PostAsync(new Uri($"/inventories/{w.InventoryId}/import", UriKind.Relative), new FormUrlEncodedContent(content));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        preview.ShouldContain("第二工廠");   // the preview names the facility to be created before anything is
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldMatch(@"id=""overlap-error"">[^<]*取代既有數據");
        html.ShouldMatch(@"id=""confirm-facilities-error"">[^<]*本組織沒有的廠區");
        html.ShouldNotContain("<p class=\"error\" role=\"alert\">");   // nothing gathered at the top
        var state = await w.StateAsync(fixture);
        (state.Facilities, state.Entries).ShouldBe((1, 1));
        foreach (var kept in Directory.GetFiles(app.ImportPath, "*", SearchOption.AllDirectories))
        {
            File.Delete(kept);   // the upload waits an hour for a commit; the other tests count the folder's files
        }
    }

    [Fact]
    public async Task Upload_BadRows_InEnglish_ListsEveryProblemAndOffersNoCommit()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, client) = await CreateAsync(app, MembershipRole.Editor);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var csv = "facility,source_type,material,activity,unit,year,month\n甲廠,stationary,diesel,1,kg,2021,1\n甲廠,stationary,diesel,x,L,2021,2\n";

        var html = await UploadAsync(client, w, Encoding.UTF8.GetBytes(csv), "bad.csv");

        html.ShouldContain("Problems (2)");
        html.ShouldContain("<td class=\"number\">2</td><td>unit</td>");
        html.ShouldContain("<td class=\"number\">3</td><td>activity</td><td>activity 'x' is not a number</td>");
        html.ShouldNotContain("name=\"Key\"");
        (await w.StateAsync(fixture)).Entries.ShouldBe(0);
        Directory.GetFiles(app.ImportPath, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Viewer_GetsTemplatesButNoUploadForm()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, client) = await CreateAsync(app, MembershipRole.Viewer);

        var html = await MembersPagesTests<TFixture>.PageAsync(client, $"/inventories/{w.InventoryId}/import");

        html.ShouldContain($"/api/v1/inventories/{w.InventoryId}/import/template.xlsx");
        html.ShouldNotContain("import-upload");
        html.ShouldContain("您的角色只能檢視");
    }

    private static async Task<(ImportWorld World, HttpClient Client)> CreateAsync(AccountsApp app, MembershipRole role)
    {
        var w = await ImportWorld.CreateAsync(app);
        var user = await app.SeedUserAsync(false, (w.World.OrganisationId, role));
        return (w, await MembersPagesTests<TFixture>.PageClientAsync(app, user));
    }

    private static async Task<string> UploadAsync(HttpClient client, ImportWorld w, byte[] bytes, string fileName)
    {
        var path = $"/inventories/{w.InventoryId}/import";
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Field(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new StringContent("import-upload"), "_handler" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Regex.Replace(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), @">\s+<", "><");
    }

    /// <summary>Posts the commit form; the page it ends on (after the redirect to the job's page) and its path.</summary>
    private static async Task<(string Html, string Path)> PostCommitAsync(HttpClient client, ImportWorld w, string page, string key)
    {
        var content = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field(page, "__RequestVerificationToken"), ["_handler"] = "import-commit", ["Key"] = key, ["FileName"] = "種子001.csv",
            ["Rows"] = "8", ["FacilityCount"] = "1", ["ConfirmFacilities"] = "true",
        };
        var response = await client.PostAsync(new Uri($"/inventories/{w.InventoryId}/import", UriKind.Relative), new FormUrlEncodedContent(content));
        if (response.StatusCode == HttpStatusCode.Found)
        {
            var location = response.Headers.Location!;
            var path = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            return (await MembersPagesTests<TFixture>.PageAsync(client, path), path);
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), "");
    }

    private static string Field(string html, string name)
    {
        var marker = $"name=\"{name}\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no field {name}");
        start += marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}

public sealed class SqliteImportPageTests(SqliteFixture fixture) : ImportPageTests<SqliteFixture>(fixture);

public sealed class PostgresImportPageTests(PostgresFixture fixture) : ImportPageTests<PostgresFixture>(fixture);
