using Microsoft.EntityFrameworkCore;

namespace Tanpan.Web.Data;

/// <summary>
/// On SQLite, keeps the request's connection open from its first query to the end of the request (the context's
/// disposal closes it). EF Core otherwise opens and closes it around every query, and each SQLite open re-registers
/// EF Core's SQL functions on the native handle: a signed-in page runs three or four queries, so that was paid three or
/// four times. A pooled SQLite connection outside a transaction holds no lock, so keeping it open blocks nobody.
/// PostgreSQL keeps EF Core's default (the connection goes back to the pool between queries).
/// </summary>
internal static class RequestConnection
{
    public static async ValueTask HoldAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite() && db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
    }
}
