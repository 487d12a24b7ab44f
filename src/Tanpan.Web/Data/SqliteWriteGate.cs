using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Tanpan.Web.Data;

/// <summary>
/// One writer at a time per SQLite database file, queued in this process. SQLite has a single writer; two
/// transactions that both want to write make the second fail with SQLITE_BUSY, which Microsoft.Data.Sqlite answers
/// by sleeping on its thread and trying again until the command timeout. Bulk writers (the meter-reading ingest) wait
/// here instead, in arrival order and without blocking a thread, so a request's latency is its queue wait plus its
/// own work. PostgreSQL needs no gate (<see cref="EnterAsync"/> returns at once).
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the database's write turn; dispose the result to give it up. No wait on PostgreSQL.</summary>
    public static async ValueTask<IDisposable?> EnterAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
