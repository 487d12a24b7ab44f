using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using static Tanpan.Web.Tests.Features.Meters.MeterWorld;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>
/// Meter data that cannot poison (issue 16): implausible readings are quarantined with their reason, the rest of the
/// batch is stored, the month's activity is written, and every page and figure derived from what passed still works.
/// The app's clock is <see cref="Seed.Time"/> (2026-11-22T08:30Z), so the latest time allowed is 2026-11-23T08:30Z.
/// </summary>
public abstract class MeterPlausibilityTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static async Task<(MeterWorld World, MeterResponse Meter, HttpClient Gateway, Guid InventoryId, Guid SourceId)> LinkedAsync(AccountsApp app, int year = 2025)
    {
        var world = await MeterWorld.CreateAsync(app);
        var inventory = await world.World.CreateInventoryAsync(year);
        var source = await world.World.CreateSourceAsync(inventory.Id, new { facilityId = world.Facility.Id, sourceType = "外購電力", material = "外購電力" });
        var meter = await world.CreateMeterAsync(sourceId: source.Id);
        return (world, meter, world.Gateway(await world.CreateKeyAsync()), inventory.Id, source.Id);
    }

    /// <summary>Every page and API a meter's data feeds answers 200 (the probe's 500s: dashboard, meter page, facility energy).</summary>
    private static async Task PagesRenderAsync(MeterWorld world, Guid meterId, string date)
    {
        foreach (var path in (string[])[$"/meters/{meterId}", "/meters", $"/meters/{meterId}/dashboard?date={date}", $"/facilities/{world.Facility.Id}/energy?date={date}",
            $"/meters/{meterId}/dashboard", $"/api/v1/meters/{meterId}/dashboard?date={date}", $"/api/v1/facilities/{world.Facility.Id}/energy?date={date}", "/meters/alerts"])
        {
            var response = await world.Client.GetAsync(new Uri(path, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }

        (await world.Client.PostAsJsonAsync("/api/v1/meters/alerts/detect", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Batch_WithOne1e30Reading_StoresTheRest_QuarantinesItWithItsReason_AndTheMonthIsStillWritten()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, meter, gateway, inventoryId, sourceId) = await LinkedAsync(app);

        var first = await PushAsync(gateway, (meter.Name, "2025-03-01T00:15:00+08:00", 1), (meter.Name, "2025-03-01T00:30:00+08:00", 1e30), (meter.Name, "2025-03-01T00:45:00+08:00", 2));
        var later = await PushAsync(gateway, (meter.Name, "2025-03-02T00:15:00+08:00", 4)); // the probe: every later batch of the month answered 500
        var retried = await PushAsync(gateway, (meter.Name, "2025-03-01T00:30:00+08:00", 1e30));

        first.Status.ShouldBe(HttpStatusCode.OK, first.Text);
        (first.Body!.Received, first.Body.Accepted, first.Body.Quarantined).ShouldBe((2, 2, 1));
        var kept = first.Body.Quarantine.ShouldNotBeNull().ShouldHaveSingleItem();
        (kept.Index, kept.MeterId, kept.Value, kept.Reason).ShouldBe((1, meter.Id, "1E+30", "value_above_bound"));
        kept.English.ShouldBe("The value is above this meter's plausible maximum of 1E+12.");
        kept.Chinese.ShouldBe("讀數超過此電表的合理上限 1E+12。");
        first.Body.Activity.ShouldHaveSingleItem().Amount.ShouldBe(3m);   // 1 + 2 kWh: the 1e30 is not in it
        later.Status.ShouldBe(HttpStatusCode.OK, later.Text);
        later.Body!.Activity.ShouldHaveSingleItem().Amount.ShouldBe(7m);
        (retried.Status, retried.Body!.Quarantined).ShouldBe((HttpStatusCode.OK, 1));
        var entries = (await world.Client.GetFromJsonAsync<List<ActivityResponse>>($"/api/v1/inventories/{inventoryId}/sources/{sourceId}/activity", AccountsApp.Json))!;
        entries.ShouldHaveSingleItem().Amount.ShouldBe(7m);
        await using (var db = fixture.CreateContext(world.World.OrganisationId))
        {
            (await db.MeterReadings.CountAsync()).ShouldBe(3);
            (await db.MeterReadings.MaxAsync(r => r.Quantity)).ShouldBe(4);
            var quarantined = (await db.MeterReadingConflicts.AsNoTracking().ToListAsync()).ShouldHaveSingleItem(); // the retry added nothing
            (quarantined.Reason, quarantined.SentText, quarantined.Value, quarantined.TimestampUtc).ShouldBe(("value_above_bound", "1E+30", 1e30, Unix("2025-03-01T00:30:00+08:00")));
        }

        await PagesRenderAsync(world, meter.Id, "2025-03-01");
        var page = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/meters/{meter.Id}", UriKind.Relative)));
        page.ShouldContain("已隔離：讀數超過此電表的合理上限");
        page.ShouldContain("1E+30");
    }

    [Fact]
    public async Task NaNAndInfinityText_AreQuarantinedAsNotFinite_InCsvAndJson()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());

        var csv = await PushCsvAsync(gateway, """
            meter,ts,value
            主電表,2025-03-01T00:15:00+08:00,NaN
            主電表,2025-03-01T00:30:00+08:00,Infinity
            主電表,2025-03-01T00:45:00+08:00,-Infinity
            主電表,2025-03-01T01:00:00+08:00,1e400
            主電表,2025-03-01T01:15:00+08:00,5
            """);
        using var json = new StringContent("""{"readings":[{"meter":"主電表","ts":"2025-03-01T01:30:00+08:00","value":"NaN"},{"meter":"主電表","ts":"2025-03-01T01:45:00+08:00","value":"-1"}]}""",
            System.Text.Encoding.UTF8, "application/json");
        var jsonResponse = await gateway.PostAsync(new Uri("/api/v1/ingest/readings", UriKind.Relative), json);
        var jsonBody = (await jsonResponse.Content.ReadFromJsonAsync<IngestResponse>(AccountsApp.Json))!;

        csv.Status.ShouldBe(HttpStatusCode.OK, csv.Text);
        (csv.Body!.Accepted, csv.Body.Quarantined).ShouldBe((1, 4));
        csv.Body.Quarantine!.Select(q => (q.Index, q.Value, q.Reason)).ShouldBe(
            [(0, "NaN", "value_not_finite"), (1, "Infinity", "value_not_finite"), (2, "-Infinity", "value_not_finite"), (3, "Infinity", "value_not_finite")]);
        jsonResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        jsonBody.Quarantine!.Select(q => (q.Index, q.Value, q.Reason)).ShouldBe([(0, "NaN", "value_not_finite"), (1, "-1", "value_negative")]);
        await using (var db = fixture.CreateContext(world.World.OrganisationId))
        {
            (await db.MeterReadings.Select(r => r.Quantity).ToListAsync()).ShouldBe([5]);
            (await db.MeterReadingConflicts.CountAsync(c => c.Reason == "value_not_finite")).ShouldBe(5);
        }

        await PagesRenderAsync(world, meter.Id, "2025-03-01");
    }

    [Fact]
    public async Task Year0001And9999_AndTimesOutsideTheWindow_AreQuarantined_TheWindowsEdgesStored_AndThePagesRender()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());

        var result = await PushAsync(gateway,
            (meter.Name, "0001-01-01T00:00:00Z", 1), (meter.Name, "9999-12-31T23:59:59Z", 1), (meter.Name, "1999-12-31T23:59:59Z", 1),
            (meter.Name, "2026-11-23T08:30:01Z", 1),                                     // one second past now + 1 day
            (meter.Name, "2000-01-01T00:00:00Z", 2), (meter.Name, "2026-11-23T08:30:00Z", 3)); // the window's edges

        result.Status.ShouldBe(HttpStatusCode.OK, result.Text);
        (result.Body!.Accepted, result.Body.Quarantined).ShouldBe((2, 4));
        result.Body.Quarantine!.Select(q => q.Reason).ShouldBe(["time_too_early", "time_too_late", "time_too_early", "time_too_late"]);
        result.Body.Quarantine![0].TimestampUtc.ShouldBe(-62_135_596_800);
        await PagesRenderAsync(world, meter.Id, "2026-11-23");
        await PagesRenderAsync(world, meter.Id, "2000-01-01");
        var page = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/meters/{meter.Id}", UriKind.Relative)));
        page.ShouldContain("Unix 253402300799");   // year 9999 shown as what was sent, not a date that overflows in Taipei time
        page.ShouldContain("時間早於 2000-01-01");
    }

    [Fact]
    public async Task Bound_DefaultsToContractCapacityTimesIntervalTimesThree_AndAMetersOwnBoundWins()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        // 100 kW × 0.25 h × 3 = 75 kWh per quarter hour.
        var byCapacity = await world.World.PostAsync<MeterResponse>("/api/v1/meters", new
        {
            facilityId = world.Facility.Id, name = "契約表", energyType = "electricity", unit = "kWh", kind = "interval", intervalMinutes = 15, contractCapacityKw = 100m,
        });
        var own = await world.World.PostAsync<MeterResponse>("/api/v1/meters", new
        {
            facilityId = world.Facility.Id, name = "自訂表", energyType = "electricity", unit = "kWh", kind = "interval", intervalMinutes = 15, contractCapacityKw = 100m, maxReadingValue = 10m,
        });
        using var gateway = world.Gateway(await world.CreateKeyAsync());

        var result = await PushAsync(gateway, ("契約表", "2025-03-01T00:15:00+08:00", 75), ("契約表", "2025-03-01T00:30:00+08:00", 75.01),
            ("自訂表", "2025-03-01T00:15:00+08:00", 10), ("自訂表", "2025-03-01T00:30:00+08:00", 10.5));

        byCapacity.EffectiveMaxReadingValue.ShouldBe(75);
        (own.MaxReadingValue, own.EffectiveMaxReadingValue).ShouldBe((10m, 10));
        (result.Body!.Accepted, result.Body.Quarantined).ShouldBe((2, 2));
        result.Body.Quarantine!.Select(q => (q.Index, q.Reason)).ShouldBe([(1, "value_above_bound"), (3, "value_above_bound")]);
        (await world.Client.PostAsJsonAsync("/api/v1/meters", new
        {
            facilityId = world.Facility.Id, name = "壞表", energyType = "electricity", unit = "kWh", kind = "interval", intervalMinutes = 15, maxReadingValue = 1e13m,
        })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// Property at the bounds: a whole month of one-minute readings every one at the ceiling (1e12 kWh, 44,640 of them:
    /// 4.464e16 kWh, the largest month that can pass), plus readings at both edges of the time window, flow through the
    /// ingest, day profiles, the monthly activity (decimal(28,10)), the inventory's results, dashboards, costs, detection
    /// and the JSON answers without an error.
    /// </summary>
    [Fact]
    public async Task ExtremeValuesThatPass_AMonthOfOneMinuteReadingsAtTheCeiling_FlowThroughEveryDerivedFigure()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var inventory = await world.World.CreateInventoryAsync(2025);
        var source = await world.World.CreateSourceAsync(inventory.Id, new { facilityId = world.Facility.Id, sourceType = "外購電力", material = "外購電力" });
        var meter = await world.World.PostAsync<MeterResponse>("/api/v1/meters", new
        {
            facilityId = world.Facility.Id, name = "極值表", energyType = "electricity", unit = "kWh", kind = "interval", intervalMinutes = 1, emissionSourceId = source.Id,
            tariffPlanId = (string?)null,
        });
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        var start = Unix("2025-03-01T00:00:00+08:00");
        var month = Enumerable.Range(1, 31 * 24 * 60).Select(i => (meter.Name, Taipei(start + (i * 60L)), ReadingBounds.Ceiling)).ToArray();

        var result = await PushAsync(gateway, month);
        var edges = await PushAsync(gateway, (meter.Name, "2000-01-01T00:00:00Z", ReadingBounds.Ceiling), (meter.Name, "2026-11-23T08:30:00Z", double.Epsilon));

        result.Status.ShouldBe(HttpStatusCode.OK, result.Text);
        (result.Body!.Accepted, result.Body.Quarantined).ShouldBe((44_640, 0));
        result.Body.Activity.ShouldHaveSingleItem().Amount.ShouldBe(44_640m * 1_000_000_000_000m);
        (edges.Status, edges.Body!.Accepted).ShouldBe((HttpStatusCode.OK, 2));
        var results = await ResultsApiClient.GetAsync(world.Client, inventory.Id);
        results.Rows.Where(r => r.SourceId == source.Id).Sum(r => r.Amount).ShouldBe(44_640m * 1_000_000_000_000m);
        await PagesRenderAsync(world, meter.Id, "2025-03-15");
        await PagesRenderAsync(world, meter.Id, "2000-01-01");
        (await world.Client.GetAsync(new Uri($"/inventories/{inventory.Id}/sources/{source.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SqliteMeterPlausibilityTests(SqliteFixture fixture) : MeterPlausibilityTests<SqliteFixture>(fixture);

public sealed class PostgresMeterPlausibilityTests(PostgresFixture fixture) : MeterPlausibilityTests<PostgresFixture>(fixture);
