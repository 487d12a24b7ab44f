using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Data;

/// <summary>
/// Unique keys and delete rules: an inventory takes its sources, activity and scoped verifiers with
/// it; a facility, evidence file or organisation still in use cannot be deleted; an account takes its
/// memberships and tokens.
/// </summary>
public abstract class ConstraintTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task User_EmailDifferingOnlyInCase_IsRejected()
    {
        var local = Guid.NewGuid().ToString("N");
        await using (var db = fixture.CreateContext())
        {
            db.Users.Add(Seed.User($"{local}@example.tw"));
            await db.SaveChangesAsync();
        }

        await using var again = fixture.CreateContext();
        again.Users.Add(Seed.User($" {local.ToUpperInvariant()}@Example.TW"));
        await Should.ThrowAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Fact]
    public async Task InventoryYear_SameYearTwice_IsRejectedWithinAnOrganisationOnly()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            db.InventoryYears.Add(Seed.Inventory(2024));
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var asB = fixture.CreateContext(b.OrganisationId);
        asB.InventoryYears.Add(Seed.Inventory(2025));
        await asB.SaveChangesAsync();
    }

    [Fact]
    public async Task DeleteInventory_CascadesToSourcesActivityAndScopedVerifiers()
    {
        var a = await Seed.TenantAsync(fixture);
        var verifier = Seed.User($"{Guid.NewGuid():N}@verifier.tw");
        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            db.Users.Add(verifier);
            db.Memberships.Add(new Membership { User = verifier, Role = MembershipRole.Verifier, InventoryYearId = a.InventoryYearId, CreatedAt = Seed.Time });
            await db.SaveChangesAsync();
        }

        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            db.InventoryYears.Remove(await db.InventoryYears.SingleAsync());
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(a.OrganisationId);
        (await check.EmissionSources.AnyAsync()).ShouldBeFalse();
        (await check.ActivityEntries.AnyAsync()).ShouldBeFalse();
        (await check.Memberships.AnyAsync()).ShouldBeFalse();
        (await check.Facilities.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task DeleteFacility_WithSources_IsRejected()
    {
        var a = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId);
        db.Facilities.Remove(await db.Facilities.SingleAsync());

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task DeleteOrganisation_WithData_IsRejected()
    {
        var a = await Seed.TenantAsync(fixture);
        await using var db = fixture.CreateContext(a.OrganisationId);
        db.Organisations.Remove(await db.Organisations.SingleAsync());

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task DeleteUser_CascadesToMembershipsAndTokens()
    {
        var a = await Seed.TenantAsync(fixture);
        var user = Seed.User($"{Guid.NewGuid():N}@example.tw");
        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            db.Users.Add(user);
            db.Memberships.Add(new Membership { User = user, Role = MembershipRole.Editor, CreatedAt = Seed.Time });
            db.ApiTokens.Add(new ApiToken { User = user, Name = "CLI", TokenHash = new string('f', 64), CreatedAt = Seed.Time });
            await db.SaveChangesAsync();
        }

        await using (var db = fixture.CreateContext(a.OrganisationId))
        {
            db.Users.Remove(await db.Users.SingleAsync(u => u.Id == user.Id));
            await db.SaveChangesAsync();
        }

        await using var check = fixture.CreateContext(a.OrganisationId);
        (await check.Memberships.AnyAsync()).ShouldBeFalse();
        (await check.ApiTokens.AnyAsync(t => t.UserId == user.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Membership_SecondForSameUserAndOrganisation_IsRejected()
    {
        var a = await Seed.TenantAsync(fixture);
        var user = Seed.User($"{Guid.NewGuid():N}@example.tw");
        await using var db = fixture.CreateContext(a.OrganisationId);
        db.Users.Add(user);
        db.Memberships.Add(new Membership { User = user, Role = MembershipRole.Editor, CreatedAt = Seed.Time });
        await db.SaveChangesAsync();
        db.Memberships.Add(new Membership { UserId = user.Id, Role = MembershipRole.Viewer, CreatedAt = Seed.Time });

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
