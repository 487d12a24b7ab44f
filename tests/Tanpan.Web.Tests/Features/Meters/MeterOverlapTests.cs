using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Meters.MeterWorld;
using Tanpan.Web.Features.Meters.ActivitySync;

namespace Tanpan.Web.Tests.Features.Meters;

/// <summary>A month a linked meter fills that is also typed by hand or imported: kept, marked, warned about (API, source page, reminder).</summary>
public abstract class MeterOverlapTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly (string, string, double)[] March = [("主電表", "2025-03-01T00:15:00+08:00", 4), ("主電表", "2025-03-01T00:30:00+08:00", 5)];

    private static async Task<(MeterWorld World, Guid Inventory, Guid Source, HttpClient Gateway)> LinkedAsync(AccountsApp app)
    {
        var world = await MeterWorld.CreateAsync(app);
        var inventory = await world.World.CreateInventoryAsync(2025);
        var source = await world.World.CreateSourceAsync(inventory.Id, new { facilityId = world.Facility.Id, sourceType = "外購電力", material = "外購電力", process = "空壓機房" });
        await world.CreateMeterAsync(sourceId: source.Id);
        return (world, inventory.Id, source.Id, world.Gateway(await world.CreateKeyAsync()));
    }

    private static async Task<ReminderResponse> ReminderAsync(MeterWorld world, Guid inventory) =>
        (await world.Client.GetFromJsonAsync<ReminderResponse>($"/api/v1/inventories/{inventory}/reminder", AccountsApp.Json))!;

    [Fact]
    public async Task Sync_IntoAMonthTypedByHand_KeepsTheHandEntry_MarksTheMeterEntry_AndTheSourcePageAndReminderWarn()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, source, gateway) = await LinkedAsync(app);
        var hand = await world.World.CreateActivityAsync(inventory, source, new { year = 2025, month = 3, amount = 100, unit = "kWh" });
        hand.Warnings.ShouldBeNull(); // no meter month yet

        var result = await PushAsync(gateway, March);

        result.Status.ShouldBe(HttpStatusCode.OK, result.Text);
        var month = result.Body!.Activity.ShouldHaveSingleItem();
        (month.Month, month.Written, month.OtherEntries).ShouldBe((3, true, 1));
        await using var db = fixture.CreateContext(world.World.OrganisationId);
        var entries = await db.ActivityEntries.AsNoTracking().Where(e => e.Month == 3).ToListAsync();
        entries.Count.ShouldBe(2); // the hand entry is not deleted
        entries.Single(e => e.Id == hand.Id).Amount.ShouldBe(100m);
        entries.Single(e => e.Id != hand.Id).MeterId.ShouldNotBeNull();
        entries.Single(e => e.Id != hand.Id).Note!.ShouldContain(MeterOverlaps.NoteMark);
        var listed = (await world.Client.GetFromJsonAsync<List<ActivityResponse>>($"/api/v1/inventories/{inventory}/sources/{source}/activity", AccountsApp.Json))!;
        listed.ShouldAllBe(e => e.Warnings != null && e.Warnings.Count == 1 && e.Warnings[0].Code == "meter_month");
        var overlap = (await ReminderAsync(world, inventory)).MeterOverlaps.ShouldNotBeNull().ShouldHaveSingleItem();
        (overlap.SourceId, overlap.Meter, overlap.Year, overlap.Month, overlap.OtherEntries).ShouldBe((source, "主電表", 2025, 3, 1));
        overlap.Chinese.ShouldStartWith("「空壓機房」2025-03");
        overlap.Chinese.ShouldContain("2025-03：電表「主電表」已自動填入此月份");
        var sourcePage = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/inventories/{inventory}/sources/{source}", UriKind.Relative)));
        sourcePage.ShouldContain("電表月份與手動數據重複");
        sourcePage.ShouldContain("2025-03：電表「主電表」已自動填入此月份，另有 1 筆手動輸入或匯入的數據");
        var reminderPage = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/inventories/{inventory}/reminder", UriKind.Relative)));
        reminderPage.ShouldContain("id=\"meter-overlaps\"");
        reminderPage.ShouldContain("2025-03：電表「主電表」");
    }

    [Fact]
    public async Task Api_EntryForAMonthTheMeterFills_IsSavedWithAWarning_OtherMonthsAreNot_AndDeletingItClearsTheWarning()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, source, gateway) = await LinkedAsync(app);
        (await PushAsync(gateway, March)).Status.ShouldBe(HttpStatusCode.OK);
        var path = $"/api/v1/inventories/{inventory}/sources/{source}/activity";

        var march = await world.World.CreateActivityAsync(inventory, source, new { year = 2025, month = 3, amount = 100, unit = "kWh" });
        var april = await world.World.CreateActivityAsync(inventory, source, new { year = 2025, month = 4, amount = 90, unit = "kWh" });
        var aprilJson = await (await world.Client.GetAsync(new Uri($"{path}/{april.Id}", UriKind.Relative))).Content.ReadAsStringAsync();
        var moved = await world.Client.PutAsJsonAsync($"{path}/{april.Id}", new { year = 2025, month = (int?)null, amount = 90, unit = "kWh", overlapReason = "年度總量另計" }); // overlaps the typed March: kept with a reason

        var warning = march.Warnings.ShouldNotBeNull().ShouldHaveSingleItem();
        (warning.Code, warning.English).ShouldBe(("meter_month",
            "空壓機房, 2025-03: meter “主電表” already fills this month and 1 hand-typed or imported entries do too, so it is counted twice; delete one of them (or unlink the meter from the source)."));
        april.Warnings.ShouldBeNull();
        aprilJson.ShouldNotContain("warnings");
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.Content.ReadFromJsonAsync<ActivityResponse>(AccountsApp.Json))!.Warnings.ShouldNotBeNull().ShouldHaveSingleItem().Chinese.ShouldContain("另有 2 筆"); // a whole-year entry overlaps every month
        (await world.Client.DeleteAsync(new Uri($"{path}/{march.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await world.Client.DeleteAsync(new Uri($"{path}/{april.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ReminderAsync(world, inventory)).MeterOverlaps.ShouldNotBeNull().ShouldBeEmpty();
        (await world.Client.GetFromJsonAsync<List<ActivityResponse>>(path, AccountsApp.Json))!.ShouldHaveSingleItem().Warnings.ShouldBeNull();
    }
}

public sealed class SqliteMeterOverlapTests(SqliteFixture fixture) : MeterOverlapTests<SqliteFixture>(fixture);

public sealed class PostgresMeterOverlapTests(PostgresFixture fixture) : MeterOverlapTests<PostgresFixture>(fixture);
