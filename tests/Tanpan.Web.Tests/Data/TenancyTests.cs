using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Sources;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

/// <summary>Tenant A can neither read nor write tenant B's rows. Run on each provider (see ProviderTests.cs).</summary>
public abstract class TenancyTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Query_AsTenantA_SeesOnlyItsOwnRows()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId);

        (await db.Organisations.Select(o => o.Id).ToListAsync()).ShouldBe([a.OrganisationId]);
        (await db.Facilities.Select(f => f.Id).ToListAsync()).ShouldBe([a.FacilityId]);
        (await db.InventoryYears.Select(y => y.Id).ToListAsync()).ShouldBe([a.InventoryYearId]);
        (await db.EmissionSources.Select(s => s.Id).ToListAsync()).ShouldBe([a.SourceId]);
        (await db.ActivityEntries.Select(e => e.Id).ToListAsync()).ShouldBe([a.ActivityId]);
        (await db.AuditEntries.AnyAsync(e => e.OrganisationId == b.OrganisationId)).ShouldBeFalse();
        (await db.Facilities.FindAsync(b.FacilityId)).ShouldBeNull();
        (await db.InventoryYears.Include(y => y.Sources).ThenInclude(s => s.Activity).SingleAsync())
            .Sources.Single().Activity.Single().Id.ShouldBe(a.ActivityId);
    }

    [Fact]
    public async Task Query_NoCurrentOrganisation_SeesNothing()
    {
        await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext();

        (await db.Organisations.AnyAsync()).ShouldBeFalse();
        (await db.Facilities.AnyAsync()).ShouldBeFalse();
        (await db.ActivityEntries.AnyAsync()).ShouldBeFalse();
        (await db.Facilities.IgnoreQueryFilters().AnyAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Save_OtherTenantsRowLoadedPastTheFilter_Throws()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            var facility = await db.Facilities.IgnoreQueryFilters().SingleAsync(f => f.Id == b.FacilityId);
            facility.Name = "A 改的";
            var activity = await db.ActivityEntries.IgnoreQueryFilters().SingleAsync(e => e.Id == b.ActivityId);
            activity.Amount = 0m;
            await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());

            db.ChangeTracker.Clear();
            var organisation = await db.Organisations.IgnoreQueryFilters().SingleAsync(o => o.Id == b.OrganisationId);
            organisation.Name = "A 改的";
            await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }

        await using var asB = fixture.CreateContext(b.OrganisationId);
        (await asB.Facilities.SingleAsync()).Name.ShouldBe("觀音廠");
        (await asB.ActivityEntries.SingleAsync()).Amount.ShouldBe(1234.5m);
        (await asB.Organisations.SingleAsync()).Name.ShouldBe("測試紡織股份有限公司");
    }

    [Fact]
    public async Task Save_NewRowForOtherOrganisation_Throws()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId);
        db.Facilities.Add(new Facility { OrganisationId = b.OrganisationId, Name = "B 的新廠" });

        var e = await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        e.Message.ShouldContain(b.OrganisationId.ToString());
        (await db.Facilities.IgnoreQueryFilters().AnyAsync(f => f.Name == "B 的新廠")).ShouldBeFalse();
    }

    [Fact]
    public async Task Save_DeletingOtherTenantsRow_Throws()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId);
        db.InventoryYears.Remove(await db.InventoryYears.IgnoreQueryFilters().SingleAsync(y => y.Id == b.InventoryYearId));

        await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_ForgedRowWithOtherTenantsId_MatchesNoRow()
    {
        // The filter does not guard UPDATE and DELETE; the organisation id as concurrency token does.
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            db.Facilities.Update(new Facility { Id = b.FacilityId, OrganisationId = a.OrganisationId, Name = "hijacked" });
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            db.ActivityEntries.Remove(new ActivityEntry { Id = b.ActivityId, OrganisationId = a.OrganisationId, Unit = "度" });
            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using var asB = fixture.CreateContext(b.OrganisationId);
        (await asB.Facilities.SingleAsync()).Name.ShouldBe("觀音廠");
        (await asB.ActivityEntries.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Save_SourceCitingOtherTenantsFacility_IsRejectedByTheDatabase()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId);
        db.EmissionSources.Add(new EmissionSource
        {
            InventoryYearId = a.InventoryYearId,
            FacilityId = b.FacilityId,
            SourceType = SourceType.Stationary,
            MaterialKey = "diesel",
            Category = 1,
            Gases = "CO2,CH4,N2O",
        });

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_ActivityCitingSourceOfAnotherInventory_IsRejectedByTheDatabase()
    {
        var a = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId);
        var otherYear = Seed.Inventory(2025);
        db.InventoryYears.Add(otherYear);
        await db.SaveChangesAsync();
        db.ActivityEntries.Add(new ActivityEntry { InventoryYearId = otherYear.Id, EmissionSourceId = a.SourceId, Year = 2025, Amount = 1m, Unit = "度" });

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_NewRowsWithoutOrganisation_AreStampedWithTheCurrentOne()
    {
        var a = await Seed.TenantAsync(fixture);
        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            db.Facilities.Add(new Facility { Name = "新屋廠" });
            db.ActivityEntries.Add(new ActivityEntry { InventoryYearId = a.InventoryYearId, EmissionSourceId = a.SourceId, Year = 2024, Month = 2, Amount = 7m, Unit = "千度" });
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(a.OrganisationId);
        (await check.Facilities.IgnoreQueryFilters().SingleAsync(f => f.Name == "新屋廠")).OrganisationId.ShouldBe(a.OrganisationId);
        (await check.ActivityEntries.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Save_TenantRowWithNoCurrentOrganisation_Throws()
    {
        var a = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext();
        db.Facilities.Add(new Facility { OrganisationId = a.OrganisationId, Name = "無主廠" });

        var e = await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        e.Message.ShouldContain("no organisation is current");
    }

    [Fact]
    public async Task Save_UserWithNoCurrentOrganisation_IsAllowed()
    {
        await using var db = fixture.CreateContext();
        db.Users.Add(Seed.User($"{Guid.NewGuid():N}@example.tw"));

        (await db.SaveChangesAsync()).ShouldBe(1);
    }
}
