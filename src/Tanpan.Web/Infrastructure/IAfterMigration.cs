using Tanpan.Web.Data;

namespace Tanpan.Web.Infrastructure;

/// <summary>
/// Work a feature needs done once the schema is current and before the app serves requests (e.g. rebuilding derived
/// rows a new migration left empty). Registered by the feature; run in registration order by
/// <see cref="HostingExtensions.MigrateDatabase"/>, so the kernel calls no feature by name.
/// </summary>
public interface IAfterMigration
{
    Task RunAsync(AppDbContext db, CancellationToken cancellationToken);
}
