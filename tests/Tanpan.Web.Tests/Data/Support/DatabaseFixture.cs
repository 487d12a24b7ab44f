using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Tests.Data.Support;

/// <summary>
/// One migrated database per test class (<see cref="Settings"/>), plus empty ones on request; all
/// removed when the class is done. Tests in a class share the database, so each seeds its own
/// organisations and never assumes an empty table.
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private DatabaseSettings? _settings;

    public abstract DatabaseProvider Provider { get; }

    public DatabaseSettings Settings => _settings ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>A new, empty database (no migrations applied), dropped with the fixture.</summary>
    public abstract Task<DatabaseSettings> CreateEmptyDatabaseAsync();

    public AppDbContext CreateContext(TenantContext? tenant = null, TimeProvider? clock = null, DatabaseSettings? settings = null)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseTanpanDatabase(settings ?? Settings);
        return new AppDbContext(options.Options, tenant ?? new TenantContext(), clock ?? TimeProvider.System);
    }

    /// <summary>A context acting as <paramref name="userId"/> (or the system) in the organisation.</summary>
    public AppDbContext CreateContext(Guid organisationId, Guid? userId = null, TimeProvider? clock = null)
    {
        var tenant = new TenantContext();
        tenant.Set(userId, organisationId, MembershipRole.Owner);
        return CreateContext(tenant, clock);
    }

    public async Task InitializeAsync()
    {
        _settings = await CreateEmptyDatabaseAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public abstract Task DisposeAsync();
}
