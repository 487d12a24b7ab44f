using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Monitoring;
using Tanpan.Web.Features.Monitoring.Automation;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using Tanpan.Web.Tests.Features.Members;
using Tanpan.Web.Tests.Features.Meters;
using static Tanpan.Web.Tests.Features.Monitoring.MonitoringWorld;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>Detection queued by the ingest and run in the background; webhook deliveries with retries and backoff.</summary>
public abstract class AlertAutomationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Wednesday 2026-11-18 14:00–16:00 in Taipei, doubled.</summary>
    private static double Spike(DateTimeOffset local, double kwh) =>
        local.Date == new DateTime(2026, 11, 18) && local.Hour is 14 or 15 ? kwh * 2 : kwh;

    /// <summary>The history up to 2026-11-17 stored directly; what follows comes through the ingest.</summary>
    private static readonly long Cutoff = Taipei(2026, 11, 17, 0);

    private async Task<(MeterWorld World, Meter Meter, HttpClient Gateway)> GatewayPlantAsync(AccountsApp app)
    {
        var world = await MeterWorld.CreateAsync(app);
        var created = await world.CreateMeterAsync();
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var meter = await db.Meters.AsNoTracking().SingleAsync(m => m.Id == created.Id);
        await ReadingsAsync(fixture, meter, Plant(Spike).Where(r => r.Item1 <= Cutoff));
        return (world, meter, world.Gateway(await world.CreateKeyAsync()));
    }

    private static (string, string, double)[] Batch(Func<(long, double), bool> which) =>
        [.. Plant(Spike).Where(which).Select(r => ("主電表", MeterWorld.Taipei(r.Item1), r.Item2))];

    private async Task<int> AlertCountAsync(Guid organisationId)
    {
        await using var db = fixture.CreateContext(organisationId);
        return await db.MeterAlerts.CountAsync();
    }

    private async Task<List<MeterAlert>> WaitForAlertsAsync(Guid organisationId)
    {
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            await using var db = fixture.CreateContext(organisationId);
            if (await db.MeterAlerts.AsNoTracking().ToListAsync() is { Count: > 0 } alerts)
            {
                return alerts;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("no alert appeared");
    }

    [Fact]
    public async Task Ingest_BatchWithASpike_AnswersBeforeDetection_ThenTheAlertAppearsWithoutCallingDetect()
    {
        await using var app = new AccountsApp(fixture);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        app.Services.GetRequiredService<MeterDetectionRequests>().BeforeRun = async (_, ct) =>
        {
            Interlocked.Increment(ref runs);
            await gate.Task.WaitAsync(ct);
        };
        var (world, meter, gateway) = await GatewayPlantAsync(app);

        var (status, body, text) = await MeterWorld.PushAsync(gateway, Batch(r => r.Item1 > Cutoff));

        status.ShouldBe(HttpStatusCode.OK, text);
        body!.Accepted.ShouldBeGreaterThan(500);
        (await AlertCountAsync(world.World.OrganisationId)).ShouldBe(0); // answered while detection is held at the gate
        gate.SetResult();
        var alert = (await WaitForAlertsAsync(world.World.OrganisationId)).ShouldHaveSingleItem();
        (alert.Kind, alert.MeterId, alert.StartUtc, alert.EndUtc).ShouldBe(("high_use", meter.Id, Taipei(2026, 11, 18, 14), Taipei(2026, 11, 18, 16)));
        runs.ShouldBe(1);
    }

    [Fact]
    public async Task Ingest_ManyBatchesOfOneMeter_AreFoldedIntoOneRun_AndTheNextWaitsForTheDebounce()
    {
        await using var app = new AccountsApp(fixture);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        var requests = app.Services.GetRequiredService<MeterDetectionRequests>();
        requests.BeforeRun = async (_, ct) =>
        {
            Interlocked.Increment(ref runs);
            started.TrySetResult();
            await gate.Task.WaitAsync(ct);
        };
        var (world, _, gateway) = await GatewayPlantAsync(app);
        var rest = Batch(r => r.Item1 > Cutoff);

        (await MeterWorld.PushAsync(gateway, rest[..100])).Status.ShouldBe(HttpStatusCode.OK);
        await started.Task.WaitAsync(Patience); // the first run holds at the gate
        foreach (var chunk in rest[100..].Chunk(100))
        {
            (await MeterWorld.PushAsync(gateway, chunk)).Status.ShouldBe(HttpStatusCode.OK);
        }

        requests.Waiting.ShouldBe(1); // five more batches, one waiting run
        gate.SetResult();
        (await WaitForAlertsAsync(world.World.OrganisationId)).ShouldHaveSingleItem().Kind.ShouldBe("high_use"); // the run read what was committed by then
        await Task.Delay(TimeSpan.FromSeconds(2));
        runs.ShouldBe(1); // the waiting run is due 300 s (the default debounce) after the first
        requests.Waiting.ShouldBe(1);
    }

    [Fact]
    public async Task Detection_RunsAsTheRequestsOrganisation_AndNeverReadsOrWritesAnothers()
    {
        await using var app = new AccountsApp(fixture);
        var a = await InventoryWorld.CreateAsync(app);
        var b = await InventoryWorld.CreateAsync(app);
        var meterA = await MeterAsync(fixture, a.OrganisationId, (await a.CreateFacilityAsync<FacilityResponse>()).Id);
        var meterB = await MeterAsync(fixture, b.OrganisationId, (await b.CreateFacilityAsync<FacilityResponse>()).Id);
        await ReadingsAsync(fixture, meterA, Plant(Spike));
        await ReadingsAsync(fixture, meterB, Plant(Spike));
        await using (var db = fixture.CreateContext(b.OrganisationId))
        {
            db.MeterAlerts.Add(new MeterAlert
            {
                Id = Guid.CreateVersion7(), OrganisationId = b.OrganisationId, MeterId = meterB.Id, Kind = "high_use", StartUtc = Taipei(2026, 11, 18, 14),
                EndUtc = Taipei(2026, 11, 18, 15), Status = MeterAlertValues.Open, DetectedAt = Seed.Time,
            });
            await db.SaveChangesAsync();
        }

        // B's meter asked for under A's organisation first, then A's own.
        app.Services.GetRequiredService<MeterDetectionRequests>().Request(a.OrganisationId, [meterB.Id, meterA.Id]);

        (await WaitForAlertsAsync(a.OrganisationId)).ShouldHaveSingleItem().MeterId.ShouldBe(meterA.Id);
        await using var check = fixture.CreateContext(b.OrganisationId);
        var alertB = (await check.MeterAlerts.AsNoTracking().ToListAsync()).ShouldHaveSingleItem();
        alertB.EndUtc.ShouldBe(Taipei(2026, 11, 18, 15)); // not extended by A's run
    }

    [Fact]
    public async Task Shutdown_WhileARunIsHeld_StopsPromptly()
    {
        var app = new AccountsApp(fixture);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Services.GetRequiredService<MeterDetectionRequests>().BeforeRun = async (_, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        };
        var (_, _, gateway) = await GatewayPlantAsync(app);
        (await MeterWorld.PushAsync(gateway, Batch(r => r.Item1 > Cutoff)[..10])).Status.ShouldBe(HttpStatusCode.OK);
        await started.Task.WaitAsync(Patience);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Webhook_FailingTwice_IsRetriedAfterOneThenFiveMinutes_AndDeliveredSignedOnTheThirdAttempt()
    {
        await using var app = new AccountsApp(fixture) { WebhooksForDevelopment = true }; // loopback http receiver
        var world = await InventoryWorld.CreateAsync(app);
        var meter = await MeterAsync(fixture, world.OrganisationId, (await world.CreateFacilityAsync<FacilityResponse>()).Id);
        await ReadingsAsync(fixture, meter, Plant(Spike));
        using var listener = new FlakyListener(failures: 2);
        (await world.Client.PutAsJsonAsync("/api/v1/organisation/alert-webhook", new { url = listener.Url })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var secret = (await world.Client.GetFromJsonAsync<AlertWebhookResponse>("/api/v1/organisation/alert-webhook", AccountsApp.Json))!.Secret;
        secret.ShouldNotBeNull();
        var runner = app.Services.GetRequiredService<AlertDeliveryRunner>();
        var t0 = app.Clock.Now;

        (await DetectAsync(world)).Created.ShouldBe(1); // first attempt: 500
        var first = await DeliveryAsync(world.OrganisationId);
        (first.State, first.Attempts, first.LastStatus, first.NextAttemptUtc).ShouldBe(("pending", 1, 500, t0.ToUnixTimeSeconds() + 60));
        app.Clock.Now = t0.AddSeconds(59);
        await runner.DeliverDueAsync(CancellationToken.None);
        (await DeliveryAsync(world.OrganisationId)).Attempts.ShouldBe(1); // not due yet
        app.Clock.Now = t0.AddMinutes(1);
        await runner.DeliverDueAsync(CancellationToken.None); // second attempt: 500
        var second = await DeliveryAsync(world.OrganisationId);
        (second.State, second.Attempts, second.NextAttemptUtc).ShouldBe(("pending", 2, t0.AddMinutes(6).ToUnixTimeSeconds()));
        app.Clock.Now = t0.AddMinutes(6);
        await runner.DeliverDueAsync(CancellationToken.None); // third: 204

        var done = await DeliveryAsync(world.OrganisationId);
        (done.State, done.Attempts, done.LastStatus, done.DeliveredUtc, done.NextAttemptUtc).ShouldBe(("delivered", 3, 204, t0.AddMinutes(6).ToUnixTimeSeconds(), null));
        var requests = listener.Requests.ToList();
        requests.Select(r => (long.Parse(r.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), r.Answered)).ShouldBe([
            (t0.ToUnixTimeSeconds(), 500), (t0.AddMinutes(1).ToUnixTimeSeconds(), 500), (t0.AddMinutes(6).ToUnixTimeSeconds(), 204)]);
        requests.Select(r => r.Body).Distinct().ShouldHaveSingleItem().ShouldContain("meter_alerts.created");
        foreach (var r in requests)
        {
            r.Signature.ShouldBe(AlertDeliveryService.Sign(secret, long.Parse(r.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(r.Body)));
            r.Signature.ShouldNotBe(AlertDeliveryService.Sign(secret + "x", long.Parse(r.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(r.Body)));
        }
    }

    [Fact]
    public async Task Webhook_FailingEveryAttempt_EndsFailed_IsListedOnThePage_AndRetryNowDeliversIt()
    {
        await using var app = new AccountsApp(fixture) { WebhooksForDevelopment = true }; // loopback http receiver
        var world = await InventoryWorld.CreateAsync(app);
        var meter = await MeterAsync(fixture, world.OrganisationId, (await world.CreateFacilityAsync<FacilityResponse>()).Id);
        await ReadingsAsync(fixture, meter, Plant(Spike));
        using var listener = new FlakyListener(failures: 5);
        (await world.Client.PutAsJsonAsync("/api/v1/organisation/alert-webhook", new { url = listener.Url })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var runner = app.Services.GetRequiredService<AlertDeliveryRunner>();
        (await DetectAsync(world)).Created.ShouldBe(1);
        var t0 = app.Clock.Now;
        for (var i = 1; i < 5; i++)
        {
            app.Clock.Now = t0.AddHours(3 * i);
            await runner.DeliverDueAsync(CancellationToken.None);
        }

        app.Clock.Now = t0; // sessions would have expired

        var failed = await DeliveryAsync(world.OrganisationId);
        (failed.State, failed.Attempts, failed.NextAttemptUtc, listener.Requests.Count).ShouldBe(("failed", 5, null, 5));
        var listed = (await world.Client.GetFromJsonAsync<AlertDeliveriesPage>("/api/v1/organisation/alert-webhook/deliveries?state=failed", AccountsApp.Json))!;
        listed.Items.ShouldHaveSingleItem().Id.ShouldBe(failed.Id);
        var owner = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Owner));
        var client = await MembersPagesTests<TFixture>.PageClientAsync(app, owner);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/meters/alerts", UriKind.Relative)));
        page.ShouldContain("通知傳送紀錄");
        page.ShouldContain("HTTP 500");
        page.ShouldContain("失敗");

        var retried = await MembersPagesTests<TFixture>.PostAsync(client, "/meters/alerts", "delivery-retry", ("Retry.Command", failed.Id.ToString()));

        WebUtility.HtmlDecode(await retried.Content.ReadAsStringAsync()).ShouldContain("已重試：已送達");
        (await DeliveryAsync(world.OrganisationId)).State.ShouldBe("delivered");
        listener.Requests.Count.ShouldBe(6);
    }

    [Fact]
    public async Task RetryNow_OnAnotherOrganisationsDelivery_Is404AndSendsNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var other = await InventoryWorld.CreateAsync(app);
        Guid id;
        await using (var db = fixture.CreateContext(other.OrganisationId))
        {
            var delivery = new AlertDelivery { Id = Guid.CreateVersion7(), OrganisationId = other.OrganisationId, Payload = "{}", State = "failed", Attempts = 5, CreatedUtc = Now };
            db.AlertDeliveries.Add(delivery);
            await db.SaveChangesAsync();
            id = delivery.Id;
        }

        var world = await InventoryWorld.CreateAsync(app);

        (await world.Client.PostAsync(new Uri($"/api/v1/organisation/alert-webhook/deliveries/{id}/retry", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await world.Client.GetFromJsonAsync<AlertDeliveriesPage>("/api/v1/organisation/alert-webhook/deliveries", AccountsApp.Json))!.Total.ShouldBe(0);
        (await DeliveryAsync(other.OrganisationId)).Attempts.ShouldBe(5);
    }

    private static async Task<DetectionResponse> DetectAsync(InventoryWorld world)
    {
        var response = await world.Client.PostAsJsonAsync("/api/v1/meters/alerts/detect", new { }, AccountsApp.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DetectionResponse>(AccountsApp.Json))!;
    }

    private async Task<AlertDelivery> DeliveryAsync(Guid organisationId)
    {
        await using var db = fixture.CreateContext(organisationId);
        return await db.AlertDeliveries.AsNoTracking().SingleAsync();
    }
}

public sealed class SqliteAlertAutomationTests(SqliteFixture fixture) : AlertAutomationTests<SqliteFixture>(fixture);

public sealed class PostgresAlertAutomationTests(PostgresFixture fixture) : AlertAutomationTests<PostgresFixture>(fixture);
