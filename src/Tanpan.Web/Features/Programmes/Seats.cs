using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The quota ledger. A request takes or gives back a place only together with its service's
/// <see cref="ProgrammeService.SeatsTaken"/>, in one save guarded by the service's row version: when two submissions
/// or approvals race for the last place, the second save matches no row (DbUpdateConcurrencyException) or hits the unique 案件編號, and
/// <see cref="RunAsync{T}"/> reads everything again and decides again — now over quota, so it wait-lists. The same on
/// SQLite and PostgreSQL, no provider-specific locking (docs/programmes.md, "Quotas").
/// </summary>
internal static class Seats
{
    /// <summary>Takes a place when one is free; false when the quota is full.</summary>
    public static bool TryTake(ProgrammeService service, ProgrammeRequest request)
    {
        if (request.HoldsSeat)
        {
            return true;
        }

        if (service.SeatsTaken >= service.Quota)
        {
            return false;
        }

        service.SeatsTaken++;
        request.HoldsSeat = true;
        return true;
    }

    public static void Release(ProgrammeService service, ProgrammeRequest request)
    {
        if (request.HoldsSeat)
        {
            service.SeatsTaken--;
            request.HoldsSeat = false;
        }
    }

    /// <summary>
    /// Two confirmations that read the same last 案件編號 both try the next one; the unique index stops the second, which
    /// then reads again like any other conflict (PostgreSQL 23505, SQLite constraint error 19).
    /// </summary>
    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
            or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };

    /// <summary>Runs a read-decide-save attempt until it saves without a concurrency conflict (at most 50 tries).</summary>
    public static async Task<T> RunAsync<T>(AppDbContext db, Func<Task<T>> attempt, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                using var turn = await SqliteWriteGate.EnterAsync(db, ct);
                return await attempt();
            }
            catch (DbUpdateException e) when (tries < 50 && (e is DbUpdateConcurrencyException || IsUniqueViolation(e)))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 5 * tries), ct);
            }
        }
    }
}
