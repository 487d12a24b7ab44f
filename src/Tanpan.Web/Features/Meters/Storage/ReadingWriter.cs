using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tanpan.Web.Data;

using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Features.Meters.Profiles;

namespace Tanpan.Web.Features.Meters.Storage;

/// <summary>How a stored batch went: new readings, exact repeats of stored ones, and contradictions kept aside.</summary>
public sealed record WriteCounts(int Accepted, int Duplicates, int Conflicts);

/// <summary>
/// Stores a validated batch in one transaction, in bulk (docs/meters.md); the provider-specific inserts are the
/// <see cref="IMeterStorage"/>'s (docs/decisions/0020-meter-storage-sql.md): on PostgreSQL a binary COPY when nothing is
/// stored in the batch's range, else (or when the COPY meets a key committed meanwhile) one INSERT … SELECT FROM
/// unnest(array parameters) ON CONFLICT DO NOTHING, and the conflict detection in SQL only when some reading was not
/// new; on SQLite one prepared INSERT … ON CONFLICT DO NOTHING per reading. A reading whose (meter, time) is already stored with the
/// same value is a duplicate (no change); with another value it goes to MeterReadingConflicts. Cumulative meters'
/// quantities are then recomputed around the new readings, and the day profiles of the days that changed rebuilt
/// (<see cref="DayProfileWriter"/>). Returns after the commit. On SQLite, batches wait for their turn in
/// <see cref="SqliteWriteGate"/> rather than in SQLite's busy retries.
/// </summary>
internal static class ReadingWriter
{
    /// <summary>As <see cref="WriteAsync(AppDbContext, IMeterStorage, Guid, Guid?, List{ValidReading}, long, CancellationToken)"/>, with the storage of the context's provider.</summary>
    public static Task<WriteCounts> WriteAsync(AppDbContext db, Guid organisationId, Guid? gatewayKeyId, List<ValidReading> readings,
        long receivedAt, CancellationToken ct) =>
        WriteAsync(db, MeterStorage.For(db), organisationId, gatewayKeyId, readings, receivedAt, ct);

    public static async Task<WriteCounts> WriteAsync(AppDbContext db, IMeterStorage storage, Guid organisationId, Guid? gatewayKeyId,
        List<ValidReading> readings, long receivedAt, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            var counts = await storage.InsertReadingsAsync(connection, dbTransaction, organisationId, gatewayKeyId, readings, receivedAt, ct);
            var changed = new List<(Guid MeterId, long Day)>();
            foreach (var (meter, from, to) in CumulativeRanges(readings))
            {
                await RecomputeAsync(storage, connection, dbTransaction, meter, from, to, changed, ct);
            }

            // The day profiles of what changed. When every reading of the batch was new (the usual batch), an interval
            // meter's readings are added to their days' profiles; a cumulative meter's days are rebuilt (its quantities
            // depend on the neighbouring readings). When only some were new, every day of the batch is rebuilt. The days
            // of readings whose quantity the recompute changed (e.g. the next stored reading after a late one) are
            // rebuilt. An exact retry skips this.
            if (counts.Accepted > 0 || changed.Count > 0)
            {
                var allNew = counts.Accepted == readings.Count;
                var added = new List<AddedReading>(allNew ? readings.Count : 0);
                foreach (var r in readings)
                {
                    if (allNew && !r.Meter.Cumulative)
                    {
                        added.Add(new AddedReading(r.Meter.Id, r.TimestampUtc, r.Value));
                    }
                    else if (counts.Accepted > 0)
                    {
                        changed.Add((r.Meter.Id, DayProfileWriter.DayOf(r.TimestampUtc)));
                    }
                }

                await DayProfileWriter.UpdateAsync(storage, connection, dbTransaction, organisationId, added, changed, ct);
            }

            await transaction.CommitAsync(ct);
            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>EF Core stores a Guid on SQLite as upper-case text; raw SQL must bind it the same way.</summary>
    internal static string SqliteGuid(Guid id) => id.ToString("D").ToUpperInvariant();

    /// <summary>Per cumulative meter of the batch, the earliest and latest time of its readings.</summary>
    private static IEnumerable<(MeterRef Meter, long From, long To)> CumulativeRanges(List<ValidReading> readings) =>
        readings.Where(r => r.Meter.Cumulative).GroupBy(r => r.Meter.Id)
            .Select(g => (g.First().Meter, g.Min(r => r.TimestampUtc), g.Max(r => r.TimestampUtc)));

    /// <summary>
    /// Recomputes the quantities of a cumulative meter from its register, from the last stored reading before
    /// <paramref name="from"/> to the first after <paramref name="to"/>: increase since the previous reading; a drop
    /// is a roll-over at the meter's roll-over value (quantity = roll-over − previous + new) or, without one, a reset
    /// (quantity = new value). The first reading of the meter keeps 0 (flag First). Only rows whose quantity or flags
    /// change are written; their (meter, day)s are added to <paramref name="changed"/>.
    /// </summary>
    internal static async Task RecomputeAsync(IMeterStorage storage, DbConnection connection, DbTransaction transaction, MeterRef meter, long from, long to,
        List<(Guid MeterId, long Day)> changed, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            WITH w AS (
                SELECT "TimestampUtc", "Register",
                       LAG("Register") OVER (ORDER BY "TimestampUtc") AS "Previous"
                FROM "MeterReadings"
                WHERE "MeterId" = @meter
                  AND "TimestampUtc" >= COALESCE((SELECT MAX("TimestampUtc") FROM "MeterReadings" WHERE "MeterId" = @meter AND "TimestampUtc" < @from), @from)
                  AND "TimestampUtc" <= COALESCE((SELECT MIN("TimestampUtc") FROM "MeterReadings" WHERE "MeterId" = @meter AND "TimestampUtc" > @to), @to)),
            c AS (
                SELECT "TimestampUtc",
                       CASE WHEN "Register" >= "Previous" THEN "Register" - "Previous"
                            WHEN @rollover IS NOT NULL THEN @rollover - "Previous" + "Register"
                            ELSE "Register" END AS "Q",
                       CASE WHEN "Register" >= "Previous" THEN 0 WHEN @rollover IS NOT NULL THEN 1 ELSE 2 END AS "F"
                FROM w WHERE "Previous" IS NOT NULL)
            UPDATE "MeterReadings" SET "Quantity" = c."Q", "Flags" = c."F"
            FROM c
            WHERE "MeterReadings"."MeterId" = @meter AND "MeterReadings"."TimestampUtc" = c."TimestampUtc"
              AND ("MeterReadings"."Quantity" <> c."Q" OR "MeterReadings"."Flags" <> c."F")
            RETURNING "MeterReadings"."TimestampUtc"
            """;
        Add(command, "@meter", storage.Key(meter.Id));
        Add(command, "@from", from);
        Add(command, "@to", to);
        Add(command, "@rollover", meter.Rollover is { } rollover ? rollover : DBNull.Value, rolloverParameter: true);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            changed.Add((meter.Id, DayProfileWriter.DayOf(reader.GetInt64(0))));
        }
    }

    private static void Add(DbCommand command, string name, object value, bool rolloverParameter = false)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        if (rolloverParameter)
        {
            parameter.DbType = System.Data.DbType.Double;
        }

        command.Parameters.Add(parameter);
    }
}
