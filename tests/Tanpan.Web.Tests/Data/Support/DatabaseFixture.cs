using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Tests.Data.Support;

/// <summary>
/// One migrated database per test class (<see cref="Settings"/>), plus empty ones on request; all
/// removed when the class is done. Tests in a class share the database, so each seeds its own
/// organisations and never assumes an empty table. The class's database is a copy of one migrated once per test run
/// (<see cref="CreateMigratedDatabaseAsync"/>), which the migration tests check against a migration run of its own.
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private readonly List<Func<ValueTask>> _onDispose = [];
    private DatabaseSettings? _settings;

    public abstract DatabaseProvider Provider { get; }

    public DatabaseSettings Settings => _settings ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>A new, empty database (no migrations applied), dropped with the fixture.</summary>
    public abstract Task<DatabaseSettings> CreateEmptyDatabaseAsync();

    /// <summary>A new database at the latest migration: a copy of one migrated once per test run; dropped with the fixture.</summary>
    public abstract Task<DatabaseSettings> CreateMigratedDatabaseAsync();

    /// <summary>Work to do when the class is done, before its databases are dropped (e.g. stopping a shared app).</summary>
    public void OnDispose(Func<ValueTask> action)
    {
        lock (_onDispose)
        {
            _onDispose.Add(action);
        }
    }

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

    public async Task InitializeAsync() => _settings = await CreateMigratedDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var action in _onDispose)
        {
            await action();
        }

        await DropDatabasesAsync();
    }

    protected abstract Task DropDatabasesAsync();

    /// <summary>Brings a database to the latest migration (the template's one migration run).</summary>
    protected static async Task MigrateAsync(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseTanpanDatabase(settings);
        await using var db = new AppDbContext(options.Options, new TenantContext(), TimeProvider.System);
        await db.Database.MigrateAsync();
    }
}
