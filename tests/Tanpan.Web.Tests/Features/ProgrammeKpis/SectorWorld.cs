using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeKpis;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeKpis;

/// <summary>
/// An agency and client organisations with locked inventory years (a published snapshot each), on a real database, with
/// the grant model's own service for giving and revoking grants and the roll-up run as a page request runs it (a DI scope
/// whose tenant is the agency).
/// </summary>
internal sealed class SectorWorld(DatabaseFixture fixture) : IAsyncDisposable
{
    private readonly ServiceProvider _services = Services(fixture.Settings);

    public static DateOnly TodayInTaiwan => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public async Task<Guid> OrganisationAsync(string name, string? industry)
    {
        var organisation = Seed.Organisation(name);
        organisation.IndustryCode = industry;
        await using var db = fixture.CreateContext(organisation.Id);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    /// <summary>An inventory year with its published snapshot (total in tonnes); <paramref name="locked"/> false leaves it open.</summary>
    public async Task YearAsync(Guid organisation, int year, decimal tonnes, decimal? revenueNtd, bool locked = true)
    {
        await using var db = fixture.CreateContext(organisation);
        var inventory = Seed.Inventory(year);
        inventory.RevenueNtd = revenueNtd;
        inventory.LockedAt = locked ? Seed.Time : null;
        db.InventoryYears.Add(inventory);
        await db.SaveChangesAsync();
        db.ResultSnapshots.Add(new ResultSnapshot
        {
            InventoryYearId = inventory.Id, FactorSetId = inventory.FactorSetId, FactorSetVersion = "6.0.4", GwpSetId = inventory.GwpSetId, CreatedAt = Seed.Time,
            Json = $$"""{"factorSetId":"{{inventory.FactorSetId}}","factorSetVersion":"6.0.4","gwpSetId":"AR5","totalKilograms":{{tonnes * 1000m}},"totalTonnes":{{tonnes}},"sources":[]}""",
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The client's owner gives <paramref name="grantee"/> a grant (through <see cref="GrantService.GiveAsync"/>).</summary>
    public async Task<Grant> GiveAsync(Guid client, Guid grantee, string purpose = GrantPurposes.Sector, DateOnly? expiresOn = null)
    {
        await using var scope = Scope(client, MembershipRole.Owner);
        return await scope.ServiceProvider.GetRequiredService<GrantService>().GiveAsync(grantee, purpose, false, null, null, expiresOn, null, default);
    }

    public async Task RevokeAsync(Guid client, Guid grantId)
    {
        await using var scope = Scope(client, MembershipRole.Owner);
        (await scope.ServiceProvider.GetRequiredService<GrantService>().RevokeAsync(grantId, default)).ShouldBeTrue();
    }

    public async Task<SectorCells.Result?> RollupAsync(Guid agency, MembershipRole role = MembershipRole.Viewer, int? baseYear = null)
    {
        await using var scope = Scope(agency, role);
        return await scope.ServiceProvider.GetRequiredService<SectorRollupService>().RollupAsync(baseYear, default);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private AsyncServiceScope Scope(Guid organisation, MembershipRole role)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Guid.CreateVersion7(), organisation, role);
        return scope;
    }

    private static ServiceProvider Services(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<GrantService>();
        services.AddScoped<SectorRollupService>();
        services.AddDbContext<AppDbContext>(o => o.UseTanpanDatabase(settings));
        return services.BuildServiceProvider();
    }
}
