using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// No lost updates (issue 16 item 4; docs/api.md "Versions and lost updates"): two people open the same entry; the
/// second save, based on the version both read, is refused (API 412 with the current representation and who changed
/// it; page 409 with both versions), and reapplying on top of the current version works.
/// </summary>
public abstract class ConcurrencyTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task PutEntry_WithTheETagAnotherSaveReplaced_Answers412WithCurrentValuesAndWhoChangedIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, path, _) = await EntryAsync(app);
        using var other = await EditorAsync(app, world, "王會計");
        var first = await world.Client.GetAsync(new Uri(path, UriKind.Relative));
        var read = first.Headers.ETag!.Tag;
        read.ShouldBe("\"1\"");

        app.Clock.Now = Seed.Time.AddHours(2);   // 2026-11-22 10:30 UTC = 18:30 in Taipei (UTC+8)
        var theirs = await PutAsync(other, path, read, 900m);
        theirs.StatusCode.ShouldBe(HttpStatusCode.OK);
        theirs.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var mine = await PutAsync(world.Client, path, read, 1500m);

        mine.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        mine.Headers.ETag!.Tag.ShouldBe("\"2\"");
        using var problem = JsonDocument.Parse(await mine.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        root.GetProperty("current").GetProperty("amount").GetDecimal().ShouldBe(900m);
        root.GetProperty("currentETag").GetString().ShouldBe("\"2\"");
        root.GetProperty("changedBy").GetString().ShouldBe("王會計");
        root.GetProperty("changedAt").GetString().ShouldBe("2026-11-22T18:30:00+08:00");
        root.GetProperty("title").GetString()!.ShouldContain("「王會計」於 2026-11-22 18:30:00（臺北時間）修改");
        root.GetProperty("detail").GetString()!.ShouldContain("changed by 王會計 at 2026-11-22 18:30:00 (Taipei time)");
        (await AmountAsync(world)).ShouldBe(900m);   // the stale write changed nothing

        var reapplied = await PutAsync(world.Client, path, root.GetProperty("currentETag").GetString()!, 1500m);
        reapplied.StatusCode.ShouldBe(HttpStatusCode.OK);
        reapplied.Headers.ETag!.Tag.ShouldBe("\"3\"");
        (await AmountAsync(world)).ShouldBe(1500m);
    }

    [Fact]
    public async Task GetEntry_IfNoneMatchTheCurrentETag_Answers304AndAfterAChange200()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, path, _) = await EntryAsync(app);
        var tag = (await world.Client.GetAsync(new Uri(path, UriKind.Relative))).Headers.ETag!.Tag;

        using var same = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "If-None-Match", tag } } };
        (await world.Client.SendAsync(same)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        (await PutAsync(world.Client, path, null, 1m)).StatusCode.ShouldBe(HttpStatusCode.OK);   // no If-Match: the write proceeds
        using var changed = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "If-None-Match", tag } } };
        var response = await world.Client.SendAsync(changed);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
    }

    [Fact]
    public async Task DeleteEntry_WithAStaleIfMatch_IsRefusedAndWithTheCurrentOneDeletes()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, path, _) = await EntryAsync(app);
        (await PutAsync(world.Client, path, "\"1\"", 2m)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var stale = new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { { "If-Match", "\"1\"" } } };
        (await world.Client.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await AmountAsync(world)).ShouldBe(2m);

        using var weak = new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { { "If-Match", "W/\"2\"" } } };
        (await world.Client.SendAsync(weak)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);   // If-Match compares strongly (RFC 9110 §13.1.1)

        using var current = new HttpRequestMessage(HttpMethod.Delete, path) { Headers = { { "If-Match", "\"2\"" } } };
        (await world.Client.SendAsync(current)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task PutSourceFacilityInventoryAndProfile_WithAStaleETag_Answer412()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _, (inventory, facility, source)) = await EntryAsync(app);
        // Each resource: a first body that changes it (version 1 → 2), then a second one sent with the ETag of version 1.
        var cases = new (string Path, object First, object Second)[]
        {
            ($"/api/v1/inventories/{inventory.Id}/sources/{source.Id}", new { facilityId = facility.Id, process = "冷卻水塔", sourceType = "外購電力", material = "外購電力" },
                new { facilityId = facility.Id, process = "照明", sourceType = "外購電力", material = "外購電力" }),
            ($"/api/v1/facilities/{facility.Id}", new { name = "二廠" }, new { name = "三廠" }),
            ($"/api/v1/inventories/{inventory.Id}", new { year = 2022, boundary = "OperationalControl" }, new { year = 2023, boundary = "OperationalControl" }),
            ("/api/v1/organisation", new { name = "新名稱股份有限公司" }, new { name = "另一名稱股份有限公司" }),
        };
        foreach (var (path, first, second) in cases)
        {
            var tag = (await world.Client.GetAsync(new Uri(path, UriKind.Relative))).Headers.ETag!.Tag;
            var saved = await SendAsync(world.Client, HttpMethod.Put, path, tag, first);
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            saved.Headers.ETag!.Tag.ShouldNotBe(tag, path);
            var stale = await SendAsync(world.Client, HttpMethod.Put, path, tag, second);
            stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed, path);
            var unchanged = await world.Client.GetAsync(new Uri(path, UriKind.Relative));
            unchanged.Headers.ETag!.Tag.ShouldBe(saved.Headers.ETag!.Tag, path);   // the refused write changed nothing
        }
    }

    [Fact]
    public async Task EntryForm_SecondPostFromTheSameVersion_Answers409WithBothVersionsAndReapplyWorks()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _, (inventory, _, source)) = await EntryAsync(app);
        using var other = await EditorAsync(app, world, "王會計");
        await using var db0 = fixture.CreateContext(world.OrganisationId);
        var entryId = (await db0.ActivityEntries.SingleAsync()).Id;
        var page = $"/inventories/{inventory.Id}/sources/{source.Id}?entry={entryId}";
        var mineHtml = await HtmlAsync(world.Client, page);   // both open the edit form at version 1
        mineHtml.ShouldContain("name=\"Entry.Version\" value=\"1\"");
        var theirsHtml = await HtmlAsync(other, page);

        app.Clock.Now = Seed.Time.AddHours(2);
        (await PostFormAsync(other, page, theirsHtml, entryId, "1", "900")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await PostFormAsync(world.Client, page, mineHtml, entryId, "1", "1500");

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        html.ShouldContain("這筆資料已被其他人修改");
        html.ShouldContain("「王會計」於 2026-11-22 18:30:00（臺北時間）修改了這筆資料");
        html.ShouldContain("<td class=\"yours\">1500</td><td class=\"current\">900</td>");
        html.ShouldContain("name=\"Entry.Version\" value=\"2\"");   // the form now carries the current version
        html.ShouldContain("以我的值覆蓋目前版本");
        (await AmountAsync(world)).ShouldBe(900m);

        var reapply = await PostFormAsync(world.Client, page, html, entryId, "2", "1500");
        reapply.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AmountAsync(world)).ShouldBe(1500m);
    }

    [Fact]
    public async Task MonthGrid_PostFromBeforeAnotherSaveOfThatMonth_Answers409AndReapplyWorks()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, entryPath, (inventory, _, source)) = await EntryAsync(app);
        using var other = await EditorAsync(app, world, "王會計");
        var page = $"/inventories/{inventory.Id}/sources/{source.Id}";
        var html = await HtmlAsync(world.Client, page);
        html.ShouldContain("name=\"Grid.Rows[2].Version\" value=\"1\"");   // March 2021, the third month of the period, has version 1

        app.Clock.Now = Seed.Time.AddHours(2);
        (await PutAsync(other, entryPath, "\"1\"", 900m)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await PostGridAsync(world.Client, page, html, "1", "1500");

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        shown.ShouldContain("「王會計」於 2026-11-22 18:30:00（臺北時間）修改了這筆資料");
        shown.ShouldContain("<td class=\"yours\">1500 度</td><td class=\"current\">900 度</td>");
        shown.ShouldContain("name=\"Grid.Rows[0].Version\" value=\"2\"");   // the posted row, now at the current version
        (await AmountAsync(world)).ShouldBe(900m);

        (await PostGridAsync(world.Client, page, shown, "2", "1500")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AmountAsync(world)).ShouldBe(1500m);
    }

    [Fact]
    public async Task FacilityForm_SecondPostFromTheSameVersion_Answers409WithBothNames()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _, (_, facility, _)) = await EntryAsync(app);
        using var other = await EditorAsync(app, world, "王會計");
        var page = $"/organisation/facilities/{facility.Id}";
        var mine = await HtmlAsync(world.Client, page);
        var theirs = await HtmlAsync(other, page);

        (await PostFacilityAsync(other, page, theirs, "1", "二廠")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await PostFacilityAsync(world.Client, page, mine, "1", "三廠");

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        shown.ShouldContain("<td class=\"yours\">三廠</td><td class=\"current\">二廠</td>");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Facilities.SingleAsync()).Name.ShouldBe("二廠");
    }

    private static Task<HttpResponseMessage> PostFacilityAsync(HttpClient client, string page, string html, string version, string name) =>
        client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(
        [
            F("__RequestVerificationToken", AntiforgeryField(html)), F("_handler", "facility"), F("Input.Version", version), F("Input.Name", name),
        ]));

    private static Task<HttpResponseMessage> PostGridAsync(HttpClient client, string page, string html, string version, string amount) =>
        client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(
        [
            // Only March is posted (as the grid's first row: form lists bind from index 0).
            F("__RequestVerificationToken", AntiforgeryField(html)), F("_handler", "month-grid"), F("Grid.Rows[0].Year", "2021"), F("Grid.Rows[0].Month", "3"),
            F("Grid.Rows[0].Version", version), F("Grid.Rows[0].Amount", amount), F("Grid.Rows[0].Unit", "度"),
        ]));

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string html, Guid entryId, string version, string amount) =>
        client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(
        [
            F("__RequestVerificationToken", AntiforgeryField(html)), F("_handler", "entry"), F("Entry.EntryId", entryId.ToString()), F("Entry.Version", version),
            F("Entry.Year", "2021"), F("Entry.Month", "3"), F("Entry.Amount", amount), F("Entry.Unit", "度"), F("Entry.Method", ""), F("Entry.Note", ""),
        ]));

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string path, string? ifMatch, decimal amount) =>
        SendAsync(client, HttpMethod.Put, path, ifMatch, new { year = 2021, month = 3, amount, unit = "度" });

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? ifMatch, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: AccountsApp.Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private async Task<decimal> AmountAsync(InventoryWorld world)
    {
        await using var db = fixture.CreateContext(world.OrganisationId);
        return (await db.ActivityEntries.SingleAsync()).Amount;
    }

    private async Task<HttpClient> EditorAsync(AccountsApp app, InventoryWorld world, string name)
    {
        var user = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Editor));
        user.DisplayName = name;
        await using (var db = fixture.CreateContext())
        {
            db.Users.Update(user);
            await db.SaveChangesAsync();
        }

        return await app.SignedInClientAsync(user);
    }

    private static async Task<(InventoryWorld World, string EntryPath, (InventoryResponse Inventory, FacilityResponse Facility, SourceResponse Source) Rows)> EntryAsync(
        AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync(2021);
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, process = "空壓機", sourceType = "外購電力", material = "外購電力" });
        var entry = await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 3, amount = 1200, unit = "度" });
        return (world, $"/api/v1/inventories/{inventory.Id}/sources/{source.Id}/activity/{entry.Id}", (inventory, facility, source));
    }
}

public sealed class SqliteConcurrencyTests(SqliteFixture fixture) : ConcurrencyTests<SqliteFixture>(fixture);

public sealed class PostgresConcurrencyTests(PostgresFixture fixture) : ConcurrencyTests<PostgresFixture>(fixture);
