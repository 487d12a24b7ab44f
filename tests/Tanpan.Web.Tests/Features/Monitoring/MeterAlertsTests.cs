using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Monitoring;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using Tanpan.Web.Tests.Features.Members;
using static Tanpan.Web.Tests.Features.Monitoring.MonitoringWorld;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>Detection over stored readings, the alert list with acknowledge/resolve (API and page), and the webhook.</summary>
public abstract class MeterAlertsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string Alerts = "/api/v1/meters/alerts";

    /// <summary>Wednesday 2026-11-18 14:00–16:00 in Taipei, doubled: inside the last 7 days before the clock's now.</summary>
    private static double Spike(DateTimeOffset local, double kwh) =>
        local.Date == new DateTime(2026, 11, 18) && local.Hour is 14 or 15 ? kwh * 2 : kwh;

    private async Task<(InventoryWorld World, Meter Meter)> PlantAsync(AccountsApp app, Func<DateTimeOffset, double, double>? change = null)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var meter = await MeterAsync(fixture, world.OrganisationId, facility.Id);
        await ReadingsAsync(fixture, meter, Plant(change));
        return (world, meter);
    }

    private static async Task<T> PostOkAsync<T>(InventoryWorld world, string path, object body)
    {
        var response = await world.Client.PostAsJsonAsync(path, body, AccountsApp.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(AccountsApp.Json))!;
    }

    [Fact]
    public async Task Detect_CleanPlant_RaisesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _) = await PlantAsync(app);

        var run = await PostOkAsync<DetectionResponse>(world, $"{Alerts}/detect", new { });

        run.ShouldBe(new DetectionResponse(1, 0, 0));
    }

    [Fact]
    public async Task Detect_FindsTheInjectedSpike_AndARerunAddsNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, meter) = await PlantAsync(app, Spike);

        var first = await PostOkAsync<DetectionResponse>(world, $"/api/v1/meters/{meter.Id}/alerts/detect", new { });
        var second = await PostOkAsync<DetectionResponse>(world, $"{Alerts}/detect", new { });

        first.Created.ShouldBe(1);
        second.Created.ShouldBe(0);
        var page = (await world.Client.GetFromJsonAsync<MeterAlertsPage>(Alerts, AccountsApp.Json))!;
        var alert = page.Items.ShouldHaveSingleItem();
        (alert.Kind, alert.MeterName, alert.Status).ShouldBe(("high_use", "主電表", "open"));
        alert.Start.ShouldBe(new DateTimeOffset(2026, 11, 18, 14, 0, 0, TimeSpan.FromHours(8)));
        alert.End.ShouldBe(new DateTimeOffset(2026, 11, 18, 16, 0, 0, TimeSpan.FromHours(8)));
        alert.Start.Offset.ShouldBe(TimeSpan.FromHours(8));
    }

    [Fact]
    public async Task Detect_ReadingsStopped_IsMissingDataUpToNow()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var meter = await MeterAsync(fixture, world.OrganisationId, facility.Id);
        var stop = Now - (5 * 3600);
        await ReadingsAsync(fixture, meter, Plant().Where(r => r.Item1 <= stop));

        await PostOkAsync<DetectionResponse>(world, $"{Alerts}/detect", new { });

        var alert = (await world.Client.GetFromJsonAsync<MeterAlertsPage>($"{Alerts}?status=open", AccountsApp.Json))!.Items.ShouldHaveSingleItem();
        alert.Kind.ShouldBe("missing_data");
        (alert.Start.ToUnixTimeSeconds(), alert.End.ToUnixTimeSeconds(), alert.Expected).ShouldBe((stop, Now, 20d));
    }

    [Fact]
    public async Task AcknowledgeThenResolve_KeepsWhoAndWhen_AndViewersCannot()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _) = await PlantAsync(app, Spike);
        await PostOkAsync<DetectionResponse>(world, $"{Alerts}/detect", new { });
        var id = (await world.Client.GetFromJsonAsync<MeterAlertsPage>(Alerts, AccountsApp.Json))!.Items[0].Id;
        using var viewer = await world.MemberAsync(MembershipRole.Viewer);

        (await viewer.PostAsync(new Uri($"{Alerts}/{id}/acknowledge", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.PostAsync(new Uri($"{Alerts}/detect", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var acknowledged = await PostOkAsync<MeterAlertResponse>(world, $"{Alerts}/{id}/acknowledge", new { });
        var resolved = await PostOkAsync<MeterAlertResponse>(world, $"{Alerts}/{id}/resolve", new { });

        (acknowledged.Status, acknowledged.AcknowledgedBy, acknowledged.AcknowledgedAt).ShouldBe(("acknowledged", "林小姐", Seed.Time));
        (resolved.Status, resolved.ResolvedBy, resolved.ResolvedAt).ShouldBe(("resolved", "林小姐", Seed.Time));
        (await world.Client.GetFromJsonAsync<MeterAlertsPage>($"{Alerts}?status=open", AccountsApp.Json))!.Total.ShouldBe(0);
        (await world.Client.GetAsync(new Uri($"{Alerts}?status=bogus", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Webhook_ReceivesNewAlertsAsJson()
    {
        await using var app = new AccountsApp(fixture) { WebhooksForDevelopment = true }; // loopback http receiver
        var (world, _) = await PlantAsync(app, Spike);
        using var listener = new LocalListener();
        (await world.Client.PutAsJsonAsync("/api/v1/organisation/alert-webhook", new { url = listener.Url })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await PostOkAsync<DetectionResponse>(world, $"{Alerts}/detect", new { });

        using var body = JsonDocument.Parse(await listener.ReceivedAsync());
        body.RootElement.GetProperty("event").GetString().ShouldBe("meter_alerts.created");
        var alert = body.RootElement.GetProperty("alerts").EnumerateArray().ShouldHaveSingleItem();
        alert.GetProperty("kind").GetString().ShouldBe("high_use");
        alert.GetProperty("meterName").GetString().ShouldBe("主電表");
    }

    [Fact]
    public async Task Webhook_Unreachable_IsLoggedNotFatal()
    {
        await using var app = new AccountsApp(fixture) { WebhooksForDevelopment = true }; // loopback http receiver
        var (world, _) = await PlantAsync(app, Spike);
        string closed;
        using (var gone = new LocalListener())
        {
            closed = gone.Url;
        }

        (await world.Client.PutAsJsonAsync("/api/v1/organisation/alert-webhook", new { url = closed })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await PostOkAsync<DetectionResponse>(world, $"{Alerts}/detect", new { })).Created.ShouldBe(1);
        (await world.Client.GetFromJsonAsync<MeterAlertsPage>(Alerts, AccountsApp.Json))!.Total.ShouldBe(1);
    }

    [Fact]
    public async Task Webhook_BadUrl_IsRefused_AndOnlyOwnersSetIt()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        using var editor = await world.MemberAsync(MembershipRole.Editor);

        (await world.Client.PutAsJsonAsync("/api/v1/organisation/alert-webhook", new { url = "ftp://example.tw/x" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await editor.PutAsJsonAsync("/api/v1/organisation/alert-webhook", new { url = "https://example.tw/x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await world.Client.GetFromJsonAsync<AlertWebhookResponse>("/api/v1/organisation/alert-webhook", AccountsApp.Json))!.Url.ShouldBeNull();
    }

    [Fact]
    public async Task Page_ListsTheAlert_AndTheAcknowledgeButtonRecordsWho()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _) = await PlantAsync(app, Spike);
        var owner = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Owner));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, owner);

        var detected = await MembersPagesTests<TFixture>.PostAsync(client, "/meters/alerts", "detect");
        var html = WebUtility.HtmlDecode(await detected.Content.ReadAsStringAsync());
        html.ShouldContain("已檢查 1 支電表：新增 1 則警示");
        html.ShouldContain("用量異常偏高");
        html.ShouldContain("2026-11-18 14:00 – 16:00");
        await using var db = fixture.CreateContext(world.OrganisationId);
        var id = (await db.MeterAlerts.SingleAsync()).Id;

        var acked = WebUtility.HtmlDecode(await (await MembersPagesTests<TFixture>.PostAsync(client, "/meters/alerts", "alert-action", ("Action.Command", $"ack:{id}"))).Content.ReadAsStringAsync());

        acked.ShouldContain("已確認警示。");
        acked.ShouldContain($"{owner.DisplayName} 於 2026-11-22 16:30 確認");
        await using var check = fixture.CreateContext(world.OrganisationId);
        (await check.MeterAlerts.SingleAsync()).AcknowledgedByUserId.ShouldBe(owner.Id);
    }

    [Fact]
    public async Task Page_ActionOnAnotherOrganisationsAlert_Is404AndChangesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (other, _) = await PlantAsync(app, Spike);
        await PostOkAsync<DetectionResponse>(other, $"{Alerts}/detect", new { });
        await using var db = fixture.CreateContext(other.OrganisationId);
        var id = (await db.MeterAlerts.SingleAsync()).Id;
        var world = await InventoryWorld.CreateAsync(app);
        var owner = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Owner));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, owner);
        await PostOkAsync<DetectionResponse>(world, $"{Alerts}/detect", new { }); // nothing of its own

        var response = await MembersPagesTests<TFixture>.PostAsync(client, "/meters/alerts", "alert-action", ("Action.Command", $"resolve:{id}"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var check = fixture.CreateContext(other.OrganisationId);
        (await check.MeterAlerts.SingleAsync()).Status.ShouldBe("open");
    }

    [Fact]
    public async Task Page_Webhook_BadUrl_ShowsTheFieldMessageInEnglish()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var owner = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Owner));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, owner);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var html = WebUtility.HtmlDecode(await (await MembersPagesTests<TFixture>.PostAsync(client, "/meters/alerts", "webhook", ("Webhook.Url", "not a url"))).Content.ReadAsStringAsync());

        html.ShouldContain("Enter a full URL starting with https://");
        html.ShouldContain("value=\"not a url\"");
    }
}

public sealed class SqliteMeterAlertsTests(SqliteFixture fixture) : MeterAlertsTests<SqliteFixture>(fixture);

public sealed class PostgresMeterAlertsTests(PostgresFixture fixture) : MeterAlertsTests<PostgresFixture>(fixture);
