using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Meters.Profiles;

/// <summary>At start-up, after the migrations: builds the day profiles of meters whose readings predate them.</summary>
internal sealed class DayProfileBackfill : IAfterMigration
{
    public Task RunAsync(AppDbContext db, CancellationToken cancellationToken) => DayProfileWriter.BuildMissingAsync(db, cancellationToken);
}
