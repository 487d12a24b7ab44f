using System.Net;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// Issue 15: a stored entry that no longer computes (here 500 公升 of electricity, which the month grid used to accept)
/// is named on the results page by source and month with a link to its edit form, and the inventory cannot be locked.
/// </summary>
public abstract class BrokenEntryTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task ResultsPage_EntryInLitresForElectricity_NamesSourceAndMonthWithALinkAndLockIsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync(2021);
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, process = "公用", sourceType = "外購電力", material = "外購電力" });
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 1, amount = 1000, unit = "度" });
        var before = (await ResultsApiClient.GetAsync(world.Client, inventory.Id)).TotalKilograms;   // January's 1,000 度 alone
        var broken = Guid.CreateVersion7();
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            db.ActivityEntries.Add(new ActivityEntry
            {
                Id = broken, InventoryYearId = inventory.Id, EmissionSourceId = source.Id, Year = 2021, Month = 3, Amount = 500, Unit = "公升",
            });
            await db.SaveChangesAsync();
        }

        var html = await Pages.FlowPages.HtmlAsync(world.Client, $"/inventories/{inventory.Id}/results");
        var locked = await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null);

        html.ShouldContain($"href=\"/inventories/{inventory.Id}/sources/{source.Id}?entry={broken}#entry-form\"");
        html.ShouldContain("示範工廠 · 公用 2021-03");
        html.ShouldContain("單位「公升」(體積)");
        html.ShouldContain($"data-partial-kg=\"{before.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"");   // the other figures are still shown
        html.ShouldContain("以下合計不含上列無法計算的數據");
        locked.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("2021-03");
    }
}

public sealed class SqliteBrokenEntryTests(SqliteFixture fixture) : BrokenEntryTests<SqliteFixture>(fixture);

public sealed class PostgresBrokenEntryTests(PostgresFixture fixture) : BrokenEntryTests<PostgresFixture>(fixture);
