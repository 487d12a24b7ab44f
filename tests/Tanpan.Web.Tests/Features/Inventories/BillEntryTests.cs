using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// The bill form with its 計費期間: Taipower 113/12/16–114/01/15, 3,100 度 (31 days, both counted) typed into the 2025
/// inventory keeps 15/31 = 1,500 度 in January 2025 and into the 2024 inventory 16/31 = 1,600 度 in December 2024.
/// </summary>
public abstract class BillEntryTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static object Bill(string? dataSource = "電費單", int? year = null) =>
        new { year, amount = 3100m, unit = "度", dataSourceMethod = dataSource, billFrom = "2024-12-16", billTo = "2025-01-15" };

    [Fact]
    public async Task CreateActivity_BillAcrossNewYear_EachInventoryKeepsItsShareByDays()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inv2025, source2025) = await ElectricityAsync(world, 2025);
        var (inv2024, source2024) = await ElectricityAsync(world, 2024);

        var january = await world.CreateActivityAsync(inv2025, source2025, Bill());
        var december = await world.CreateActivityAsync(inv2024, source2024, Bill());

        (january.Year, january.Month, january.Amount, january.DataSourceMethod).ShouldBe((2025, (int?)1, 1500m, "電費單〔跨年按日分攤 15/31 日〕"));
        january.Note.ShouldBe("計費期間 2024-12-16–2025-01-15（31 日），全期 3100 度，本年度 15 日 = 1500");
        (december.Year, december.Month, december.Amount).ShouldBe((2024, (int?)12, 1600m));
        (january.Amount + december.Amount).ShouldBe(3100m);

        // graded as an estimate: utility bill 2 × 1 × 3 = 6 becomes 3 × 1 × 3 = 9, and the method says why
        var documents = WebUtility.HtmlDecode(await world.Client.GetStringAsync(new Uri($"/inventories/{inv2025}/documents", UriKind.Relative)));
        documents.ShouldContain("財務單據(繳費單)（跨年按日分攤）");
    }

    [Fact]
    public async Task CreateActivity_BillInsideOneYear_IsBookedInTheMonthOfItsLastDayWhole()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventory, source) = await ElectricityAsync(world, 2025);

        var entry = await world.CreateActivityAsync(inventory, source,
            new { amount = 2900m, unit = "度", dataSourceMethod = "電費單", billFrom = "2025-01-16", billTo = "2025-02-15" });

        (entry.Year, entry.Month, entry.Amount, entry.DataSourceMethod).ShouldBe((2025, (int?)2, 2900m, "電費單"));
    }

    [Theory]
    [InlineData("2025-01-15", "2024-12-16", null, "billTo")]
    [InlineData("2024-12-16", null, null, "billTo")]
    [InlineData("2024-12-16", "2025-01-15", 2024, "year")]
    [InlineData("2023-12-16", "2024-01-15", null, "billTo")]   // no day of the bill in the 2025 inventory
    public async Task CreateActivity_BadBillPeriod_400InBothLanguagesAndNothingSaved(string from, string? to, int? year, string field)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventory, source) = await ElectricityAsync(world, 2025);

        var response = await world.Client.PostAsJsonAsync($"/api/v1/inventories/{inventory}/sources/{source}/activity",
            new { year, amount = 3100m, unit = "度", billFrom = from, billTo = to }, AccountsApp.Json);

        var errors = await Validation.ErrorsAsync(response);
        errors.Keys.ShouldBe([field]);
        var message = errors[field].ShouldHaveSingleItem();
        message.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        message.ShouldMatch("[a-z]{4,}");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.ActivityEntries.CountAsync(a => a.EmissionSourceId == source)).ShouldBe(0);
    }

    [Theory]
    [InlineData("zh-TW", "計費期間")]
    [InlineData("en", "Bill period")]
    public async Task SourcePage_BillFormWithPeriod_SavesTheShareOfThisYear(string culture, string label)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventory, source) = await ElectricityAsync(world, 2025);
        await world.Client.GetAsync(new Uri($"/culture?c={culture}&redirect=/", UriKind.Relative));
        var page = $"/inventories/{inventory}/sources/{source}";
        (await HtmlAsync(world.Client, page)).ShouldContain($"<label for=\"entry-bill-from\">{label}");

        var bad = await PostHtmlAsync(world.Client, page, "entry",
            [F("Entry.Year", ""), F("Entry.Amount", "3,100"), F("Entry.Unit", "度"), F("Entry.BillFrom", "2025-01-15"), F("Entry.BillTo", "2024-12-16")]);
        bad.ShouldContain("id=\"entry-bill-to-error\"");
        bad.ShouldContain("value=\"2024-12-16\"");   // kept as typed

        (await PostAsync(world.Client, page, "entry",
            [F("Entry.Year", ""), F("Entry.Amount", "3,100"), F("Entry.Unit", "度"), F("Entry.Method", "財務單據"), F("Entry.BillFrom", "2024-12-16"), F("Entry.BillTo", "2025-01-15")]))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var db = fixture.CreateContext(world.OrganisationId);
        var entry = await db.ActivityEntries.SingleAsync(a => a.EmissionSourceId == source);
        (entry.Year, entry.Month, entry.Amount).ShouldBe((2025, (int?)1, 1500m));
        entry.DataSourceMethod.ShouldNotBeNull().ShouldEndWith("〔跨年按日分攤 15/31 日〕");
    }

    private static async Task<(Guid Inventory, Guid Source)> ElectricityAsync(InventoryWorld world, int year)
    {
        var facility = await world.CreateFacilityAsync<FacilityResponse>($"廠{year}");
        var inventory = await world.CreateInventoryAsync(year);
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, process = "公用電力", sourceType = "外購電力", material = "外購電力" });
        return (inventory.Id, source.Id);
    }
}

public sealed class SqliteBillEntryTests(SqliteFixture fixture) : BillEntryTests<SqliteFixture>(fixture);

public sealed class PostgresBillEntryTests(PostgresFixture fixture) : BillEntryTests<PostgresFixture>(fixture);
