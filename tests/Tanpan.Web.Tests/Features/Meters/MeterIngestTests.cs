using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using static Tanpan.Web.Tests.Features.Meters.MeterWorld;
using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Features.Meters.Storage;
using Tanpan.Web.Features.Meters.ActivitySync;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>POST /api/v1/ingest/readings: gateway keys, validation, idempotency, conflicts, cumulative registers.</summary>
public abstract class MeterIngestTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Ingest_JsonBatch_StoresEveryReading_AndTheSameBatchAgainChangesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        // Out of order, offsets mixed: +08:00 and Z name the same instants as Unix seconds.
        (string, string, double)[] batch = [(meter.Name, "2026-01-01T00:30:00+08:00", 2.5), (meter.Id.ToString(), "2025-12-31T16:15:00Z", 1.25),
            (meter.Name, "2026-01-01T00:45:00+08:00", 3)];

        var first = await PushAsync(gateway, batch);
        var again = await PushAsync(gateway, batch);

        first.Status.ShouldBe(HttpStatusCode.OK, first.Text);
        (first.Body!.Received, first.Body.Accepted, first.Body.Duplicates, first.Body.Conflicts).ShouldBe((3, 3, 0, 0));
        (again.Body!.Accepted, again.Body.Duplicates, again.Body.Conflicts).ShouldBe((0, 3, 0));
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var series = await new MeterReadingStore(db).LoadAsync(meter.Id, DateTimeOffset.FromUnixTimeSeconds(Unix("2026-01-01T00:00:00+08:00")), DateTimeOffset.FromUnixTimeSeconds(Unix("2026-01-02T00:00:00+08:00")), default);
        series.TimestampsUtc.ShouldBe([Unix("2026-01-01T00:15:00+08:00"), Unix("2026-01-01T00:30:00+08:00"), Unix("2026-01-01T00:45:00+08:00")]);
        series.Quantities.ShouldBe([1.25, 2.5, 3]);
    }

    [Fact]
    public async Task Ingest_RowsNamingMetersOnlyById_FindTheirMetersInAnyCase_ButNotAnotherOrganisations()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        var second = await world.CreateMeterAsync(name: "二號表");
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        var otherWorld = await MeterWorld.CreateAsync(app);
        var othersMeter = await otherWorld.CreateMeterAsync();

        var stored = await PushAsync(gateway, (meter.Id.ToString("N").ToUpperInvariant(), "2026-01-01T00:15:00+08:00", 1),
            (meter.Id.ToString(), "2026-01-01T00:30:00+08:00", 2), (second.Id.ToString(), "2026-01-01T00:15:00+08:00", 3));
        var refused = await PushAsync(gateway, (meter.Id.ToString(), "2026-01-01T00:45:00+08:00", 4),
            (othersMeter.Id.ToString(), "2026-01-01T00:45:00+08:00", 5));

        stored.Status.ShouldBe(HttpStatusCode.OK, stored.Text);
        stored.Body!.Accepted.ShouldBe(3);
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.Text.ShouldContain("readings[1].meter");
        refused.Text.ShouldNotContain("readings[0]");
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var readings = await db.MeterReadings.OrderBy(r => r.TimestampUtc).Select(r => new { r.MeterId, r.Quantity }).ToListAsync();
        readings.Where(r => r.MeterId == meter.Id).Select(r => r.Quantity).ShouldBe([1, 2]);
        readings.Where(r => r.MeterId == second.Id).Select(r => r.Quantity).ShouldBe([3]);
        readings.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Ingest_ValueContradictingAStoredOne_IsKeptAsideAndCounted_TheStoredOneStays()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        await PushAsync(gateway, (meter.Name, "2026-01-01T00:15:00+08:00", 1));

        var conflicting = await PushAsync(gateway, (meter.Name, "2026-01-01T00:15:00+08:00", 9), (meter.Name, "2026-01-01T00:30:00+08:00", 2));
        var retried = await PushAsync(gateway, (meter.Name, "2026-01-01T00:15:00+08:00", 9), (meter.Name, "2026-01-01T00:30:00+08:00", 2));

        (conflicting.Body!.Accepted, conflicting.Body.Duplicates, conflicting.Body.Conflicts).ShouldBe((1, 0, 1));
        (retried.Body!.Accepted, retried.Body.Duplicates, retried.Body.Conflicts).ShouldBe((0, 1, 1));
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.MeterReadings.SingleAsync(r => r.TimestampUtc == Unix("2026-01-01T00:15:00+08:00"))).Quantity.ShouldBe(1);
        var kept = await db.MeterReadingConflicts.SingleAsync();
        (kept.Value, kept.StoredValue, kept.MeterId).ShouldBe((9, 1, meter.Id));
    }

    [Fact]
    public async Task Ingest_BadRows_Answer400NamingEveryRow_AndStoreNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());

        var result = await PushAsync(gateway, (meter.Name, "2026-01-01T00:15:00+08:00", 1), (meter.Name, "2026-01-01T00:30:00", 1),
            ("沒有這個表", "2026-01-01T00:45:00Z", 1), (meter.Name, "2026-01-01T01:00:00Z", -5), (meter.Name, "not a time+08:00", 1));

        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await System.Text.Json.JsonDocument.ParseAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(result.Text)))).RootElement.GetProperty("errors");
        // readings[3] (-5 kWh) is readable: alone it would be quarantined (MeterPlausibilityTests), so it is no format error.
        problem.EnumerateObject().Select(p => p.Name).Order().ShouldBe(["readings[1].ts", "readings[2].meter", "readings[4].ts"]);
        problem.GetProperty("readings[1].ts")[0].GetString()!.ShouldContain("offset");
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.MeterReadings.CountAsync()).ShouldBe(0);
        (await db.MeterReadingConflicts.CountAsync()).ShouldBe(0); // nothing quarantined either: the batch was refused
    }

    [Fact]
    public async Task Ingest_Csv_WithTheKeyInXGatewayKey_IsStored()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        var key = await world.CreateKeyAsync();
        using var gateway = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        gateway.DefaultRequestHeaders.Add("X-Gateway-Key", key);

        var result = await PushCsvAsync(gateway, $"meter,ts,value\n{meter.Name},2026-01-01T00:15:00+08:00,1.5\n{meter.Id},2026-01-01T00:30:00+08:00,2\n");

        result.Status.ShouldBe(HttpStatusCode.OK, result.Text);
        result.Body!.Accepted.ShouldBe(2);
    }

    [Fact]
    public async Task Ingest_WithoutAGatewayKey_OrWithARevokedOne_OrAUsersToken_Is401()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        var created = await world.World.PostAsync<CreatedGatewayKey>("/api/v1/gateway-keys", new { name = "舊閘道器" });
        (await world.Client.DeleteAsync(new Uri($"/api/v1/gateway-keys/{created.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var revoked = world.Gateway(created.Key);
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var user = await app.SeedUserAsync(false, (world.World.OrganisationId, MembershipRole.Owner));
        using var personal = app.BearerClient((await app.CreateTokenAsync(user)).Token);

        (await PushAsync(revoked, (meter.Name, "2026-01-01T00:15:00Z", 1))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await PushAsync(anonymous, (meter.Name, "2026-01-01T00:15:00Z", 1))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await PushAsync(personal, (meter.Name, "2026-01-01T00:15:00Z", 1))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await PushAsync(world.Client, (meter.Name, "2026-01-01T00:15:00Z", 1))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.MeterReadings.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Ingest_KeyOfOrganisationA_CannotWriteToOrganisationBsMeter()
    {
        await using var app = AccountsApp.Shared(fixture);
        var a = await MeterWorld.CreateAsync(app);
        var b = await MeterWorld.CreateAsync(app);
        var meterOfB = await b.CreateMeterAsync("B 的電表");
        using var gatewayOfA = a.Gateway(await a.CreateKeyAsync());

        var byId = await PushAsync(gatewayOfA, (meterOfB.Id.ToString(), "2026-01-01T00:15:00Z", 1));
        var byName = await PushAsync(gatewayOfA, (meterOfB.Name, "2026-01-01T00:15:00Z", 1));

        byId.Status.ShouldBe(HttpStatusCode.BadRequest);
        byName.Status.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = fixture.CreateContext(b.World.OrganisationId);
        (await db.MeterReadings.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Ingest_CumulativeRegister_DeltasWithRollOverResetAndALateReading()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var rolling = await world.CreateMeterAsync("累計表", "cumulative", rollover: 1000);
        var resetting = await world.CreateMeterAsync("無翻轉值", "cumulative");
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        await PushAsync(gateway, (rolling.Name, "2026-01-01T00:15:00Z", 990), (rolling.Name, "2026-01-01T00:45:00Z", 5),
            (resetting.Name, "2026-01-01T00:15:00Z", 50), (resetting.Name, "2026-01-01T00:30:00Z", 3));

        // The late reading in between splits the roll-over interval in two.
        var late = await PushAsync(gateway, (rolling.Name, "2026-01-01T00:30:00Z", 998));

        late.Body!.Accepted.ShouldBe(1);
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var store = new MeterReadingStore(db);
        var from = DateTimeOffset.FromUnixTimeSeconds(Unix("2026-01-01T00:00:00Z"));
        (await store.LoadAsync(rolling.Id, from, from.AddHours(1), default)).Quantities.ShouldBe([0, 8, 7]);
        (await store.LoadAsync(resetting.Id, from, from.AddHours(1), default)).Quantities.ShouldBe([0, 3]);
        var marks = await db.MeterReadings.Where(r => r.MeterId == rolling.Id || r.MeterId == resetting.Id).OrderBy(r => r.MeterId).ThenBy(r => r.TimestampUtc)
            .Select(r => new { r.MeterId, r.Flags }).ToListAsync();
        marks.Where(m => m.MeterId == rolling.Id).Select(m => (ReadingMarks)m.Flags).ShouldBe([ReadingMarks.First, ReadingMarks.None, ReadingMarks.Rollover]);
        marks.Where(m => m.MeterId == resetting.Id).Select(m => (ReadingMarks)m.Flags).ShouldBe([ReadingMarks.First, ReadingMarks.Reset]);
    }

    [Fact]
    public async Task Ingest_MoreReadingsThanABatchHolds_Is413()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var meter = await world.CreateMeterAsync();
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        var start = Unix("2026-01-01T00:00:00Z");

        var result = await PushAsync(gateway, [.. Enumerable.Range(1, IngestApi.MaxReadings + 1).Select(i => (meter.Name, Taipei(start + (i * 900L)), 1.0))]);

        result.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task LinkedMeter_AYearOf15MinuteReadings_FillsTheElectricityRowWithMonthlyTotals_AndTheResultsFollow()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var inventory = await world.World.CreateInventoryAsync(2025);
        var source = await world.World.CreateSourceAsync(inventory.Id, new { facilityId = world.Facility.Id, sourceType = "外購電力", material = "外購電力" });
        var meter = await world.CreateMeterAsync(sourceId: source.Id);
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        var before = await ResultsApiClient.GetAsync(world.Client, inventory.Id);
        var start = Unix("2025-01-01T00:00:00+08:00");
        var readings = Enumerable.Range(1, 365 * 96).Where(i => i != 500).Select(i => (meter.Name, Taipei(start + (i * 900L)), 1.0 + (i % 7 * 0.25))).ToArray();

        var result = await PushAsync(gateway, readings);

        result.Status.ShouldBe(HttpStatusCode.OK, result.Text);
        result.Body!.Activity.Count.ShouldBe(12);
        result.Body.Activity.ShouldAllBe(a => a.Written);
        var entries = (await world.Client.GetFromJsonAsync<List<ActivityResponse>>($"/api/v1/inventories/{inventory.Id}/sources/{source.Id}/activity", AccountsApp.Json))!;
        entries.Count.ShouldBe(12);
        entries.Sum(e => e.Amount).ShouldBe((decimal)readings.Sum(r => r.Item3), 0.001m);
        entries.ShouldAllBe(e => e.Unit == "kWh" && e.DataSourceMethod == MeterActivity.DataSourceMethod);
        entries.Single(e => e.Month == 1).Note!.ShouldContain("資料不完整 incomplete");   // reading 500 (January 6th) is missing
        entries.Single(e => e.Month == 2).Note!.ShouldContain("100.0% (2688/2688)");
        var sourcePage = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/inventories/{inventory.Id}/sources/{source.Id}", UriKind.Relative)));
        sourcePage.ShouldContain("資料不完整 incomplete");   // the gap is shown where the source's entries are listed
        var after = await ResultsApiClient.GetAsync(world.Client, inventory.Id);
        before.TotalKilograms.ShouldBe(0);
        after.TotalKilograms.ShouldBeGreaterThan(0);
        after.Rows.Where(r => r.SourceId == source.Id).Sum(r => r.Amount).ShouldBe((decimal)readings.Sum(r => r.Item3), 0.001m);
    }

    [Fact]
    public async Task LinkedMeter_OfALockedInventory_LeavesItsActivityUnchanged_AndSaysSo()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await MeterWorld.CreateAsync(app);
        var inventory = await world.World.CreateInventoryAsync(2025);
        var source = await world.World.CreateSourceAsync(inventory.Id, new { facilityId = world.Facility.Id, sourceType = "外購電力", material = "外購電力" });
        var meter = await world.CreateMeterAsync(sourceId: source.Id);
        using var gateway = world.Gateway(await world.CreateKeyAsync());
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var result = await PushAsync(gateway, (meter.Name, "2025-03-01T00:15:00+08:00", 4));

        result.Body!.Accepted.ShouldBe(1);
        var month = result.Body.Activity.ShouldHaveSingleItem();
        (month.Written, month.Reason, month.Month).ShouldBe((false, "locked", 3));
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        (await db.ActivityEntries.CountAsync()).ShouldBe(0);
    }
}
