using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>The audit history per source, and deleting an inventory leaves an entry for every row it takes.</summary>
public abstract class InventoryAuditTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Audit_WithSourceId_ListsThatSourceAndItsEntriesOnly()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventory, diesel, power, entries) = await SeedAsync(world);
        (await world.Client.DeleteAsync(new Uri($"/api/v1/inventories/{inventory.Id}/sources/{diesel.Id}/activity/{entries[0].Id}", UriKind.Relative)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var page = (await world.Client.GetFromJsonAsync<AuditPage>($"/api/v1/inventories/{inventory.Id}/audit?sourceId={diesel.Id}", AccountsApp.Json))!;

        page.Items.Select(i => (i.EntityId, i.Action)).ShouldBe([
            (entries[0].Id, AuditAction.Delete), (entries[1].Id, AuditAction.Create), (entries[0].Id, AuditAction.Create), (diesel.Id, AuditAction.Create)]);
        page.Total.ShouldBe(4);
        var other = (await world.Client.GetFromJsonAsync<AuditPage>($"/api/v1/inventories/{inventory.Id}/audit?sourceId={power.Id}", AccountsApp.Json))!;
        other.Items.Select(i => i.EntityId).ShouldBe([entries[2].Id, power.Id]);
    }

    [Fact]
    public async Task DeleteInventory_WithSourcesAndEntries_AuditsEveryRowWithItsOldValues()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventory, diesel, power, entries) = await SeedAsync(world);
        app.Clock.Now = app.Clock.Now.AddHours(1);

        (await world.Client.DeleteAsync(new Uri($"/api/v1/inventories/{inventory.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using var db = fixture.CreateContext(world.OrganisationId);
        var deletes = await db.AuditEntries.Where(a => a.InventoryYearId == inventory.Id && a.Action == AuditAction.Delete).ToListAsync();
        deletes.Select(a => a.EntityId).ShouldBe([inventory.Id, diesel.Id, power.Id, .. entries.Select(e => e.Id)], ignoreOrder: true);
        deletes.ShouldAllBe(a => a.At == app.Clock.Now && a.OldValues != null && a.NewValues == null);
        deletes.Single(a => a.EntityId == entries[1].Id).OldValues!.ShouldContain("\"Amount\":78");
        deletes.Single(a => a.EntityId == power.Id).OldValues!.ShouldContain("\"MaterialKey\":\"electricity\"");
        (await db.EmissionSources.CountAsync(s => s.InventoryYearId == inventory.Id)).ShouldBe(0);
        (await db.ActivityEntries.CountAsync(e => e.InventoryYearId == inventory.Id)).ShouldBe(0);
    }

    /// <summary>An inventory with a diesel source (two entries) and an electricity source (one), a minute apart each.</summary>
    internal static async Task<(InventoryResponse Inventory, SourceResponse Diesel, SourceResponse Power, ActivityResponse[] Entries)> SeedAsync(InventoryWorld world)
    {
        var clock = world.App.Clock;
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        clock.Now = clock.Now.AddMinutes(1);
        var diesel = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "固定燃燒", material = "柴油" });
        clock.Now = clock.Now.AddMinutes(1);
        var power = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
        clock.Now = clock.Now.AddMinutes(1);
        var first = await world.CreateActivityAsync(inventory.Id, diesel.Id, new { year = 2021, amount = 56, unit = "公升" });
        clock.Now = clock.Now.AddMinutes(1);
        var second = await world.CreateActivityAsync(inventory.Id, diesel.Id, new { year = 2021, month = 3, amount = 78, unit = "公升", overlapReason = "三月另一張油單" });   // the year's 56 L covers March
        clock.Now = clock.Now.AddMinutes(1);
        var third = await world.CreateActivityAsync(inventory.Id, power.Id, new { year = 2021, amount = 1000, unit = "度" });
        clock.Now = clock.Now.AddMinutes(1);
        return (inventory, diesel, power, [first, second, third]);
    }
}
