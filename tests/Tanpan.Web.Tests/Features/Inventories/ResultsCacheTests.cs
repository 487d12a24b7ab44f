using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// Cached results follow every kind of change (each save gives the inventory a new revision), and a locked
/// inventory's results come from the snapshot taken at locking, whatever happens to the rows underneath.
/// </summary>
public abstract class ResultsCacheTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Results_InventoryWithoutEntries_IsZeroAndCanBeLocked()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        var inv = $"/api/v1/inventories/{inventory.Id}";

        var results = await ResultsApiClient.GetAsync(world.Client, inventory.Id);
        results.TotalKilograms.ShouldBe(0m);
        results.Rows.ShouldBeEmpty();
        results.FactorSetId.ShouldBe(inventory.FactorSetId);

        (await world.Client.PostAsync(new Uri($"{inv}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ResultsApiClient.GetAsync(world.Client, inventory.Id)).TotalKilograms.ShouldBe(0m);
    }

    [Fact]
    public async Task Results_AfterEveryKindOfChange_AreTheFreshCalculation()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>("甲廠");
        var other = await world.CreateFacilityAsync<FacilityResponse>("乙廠");
        var inventory = await world.CreateInventoryAsync();
        var inv = $"/api/v1/inventories/{inventory.Id}";
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油" });
        var src = $"{inv}/sources/{source.Id}";
        var entry = await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, month = 1, amount = 100, unit = "公升" });
        var seen = new List<InventoryResults> { await CheckAsync() };

        async Task<InventoryResults> CheckAsync()
        {
            var served = await ResultsApiClient.GetAsync(world.Client, inventory.Id);
            var again = await ResultsApiClient.GetAsync(world.Client, inventory.Id);
            var fresh = await FreshAsync(world.OrganisationId, inventory.Id);
            served.TotalKilograms.ShouldBe(fresh.TotalKilograms);
            served.GwpSetId.ShouldBe(fresh.GwpSetId);
            served.ByFacility.ShouldBe(fresh.ByFacility);
            served.Rows.Select(r => (r.EntryId, r.Kilograms)).ShouldBe(fresh.Rows.Select(r => (r.EntryId, r.Kilograms)));
            again.TotalKilograms.ShouldBe(served.TotalKilograms);
            return served;
        }

        async Task ChangeAsync(Task<HttpResponseMessage> change)
        {
            var response = await change;
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
            seen.Add(await CheckAsync());
            Fingerprint(seen[^1]).ShouldNotBe(Fingerprint(seen[^2])); // the change shows (each one changes the results)
        }

        await ChangeAsync(world.Client.PostAsJsonAsync($"{src}/activity", new { year = 2021, month = 2, amount = 50, unit = "公升" }));    // entry created
        await ChangeAsync(world.Client.PutAsJsonAsync($"{src}/activity/{entry.Id}", new { year = 2021, month = 1, amount = 300, unit = "公升" })); // updated
        await ChangeAsync(world.Client.DeleteAsync(new Uri($"{src}/activity/{entry.Id}", UriKind.Relative)));                              // deleted
        await ChangeAsync(world.Client.PutAsJsonAsync(src, new { facilityId = other.Id, sourceType = "固定燃燒", material = "柴油" }));          // source moved
        await ChangeAsync(world.Client.PutAsJsonAsync($"/api/v1/facilities/{other.Id}", new { name = "丙廠" }));                              // facility renamed
        await ChangeAsync(world.Client.PostAsJsonAsync($"{inv}/recalculate", new { gwpSetId = "AR4" }));                                    // sets moved (recalculation)
        var second = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
        await ChangeAsync(world.Client.PostAsJsonAsync($"{inv}/sources/{second.Id}/activity", new { year = 2021, amount = 1000, unit = "度" }));
        await ChangeAsync(world.Client.DeleteAsync(new Uri($"{inv}/sources/{second.Id}", UriKind.Relative)));                            // source deleted

        seen.Select(r => r.TotalKilograms).Distinct().Count().ShouldBeGreaterThan(3);
    }

    private static string Fingerprint(InventoryResults r) =>
        $"{r.TotalKilograms}|{r.GwpSetId}|{string.Join(',', r.ByFacility.Select(f => $"{f.Key}={f.Kilograms}"))}|{r.Rows.Count}";

    [Fact]
    public async Task Save_ThatChangesAnInventorysRows_GivesItANewRevisionButLeavesNoAuditOfIt()
    {
        var tenant = await Seed.TenantAsync(fixture);
        Guid before;
        await using (var db = fixture.CreateContext(tenant.OrganisationId))
        {
            before = (await db.InventoryYears.SingleAsync(y => y.Id == tenant.InventoryYearId)).Revision;
            (await db.ActivityEntries.SingleAsync(e => e.Id == tenant.ActivityId)).Amount = 99m; // the inventory itself is not loaded
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(tenant.OrganisationId);
        (await check.InventoryYears.SingleAsync(y => y.Id == tenant.InventoryYearId)).Revision.ShouldNotBe(before);
        (await check.AuditEntries.Where(a => a.EntityType == nameof(InventoryYear) && a.Action == AuditAction.Update).CountAsync()).ShouldBe(0);
        (await check.AuditEntries.Where(a => a.EntityType == nameof(ActivityEntry) && a.Action == AuditAction.Update).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task LockedInventory_RowsChangedUnderneath_ServesTheSnapshotUntilUnlocked()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, entryIds) = await Seed001Example.EnterAsync(world);
        var inv = $"/api/v1/inventories/{inventoryId}";
        var published = await ResultsApiClient.GetAsync(world.Client, inventoryId);

        (await world.Client.PostAsync(new Uri($"{inv}/lock", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            var snapshot = await db.ResultSnapshots.SingleAsync(s => s.InventoryYearId == inventoryId);
            (snapshot.FactorSetId, snapshot.FactorSetVersion, snapshot.GwpSetId).ShouldBe((published.FactorSetId, published.FactorSetVersion, published.GwpSetId));

            // Around the lock (as a migration, a repair or a changed factor path would): the electricity entry doubles.
            var entry = await db.ActivityEntries.SingleAsync(e => e.Id == entryIds[7]);
            entry.Amount *= 2;
            await db.SaveChangesAsync();
        }

        var fresh = await FreshAsync(world.OrganisationId, inventoryId);
        fresh.TotalKilograms.ShouldBeGreaterThan(published.TotalKilograms);
        var locked = await ResultsApiClient.GetAsync(world.Client, inventoryId);
        locked.TotalKilograms.ShouldBe(published.TotalKilograms);
        locked.Rows.Single(r => r.EntryId == entryIds[7]).Amount.ShouldBe(8_967_500m);
        var page = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/results");
        ResultsHtml.Decimals(page, "strong", "data-total-kg").ShouldBe([published.TotalKilograms]);
        ResultsHtml.Text(page).ShouldContain("此盤查已鎖定");

        using var administrator = await world.MemberAsync(MembershipRole.Owner, administrator: true);
        (await administrator.PostAsJsonAsync($"{inv}/unlock", new { reason = "更正電費單" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await ResultsApiClient.GetAsync(world.Client, inventoryId)).TotalKilograms.ShouldBe(fresh.TotalKilograms);
        await using var after = fixture.CreateContext(world.OrganisationId);
        (await after.ResultSnapshots.AnyAsync(s => s.InventoryYearId == inventoryId)).ShouldBeFalse();
    }

    [Fact]
    public async Task Lock_WithAnEntryThatCannotBeCalculated_Is422AndStaysOpen()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 1990, amount = 10, unit = "度" });

        var response = await world.Client.PostAsync(new Uri($"/api/v1/inventories/{inventory.Id}/lock", UriKind.Relative), null);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await world.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{inventory.Id}", AccountsApp.Json))!.LockedAt.ShouldBeNull();
    }

    /// <summary>The calculation run now on the stored rows, with no cache and no snapshot.</summary>
    private async Task<InventoryResults> FreshAsync(Guid organisationId, Guid inventoryId)
    {
        await using var db = fixture.CreateContext(organisationId);
        var year = await db.InventoryYears.SingleAsync(y => y.Id == inventoryId);
        var (results, issues) = await ResultsCalculation.RunAsync(inventoryId, year.FactorSetId, year.GwpSetId, db, FactorLibrary.Shipped, default);
        issues.ShouldBeEmpty();
        return results!;
    }
}
