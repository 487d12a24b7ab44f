using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Meters;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// No lost updates on the remaining edit pages (issue 16 item 4): the inventory settings, organisation profile and meter
/// forms carry the row's version in a hidden field; a second save from the version another person already replaced answers
/// 409 with the typed value next to the saved one (in Chinese labels, no internal key) and changes nothing; the form then
/// carries the current version, so saving again applies the typed values on top.
/// </summary>
public abstract class EditFormConflictTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task InventorySettingsForm_SecondPostFromTheSameVersion_Answers409WithBothBoundaries()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync(2021);
        using var other = await EditorAsync(app, world.OrganisationId);
        var page = $"/inventories/{inventory.Id}";
        var mine = await HtmlAsync(world.Client, page);
        var theirs = await HtmlAsync(other, page);
        mine.ShouldContain("name=\"Input.Version\" value=\"1\"");

        (await PostAsync(other, page, theirs, "inventory-settings", Settings(inventory, "1", "FinancialControl"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await PostAsync(world.Client, page, mine, "inventory-settings", Settings(inventory, "1", "OperationalControl"));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        shown.ShouldContain("<td class=\"yours\">營運控制權法</td><td class=\"current\">財務控制權法</td>");
        shown.ShouldNotContain("OperationalControl</td>");
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            (await db.InventoryYears.SingleAsync()).Boundary.ShouldBe(BoundaryApproach.FinancialControl);
        }

        (await PostAsync(world.Client, page, shown, "inventory-settings", Settings(inventory, "2", "OperationalControl"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var after = fixture.CreateContext(world.OrganisationId);
        (await after.InventoryYears.SingleAsync()).Boundary.ShouldBe(BoundaryApproach.OperationalControl);
    }

    [Fact]
    public async Task ProfileForm_SecondPostFromTheSameVersion_Answers409WithBothNames()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        using var other = await EditorAsync(app, world.OrganisationId);
        var mine = await HtmlAsync(world.Client, "/organisation");
        var theirs = await HtmlAsync(other, "/organisation");
        var version = VersionIn(mine);

        (await PostAsync(other, "/organisation", theirs, "profile", [F("Input.Version", version), F("Input.Name", "林課長改的名稱")])).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await PostAsync(world.Client, "/organisation", mine, "profile", [F("Input.Version", version), F("Input.Name", "我改的名稱")]);

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        shown.ShouldContain("<td class=\"yours\">我改的名稱</td><td class=\"current\">林課長改的名稱</td>");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.Organisations.SingleAsync()).Name.ShouldBe("林課長改的名稱");
    }

    [Fact]
    public async Task MeterForm_SecondPostFromTheSameVersion_Answers409WithBothNamesAndLabelledChoices()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync("主電表");
        using var other = await EditorAsync(app, world.World.OrganisationId);
        var page = $"/meters/{meter.Id}";
        var mine = await HtmlAsync(world.Client, page);
        var theirs = await HtmlAsync(other, page);
        mine.ShouldContain("<option value=\"electricity\" selected>電力</option>");

        (await PostAsync(other, page, theirs, "meter", Meter(world, "1", "空壓機電表"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await PostAsync(world.Client, page, mine, "meter", Meter(world, "1", "冰水機電表"));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var shown = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        shown.ShouldContain("<td class=\"yours\">冰水機電表</td><td class=\"current\">空壓機電表</td>");
        shown.ShouldContain("<td class=\"yours\">電力</td><td class=\"current\">電力</td>");
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.Meters.SingleAsync()).Name.ShouldBe("空壓機電表");
    }

    private static KeyValuePair<string, string>[] Settings(InventoryResponse inventory, string version, string boundary) =>
    [
        F("Input.Version", version), F("Input.Year", "2021"), F("Input.Boundary", boundary),
        F("Input.PeriodStart", inventory.PeriodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        F("Input.PeriodEnd", inventory.PeriodEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        F("Input.FactorSetId", inventory.FactorSetId), F("Input.GwpSetId", inventory.GwpSetId),
    ];

    private static KeyValuePair<string, string>[] Meter(MeterWorld world, string version, string name) =>
    [
        F("Input.Version", version), F("Input.FacilityId", world.Facility.Id.ToString()), F("Input.Name", name), F("Input.EnergyType", "electricity"),
        F("Input.Unit", "kWh"), F("Input.Kind", "interval"), F("Input.IntervalMinutes", "15"),
    ];

    private static string VersionIn(string html)
    {
        const string Marker = "name=\"Input.Version\" value=\"";
        var at = html.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        return html[at..html.IndexOf('"', at)];
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string html, string handler, KeyValuePair<string, string>[] fields) =>
        client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(
            [F("__RequestVerificationToken", AntiforgeryField(html)), F("_handler", handler), .. fields]));

    private async Task<HttpClient> EditorAsync(AccountsApp app, Guid organisationId)
    {
        var user = await app.SeedUserAsync(false, (organisationId, MembershipRole.Editor));
        user.DisplayName = "林課長";
        await using (var db = fixture.CreateContext())
        {
            db.Users.Update(user);
            await db.SaveChangesAsync();
        }

        return await app.SignedInClientAsync(user);
    }
}

public sealed class SqliteEditFormConflictTests(SqliteFixture fixture) : EditFormConflictTests<SqliteFixture>(fixture);

public sealed class PostgresEditFormConflictTests(PostgresFixture fixture) : EditFormConflictTests<PostgresFixture>(fixture);
