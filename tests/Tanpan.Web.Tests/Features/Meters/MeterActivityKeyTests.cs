using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Meters.MeterWorld;
using Tanpan.Web.Features.Meters.ActivitySync;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>
/// The link from a meter to the activity entry it fills is a key (<c>ActivityEntries.MeterId</c>), not text in the note
/// (issue 17): what a user does to the entry's note cannot make the next sync add a second entry for the month.
/// </summary>
public abstract class MeterActivityKeyTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static async Task<(MeterWorld World, Guid Inventory, Guid Source, Guid Meter, HttpClient Gateway)> LinkedAsync(AccountsApp app)
    {
        var world = await MeterWorld.CreateAsync(app);
        var inventory = await world.World.CreateInventoryAsync(2025);
        var source = await world.World.CreateSourceAsync(inventory.Id, new { facilityId = world.Facility.Id, sourceType = "外購電力", material = "外購電力", process = "空壓機房" });
        var meter = await world.CreateMeterAsync(sourceId: source.Id);
        return (world, inventory.Id, source.Id, meter.Id, world.Gateway(await world.CreateKeyAsync()));
    }

    [Fact]
    public async Task Sync_AfterTheUserRewroteTheEntrysNote_RewritesTheSameEntry_NoSecondEntryForTheMonth()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, source, meter, gateway) = await LinkedAsync(app);
        var path = $"/api/v1/inventories/{inventory}/sources/{source}/activity";
        (await PushAsync(gateway, ("主電表", "2025-03-01T00:15:00+08:00", 4))).Status.ShouldBe(HttpStatusCode.OK);
        var entry = (await world.Client.GetFromJsonAsync<List<ActivityResponse>>(path, AccountsApp.Json))!.ShouldHaveSingleItem();

        // The user replaces the whole note on the source page's entry form (the API the form posts to).
        var edited = await world.Client.PutAsJsonAsync($"{path}/{entry.Id}",
            new { year = 2025, month = 3, amount = entry.Amount, unit = entry.Unit, dataSourceMethod = entry.DataSourceMethod, note = "三月抄表已核對" });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var pushed = await PushAsync(gateway, ("主電表", "2025-03-01T00:30:00+08:00", 5));
        var synced = await world.Client.PostAsync(new Uri($"/api/v1/meters/{meter}/sync", UriKind.Relative), null);

        pushed.Status.ShouldBe(HttpStatusCode.OK, pushed.Text);
        synced.StatusCode.ShouldBe(HttpStatusCode.OK, await synced.Content.ReadAsStringAsync());
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var march = await db.ActivityEntries.AsNoTracking().Where(e => e.EmissionSourceId == source && e.Month == 3).ToListAsync();
        var only = march.ShouldHaveSingleItem(); // 4 + 5 kWh once, not 4 kWh beside 9 kWh
        (only.Id, only.Amount, only.MeterId).ShouldBe((entry.Id, 9m, meter));
        only.Note!.ShouldContain("電表 meter「主電表」2025-03"); // the sync's provenance again (the month is incomplete: 2 of 2976)
        only.Note!.ShouldNotContain("meter:");
    }

    [Fact]
    public async Task EditingTheMonthOfAMeterEntry_MakesItAHandEntry_AndTheSyncWritesTheMeterMonthAgain()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, source, meter, gateway) = await LinkedAsync(app);
        var path = $"/api/v1/inventories/{inventory}/sources/{source}/activity";
        (await PushAsync(gateway, ("主電表", "2025-03-01T00:15:00+08:00", 4), ("主電表", "2025-04-01T00:15:00+08:00", 6))).Status.ShouldBe(HttpStatusCode.OK);
        var march = (await world.Client.GetFromJsonAsync<List<ActivityResponse>>(path, AccountsApp.Json))!.Single(e => e.Month == 3);

        // Moved onto April, which the meter also fills: kept (meter months are warned about, not refused), no longer the meter's.
        var moved = await world.Client.PutAsJsonAsync($"{path}/{march.Id}", new { year = 2025, month = 4, amount = 4, unit = "kWh", note = "其實是四月" });
        var synced = await world.Client.PostAsync(new Uri($"/api/v1/meters/{meter}/sync", UriKind.Relative), null);

        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        synced.StatusCode.ShouldBe(HttpStatusCode.OK, await synced.Content.ReadAsStringAsync());
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var entries = await db.ActivityEntries.AsNoTracking().Where(e => e.EmissionSourceId == source).ToListAsync();
        entries.Single(e => e.Id == march.Id).ShouldSatisfyAllConditions(e => e.Month.ShouldBe(4), e => e.MeterId.ShouldBeNull(), e => e.Amount.ShouldBe(4m));
        entries.Where(e => e.MeterId == meter && e.Amount > 0).Select(e => (e.Month, e.Amount)).OrderBy(m => m.Month).ShouldBe([(3, 4m), (4, 6m)]);
        entries.Count(e => e.MeterId == meter).ShouldBe(12); // the sync writes every month of the source's year, once
    }

    [Fact]
    public async Task Key_NamingAnotherOrganisationsMeter_IsRefusedByTheDatabase()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _, source, meter, gateway) = await LinkedAsync(app);
        (await PushAsync(gateway, ("主電表", "2025-03-01T00:15:00+08:00", 4))).Status.ShouldBe(HttpStatusCode.OK);
        var other = await MeterWorld.CreateAsync(app);
        var othersMeter = await other.CreateMeterAsync(name: "別家電表");

        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var entry = await db.ActivityEntries.SingleAsync(e => e.EmissionSourceId == source);
        entry.MeterId.ShouldBe(meter);
        entry.MeterId = othersMeter.Id;

        // The key carries the organisation: (this organisation, the other's meter id) names no meter.
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task DeletingTheMeter_KeepsItsEntries_WithTheirNotes_AndNoKey()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _, source, meter, gateway) = await LinkedAsync(app);
        (await PushAsync(gateway, ("主電表", "2025-03-01T00:15:00+08:00", 4))).Status.ShouldBe(HttpStatusCode.OK);

        var deleted = await world.Client.DeleteAsync(new Uri($"/api/v1/meters/{meter}", UriKind.Relative));

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent, await deleted.Content.ReadAsStringAsync());
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var entry = await db.ActivityEntries.AsNoTracking().SingleAsync(e => e.EmissionSourceId == source);
        (entry.Month, entry.Amount, entry.MeterId).ShouldBe((3, 4m, (Guid?)null));
        entry.Note!.ShouldContain("電表 meter「主電表」2025-03");
    }
}

public sealed class SqliteMeterActivityKeyTests(SqliteFixture fixture) : MeterActivityKeyTests<SqliteFixture>(fixture);

public sealed class PostgresMeterActivityKeyTests(PostgresFixture fixture) : MeterActivityKeyTests<PostgresFixture>(fixture);
