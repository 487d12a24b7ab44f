using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Members;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Evidence;

/// <summary>The evidence page over HTTP: a multipart form with antiforgery uploads through the same service as the API.</summary>
public abstract class EvidencePageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Upload_ThroughThePageForm_IsListedWithADownloadLink()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, client) = await SetUpAsync(app);

        var response = await UploadAsync(client, w, EvidenceWorld.Pdf, "三月電費單.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Found); // post, redirect, get
        var html = await MembersPagesTests<TFixture>.PageAsync(client, Path(w));
        html.ShouldContain("三月電費單.pdf");
        html.ShouldContain($"/api/v1/inventories/{w.InventoryId}/evidence/");
        html.ShouldContain("aria-current=\"page\""); // the inventory steps, at 排放源
        html.ShouldContain("enctype=\"multipart/form-data\"");
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        (await db.EvidenceFiles.SingleAsync()).SizeBytes.ShouldBe(EvidenceWorld.Pdf.Length);
    }

    [Fact]
    public async Task Upload_WrongKindOrNoFile_ShowsTheMessageAndStoresNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, client) = await SetUpAsync(app);

        var wrong = WebUtility.HtmlDecode(await (await UploadAsync(client, w, [(byte)'M', (byte)'Z', 0, 0], "bill.pdf")).Content.ReadAsStringAsync());
        var none = WebUtility.HtmlDecode(await (await UploadAsync(client, w, null, "")).Content.ReadAsStringAsync());

        wrong.ShouldContain("不支援的檔案類型");
        none.ShouldContain("請選擇要上傳的檔案。");
        w.NewEntries().ShouldBeEmpty();
        await using var db = fixture.CreateContext(w.World.OrganisationId);
        (await db.EvidenceFiles.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_TooLarge_ShowsTheLimitInEnglish()
    {
        await using var app = new AccountsApp(fixture) { EvidenceMaxBytes = 1024 };
        var (w, client) = await SetUpAsync(app);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var bytes = new byte[2048];
        EvidenceWorld.Pdf.CopyTo(bytes, 0);

        var html = WebUtility.HtmlDecode(await (await UploadAsync(client, w, bytes, "big.pdf")).Content.ReadAsStringAsync());

        html.ShouldContain("The file is too large");
        w.NewEntries().ShouldBeEmpty();
    }

    [Fact]
    public async Task Viewer_SeesTheListButNoUploadOrDelete()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, _) = await SetUpAsync(app);
        await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");
        var viewer = await app.SeedUserAsync(false, (w.World.OrganisationId, MembershipRole.Viewer));
        using var client = await MembersPagesTests<TFixture>.PageClientAsync(app, viewer);

        var html = await MembersPagesTests<TFixture>.PageAsync(client, Path(w));

        html.ShouldContain("bill.pdf");
        html.ShouldNotContain("upload-evidence");
        html.ShouldNotContain("name=\"DeleteId\"");
    }

    [Fact]
    public async Task Delete_ThroughThePage_RemovesRowAndFile()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, client) = await SetUpAsync(app);
        var created = await w.UploadOkAsync(EvidenceWorld.Pdf, "bill.pdf");

        var response = await MembersPagesTests<TFixture>.PostAsync(client, Path(w), "delete-evidence", ("DeleteId", created.Id.ToString()), ("__confirmed", "yes"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("尚無佐證文件。");
        w.NewEntries().ShouldBeEmpty();
    }

    [Fact]
    public async Task UnknownEntry_Is404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (w, client) = await SetUpAsync(app);

        var response = await client.GetAsync(new Uri($"/inventories/{w.InventoryId}/sources/{w.SourceId}/activity/{Guid.NewGuid()}/evidence", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Path(EvidenceWorld w) => $"/inventories/{w.InventoryId}/sources/{w.SourceId}/activity/{w.EntryId}/evidence";

    private static async Task<(EvidenceWorld World, HttpClient Client)> SetUpAsync(AccountsApp app)
    {
        var w = await EvidenceWorld.CreateAsync(app);
        var owner = await app.SeedUserAsync(false, (w.World.OrganisationId, MembershipRole.Owner));
        return (w, await MembersPagesTests<TFixture>.PageClientAsync(app, owner));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, EvidenceWorld w, byte[]? bytes, string fileName)
    {
        var page = await client.GetStringAsync(new Uri(Path(w), UriKind.Relative));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.Token(page)), Antiforgery.FieldName },
            { new StringContent("upload-evidence"), "_handler" },
        };
        if (bytes is not null)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", fileName);
        }

        return await client.PostAsync(new Uri(Path(w), UriKind.Relative), form);
    }
}

public sealed class SqliteEvidencePageTests(SqliteFixture fixture) : EvidencePageTests<SqliteFixture>(fixture);

public sealed class PostgresEvidencePageTests(PostgresFixture fixture) : EvidencePageTests<PostgresFixture>(fixture);
