using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary><c>/inventories/{id}/audit</c>: who, when (Taipei), what changed from what to what; paged and per source.</summary>
public abstract partial class AuditPageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task AuditPage_AfterAnUpdate_ShowsWhoWhenAndOldAndNewValues()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        app.Clock.Now = Seed.Time.AddMinutes(1);
        (await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventory.Id}", new { year = 2021, gwpSetId = "AR4" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Now = Seed.Time.AddMinutes(2);
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await world.Client.GetAsync(new Uri($"/inventories/{inventory.Id}/audit", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await PageForm.HtmlAsync(response);
        html.ShouldContain("<dt title=\"GwpSetId\">GWP 版本</dt>"); // the field's label, its recorded name as the title
        html.ShouldContain("<del>AR5</del>");
        html.ShouldContain("<ins>AR4</ins>");
        html.ShouldContain("<ins>林小姐</ins>"); // LockedByUserId, by name
        html.ShouldContain(">修改</td>");
        html.ShouldContain("<td>林小姐</td>");
        html.ShouldContain(Seed.Time.AddMinutes(1).ToOffset(TimeSpan.FromHours(8)).ToString("G", CultureInfo.GetCultureInfo("zh-TW")));
        html.IndexOf(">修改</td>", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf(">新增</td>", StringComparison.Ordinal)); // newest first
    }

    [Fact]
    public async Task AuditPage_ShowsKnownFieldsByTheirLabelInTheChosenLanguage_AndAnUnknownFieldByItsRawName()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(Seed.Time.AddMinutes(5)),
                InventoryYearId = inventory.Id,
                EntityType = nameof(ActivityEntry),
                EntityId = Guid.NewGuid(),
                Action = AuditAction.Update,
                At = Seed.Time.AddMinutes(5),
                OldValues = "{\"AmountPaidNtd\":1200,\"UnitPriceNtd\":3,\"SomeFutureField\":\"a\"}",
                NewValues = "{\"AmountPaidNtd\":1500,\"UnitPriceNtd\":3,\"SomeFutureField\":\"b\"}",
            });
            await db.SaveChangesAsync();
        }

        var path = new Uri($"/inventories/{inventory.Id}/audit", UriKind.Relative);
        var zh = await PageForm.HtmlAsync(await world.Client.GetAsync(path));
        world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var en = await PageForm.HtmlAsync(await world.Client.GetAsync(path));

        zh.ShouldContain("<dt title=\"AmountPaidNtd\">繳費金額（新臺幣）</dt>");
        zh.ShouldContain("<dt title=\"UnitPriceNtd\">單價（新臺幣）</dt>");
        zh.ShouldContain("<dt title=\"Year\">年度</dt>"); // the inventory's create
        en.ShouldContain("<dt title=\"AmountPaidNtd\">Amount paid (NT$)</dt>");
        en.ShouldContain("<dt title=\"Year\">Year</dt>");
        zh.ShouldContain("<dt title=\"SomeFutureField\">SomeFutureField</dt>");
        en.ShouldContain("<dt title=\"SomeFutureField\">SomeFutureField</dt>");
        zh.ShouldNotContain(">AmountPaidNtd</dt>");
    }

    [Fact]
    public async Task AuditPage_ManyEntries_IsPaged()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            db.AuditEntries.AddRange(Enumerable.Range(1, 30).Select(i => new AuditEntry
            {
                Id = Guid.CreateVersion7(Seed.Time.AddMinutes(i)),
                InventoryYearId = inventory.Id,
                EntityType = nameof(InventoryYear),
                EntityId = inventory.Id,
                Action = AuditAction.Update,
                At = Seed.Time.AddMinutes(i),
                OldValues = $"{{\"Year\":{2000 + i}}}",
                NewValues = $"{{\"Year\":{2001 + i}}}",
            }));
            await db.SaveChangesAsync();
        }

        var first = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/inventories/{inventory.Id}/audit", UriKind.Relative)));
        var second = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/inventories/{inventory.Id}/audit?page=2", UriKind.Relative)));

        Rows().Count(first).ShouldBe(25);
        Rows().Count(second).ShouldBe(6); // 30 seeded and the inventory's create
        first.ShouldContain("<ins>2031</ins>"); // the newest
        first.ShouldContain("第 1 頁，共 2 頁（31 筆）");
        first.ShouldContain($"href=\"/inventories/{inventory.Id}/audit?page=2\" rel=\"next\"");
        second.ShouldContain("<ins>2002</ins>"); // the oldest update
        second.ShouldContain($"href=\"/inventories/{inventory.Id}/audit?page=1\" rel=\"prev\"");
    }

    [Fact]
    public async Task AuditPage_WithSource_ShowsThatSourceAndItsEntriesOnly()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventory, diesel, power, entries) = await InventoryAuditTests<TFixture>.SeedAsync(world);

        var html = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/inventories/{inventory.Id}/audit?source={diesel.Id}", UriKind.Relative)));

        Rows().Count(html).ShouldBe(3);
        html.ShouldContain($"title=\"{diesel.Id}\"");
        html.ShouldContain($"title=\"{entries[0].Id}\"");
        html.ShouldContain($"title=\"{entries[1].Id}\"");
        html.ShouldNotContain($"title=\"{power.Id}\"");
        html.ShouldNotContain($"title=\"{entries[2].Id}\"");
        html.ShouldContain($"<option value=\"{diesel.Id}\" selected>");
    }

    [Theory]
    [InlineData(MembershipRole.Viewer, HttpStatusCode.OK)]
    [InlineData(MembershipRole.Editor, HttpStatusCode.OK)]
    [InlineData(MembershipRole.Verifier, HttpStatusCode.OK)]
    public async Task AuditPage_Member_Renders(MembershipRole role, HttpStatusCode expected)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        using var member = await world.MemberAsync(role);

        var response = await member.GetAsync(new Uri($"/inventories/{inventory.Id}/audit", UriKind.Relative));

        response.StatusCode.ShouldBe(expected);
        (await PageForm.HtmlAsync(response)).ShouldContain("aria-current=\"page\">稽核軌跡</a>");
    }

    [Fact]
    public async Task AuditAndLockPages_VerifierOfAnotherInventory_Are404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var verified = await world.CreateInventoryAsync(2021);
        var other = await world.CreateInventoryAsync(2022);
        using var client = await world.VerifierAsync(verified.Id);

        (await client.GetAsync(new Uri($"/inventories/{verified.Id}/audit", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri($"/inventories/{other.Id}/audit", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri($"/inventories/{other.Id}/lock", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Menu_OfAVerifier_HasNoOrganisationWidePages_WhileAMembersHasThem()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var verified = await world.CreateInventoryAsync(2021);
        using var client = await world.VerifierAsync(verified.Id);

        var verifierPage = await PageForm.HtmlAsync(await client.GetAsync(new Uri($"/inventories/{verified.Id}/audit", UriKind.Relative)));
        var ownerPage = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/inventories/{verified.Id}/audit", UriKind.Relative)));

        foreach (var link in new[] { "/planning/plans", "/planning/targets", "/meters", "/energy", "/meters/alerts", "/tariffs/plans" })
        {
            ownerPage.ShouldContain($"href=\"{link}\"");
            verifierPage.ShouldNotContain($"href=\"{link}\"");
            (await client.GetAsync(new Uri(link, UriKind.Relative))).StatusCode.ShouldNotBe(HttpStatusCode.OK, link);
        }

        verifierPage.ShouldContain("href=\"/inventories\"");
        (await client.GetAsync(new Uri("/api/v1/meters/alerts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync(new Uri("/api/v1/organisation/alert-webhook", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The energy dashboards are meter data too: the verifier gets 403 from the API and from the page (the role table).
        var facility = (await world.CreateFacilityAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        (await client.GetAsync(new Uri($"/api/v1/facilities/{facility}/energy", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync(new Uri($"/facilities/{facility}/energy", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await world.Client.GetAsync(new Uri($"/api/v1/facilities/{facility}/energy", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await world.Client.GetAsync(new Uri($"/facilities/{facility}/energy", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await world.Client.GetAsync(new Uri("/api/v1/meters/alerts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        verifierPage.ShouldContain("href=\"/organisation/members\""); // verifiers may see who is in the organisation (MembersApiTests)
    }

    [Fact]
    public async Task AuditPage_Post_IsMethodNotAllowed()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();

        var response = await world.Client.PostAsync(new Uri($"/inventories/{inventory.Id}/audit", UriKind.Relative), new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed); // [GetOnly]: no form, so no POST route
    }

    [GeneratedRegex("<time datetime=")]
    private static partial Regex Rows();
}
