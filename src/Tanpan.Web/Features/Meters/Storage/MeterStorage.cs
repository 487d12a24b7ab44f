using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Meters.Storage;

/// <summary>
/// Chooses the <see cref="IMeterStorage"/> of a provider: registered per request by <see cref="MetersHostingExtensions.AddMeters"/>,
/// and used directly by the entry points that have only a context (the start-up profile build, tests, benches).
/// </summary>
internal static class MeterStorage
{
    public static IMeterStorage For(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? PostgresMeterStorage.Instance : SqliteMeterStorage.Instance;

    public static IMeterStorage For(AppDbContext db) => For(db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite);
}
