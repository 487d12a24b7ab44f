using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>GET …/reminder and PUT …/sources/{sourceId}/activity (the month grid), and the /reminder page.</summary>
public abstract class ReminderAndMonthsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Reminder_CountsMonthsWithoutData_AWholeYearEntryCoversAll()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, electricity, diesel) = await TwoSourcesAsync(app);
        await world.CreateActivityAsync(inventory.Id, electricity.Id, new { year = 2021, month = 1, amount = 10, unit = "度" });
        await world.CreateActivityAsync(inventory.Id, electricity.Id, new { year = 2021, month = 2, amount = 10, unit = "度" });
        await world.CreateActivityAsync(inventory.Id, diesel.Id, new { year = 2021, amount = 56, unit = "公升" });

        var reminder = (await world.Client.GetFromJsonAsync<ReminderResponse>($"/api/v1/inventories/{inventory.Id}/reminder", AccountsApp.Json))!;
        var html = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}/reminder");

        (reminder.SourceCount, reminder.MissingCount).ShouldBe((2, 10));
        var only = reminder.Sources.ShouldHaveSingleItem();
        only.SourceId.ShouldBe(electricity.Id);
        only.MissingMonths.Select(m => m.Month).ShouldBe([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        html.ShouldContain("尚有 10 個月份沒有活動數據（1 / 2 個排放源）。");
        html.ShouldContain($"href=\"/inventories/{inventory.Id}/sources/{electricity.Id}\"");
        html.ShouldContain("2021年3月");
    }

    /// <summary>An inventory without sources is not "complete": the reminder and the inventory page say no source is registered yet.</summary>
    [Fact]
    public async Task Reminder_NoSources_IsNotComplete_AndThePagesSaySo()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.PostAsync<InventoryResponse>("/api/v1/inventories", new { year = 2024 });

        var reminder = (await world.Client.GetFromJsonAsync<ReminderResponse>($"/api/v1/inventories/{inventory.Id}/reminder", AccountsApp.Json))!;
        var page = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}");
        var reminderPage = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}/reminder");

        (reminder.SourceCount, reminder.MissingCount, reminder.Complete).ShouldBe((0, 0, false));
        page.ShouldContain("尚未登錄排放源。");
        page.ShouldNotContain("每個排放源的每個月份都已有數據。");
        reminderPage.ShouldContain("尚未登錄排放源。");
    }

    [Fact]
    public async Task Reminder_PartialPeriod_OnlyItsMonths()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.PostAsync<InventoryResponse>("/api/v1/inventories", new { year = 2024, periodStart = "2024-07-01", periodEnd = "2024-09-30" });
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2024, month = 8, amount = 1, unit = "度" });

        var reminder = (await world.Client.GetFromJsonAsync<ReminderResponse>($"/api/v1/inventories/{inventory.Id}/reminder", AccountsApp.Json))!;
        var grid = await HtmlAsync(world.Client, $"/inventories/{inventory.Id}/sources/{source.Id}");

        reminder.Sources.ShouldHaveSingleItem().MissingMonths.Select(m => m.Month).ShouldBe([7, 9]);
        grid.ShouldContain("id=\"m2024-7-amount\"");
        grid.ShouldContain("id=\"m2024-9-amount\"");
        grid.ShouldNotContain("id=\"m2024-6-amount\"");
        grid.ShouldNotContain("id=\"m2024-10-amount\"");
    }

    [Fact]
    public async Task Months_Put_SetsEveryMonthInOneGo()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, electricity, _) = await TwoSourcesAsync(app);
        var existing = await world.CreateActivityAsync(inventory.Id, electricity.Id, new { year = 2021, month = 1, amount = 1, unit = "度" });
        await world.CreateActivityAsync(inventory.Id, electricity.Id, new { year = 2021, month = 3, amount = 3, unit = "度" });

        var response = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventory.Id}/sources/{electricity.Id}/activity", new
        {
            months = new object[]
            {
                new { year = 2021, month = 1, amount = 100, unit = "度", dataSourceMethod = "財務單據" },
                new { year = 2021, month = 2, amount = 200, unit = "千度" },
                new { year = 2021, month = 3, amount = (decimal?)null, unit = "度" },
            },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var entries = (await response.Content.ReadFromJsonAsync<List<ActivityResponse>>(AccountsApp.Json))!;
        entries.Select(e => (e.Month, e.Amount, e.Unit)).ShouldBe([(1, 100m, "度"), (2, 200m, "千度")]);
        entries[0].Id.ShouldBe(existing.Id);   // the month's entry is replaced in place, so its evidence stays linked
    }

    [Fact]
    public async Task Months_PutWithOneBadRow_SavesNoRow()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, electricity, _) = await TwoSourcesAsync(app);
        await world.CreateActivityAsync(inventory.Id, electricity.Id, new { year = 2021, month = 1, amount = 1, unit = "度" });

        var response = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventory.Id}/sources/{electricity.Id}/activity", new
        {
            months = new object[]
            {
                new { year = 2021, month = 1, amount = 100, unit = "度" },
                new { year = 2021, month = 2, amount = 200, unit = "桶" },
                new { year = 2021, month = 2, amount = 5, unit = "度" },
            },
        });

        var errors = await Validation.ErrorsAsync(response);
        errors.Keys.ShouldBe(["months[1].unit", "months[2].month"], ignoreOrder: true);
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.ActivityEntries.Where(a => a.EmissionSourceId == electricity.Id).Select(a => a.Amount).ToListAsync()).ShouldBe([1m]);
    }

    [Fact]
    public async Task Months_PutOnALockedInventory_Is409()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, electricity, _) = await TwoSourcesAsync(app);
        (await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null)).EnsureSuccessStatusCode();

        var response = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventory.Id}/sources/{electricity.Id}/activity",
            new { months = new[] { new { year = 2021, month = 1, amount = 1, unit = "度" } } });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Months_MarchOverAWholeYearEntry_IsRefusedNamingTheOverlap_AndNothingIsSaved()
    {
        // Issue 15 item 2: the month grid checks overlap like every other way in (EntryOverlapCheck over all entries).
        await using var app = AccountsApp.Shared(fixture);
        var (world, inventory, electricity, _) = await TwoSourcesAsync(app);
        await world.CreateActivityAsync(inventory.Id, electricity.Id, new { year = 2021, amount = 120_000, unit = "度" });

        var response = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventory.Id}/sources/{electricity.Id}/activity",
            new { months = new[] { new { year = 2021, month = 3, amount = 10_000, unit = "度" } } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Validation.ErrorsAsync(response)).Keys.ShouldContain(k => k.StartsWith("months[0].", StringComparison.Ordinal));
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.ActivityEntries.Where(a => a.EmissionSourceId == electricity.Id).Select(a => a.Amount).ToListAsync()).ShouldBe([120_000m]);
    }

    private static async Task<(InventoryWorld World, InventoryResponse Inventory, SourceResponse Electricity, SourceResponse Diesel)> TwoSourcesAsync(AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync(2021);
        var electricity = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, process = "公用", sourceType = "外購電力", material = "外購電力" });
        var diesel = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, process = "發電機", sourceType = "固定燃燒", material = "柴油" });
        return (world, inventory, electricity, diesel);
    }
}
