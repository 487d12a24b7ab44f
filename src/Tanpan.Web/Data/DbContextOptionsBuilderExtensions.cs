using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tanpan.Web.Data;

public static class DbContextOptionsBuilderExtensions
{
    /// <summary>Configures <see cref="AppDbContext"/> for the host and the tests alike.</summary>
    public static DbContextOptionsBuilder UseTanpanDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(settings.ConnectionString).AddInterceptors(SqlitePragmas.Instance);
        }
        else
        {
            options.UseNpgsql(settings.ConnectionString);
        }

        // The migrations are hand-written and have no model snapshot, so EF always sees "pending
        // model changes"; the schema test guards against drift instead (docs/decisions/0004).
        return options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
