using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Meters;

/// <summary>How a stored batch went: new readings, exact repeats of stored ones, and contradictions kept aside.</summary>
public sealed record WriteCounts(int Accepted, int Duplicates, int Conflicts);

/// <summary>
/// Stores a validated batch in one transaction, in bulk (docs/meters.md): on PostgreSQL a binary COPY into a
/// temporary table, then one INSERT … ON CONFLICT DO NOTHING and the conflict detection in SQL; on SQLite one
/// prepared INSERT … ON CONFLICT DO NOTHING per reading. A reading whose (meter, time) is already stored with the
/// same value is a duplicate (no change); with another value it goes to MeterReadingConflicts. Cumulative meters'
/// quantities are then recomputed around the new readings, and the day profiles of the days that changed rebuilt
/// (<see cref="DayProfileWriter"/>). Returns after the commit. On SQLite, batches wait for their turn in
/// <see cref="SqliteWriteGate"/> rather than in SQLite's busy retries.
/// </summary>
internal static class ReadingWriter
{
    public static async Task<WriteCounts> WriteAsync(AppDbContext db, Guid organisationId, Guid? gatewayKeyId, List<ValidReading> readings,
        long receivedAt, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            var counts = connection is NpgsqlConnection npgsql
                ? await WritePostgresAsync(npgsql, (NpgsqlTransaction)dbTransaction, organisationId, gatewayKeyId, readings, receivedAt, ct)
                : await WriteSqliteAsync((SqliteConnection)connection, (SqliteTransaction)dbTransaction, organisationId, gatewayKeyId, readings, receivedAt, ct);
            var changed = new List<(Guid MeterId, long Day)>();
            foreach (var (meter, from, to) in CumulativeRanges(readings))
            {
                await RecomputeAsync(connection, dbTransaction, meter, from, to, changed, ct);
            }

            // The day profiles of what changed: the batch's days when it stored anything, and the days of readings whose
            // quantity the recompute changed (e.g. the next stored reading after a late one). An exact retry skips this.
            if (counts.Accepted > 0 || changed.Count > 0)
            {
                var days = counts.Accepted > 0 ? changed.Concat(readings.Select(r => (r.Meter.Id, DayProfileWriter.DayOf(r.TimestampUtc)))) : changed;
                await DayProfileWriter.RebuildAsync(connection, dbTransaction, days, ct);
            }

            await transaction.CommitAsync(ct);
            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<WriteCounts> WritePostgresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organisationId,
        Guid? gatewayKeyId, List<ValidReading> readings, long receivedAt, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE IF NOT EXISTS ingest_batch ("MeterId" uuid NOT NULL, "TimestampUtc" bigint NOT NULL, "Value" double precision NOT NULL,
                "Cumulative" boolean NOT NULL) ON COMMIT DELETE ROWS
            """, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY ingest_batch (\"MeterId\", \"TimestampUtc\", \"Value\", \"Cumulative\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in readings)
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(r.Meter.Id, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(r.TimestampUtc, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(r.Value, NpgsqlDbType.Double, ct);
                await import.WriteAsync(r.Meter.Cumulative, NpgsqlDbType.Boolean, ct);
            }

            await import.CompleteAsync(ct);
        }

        // Statistics for the batch (a temporary table has none, and autovacuum never visits it): without them the
        // planner guessed ~1,300 rows and joined the batch to MeterReadings by a hash over a scan of the whole table
        // (≈ 0.4 s a batch once it held a few hundred thousand rows) instead of one primary-key lookup per reading.
        await using (var analyze = new NpgsqlCommand("ANALYZE ingest_batch", connection, transaction))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }

        await using var command = new NpgsqlCommand("""
            WITH inserted AS (
                INSERT INTO "MeterReadings" ("MeterId", "TimestampUtc", "OrganisationId", "Quantity", "Register", "Flags", "ReceivedAt")
                SELECT "MeterId", "TimestampUtc", @org, CASE WHEN "Cumulative" THEN 0 ELSE "Value" END,
                       CASE WHEN "Cumulative" THEN "Value" END, CASE WHEN "Cumulative" THEN 4 ELSE 0 END, @received
                FROM ingest_batch
                ON CONFLICT ("MeterId", "TimestampUtc") DO NOTHING
                RETURNING 1)
            SELECT count(*) FROM inserted;
            """, connection, transaction);
        command.Parameters.AddWithValue("org", organisationId);
        command.Parameters.AddWithValue("received", receivedAt);
        var accepted = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        // Rows of this batch just inserted match themselves; any other difference is a contradiction of a stored reading.
        await using var conflicts = new NpgsqlCommand("""
            WITH differing AS (
                SELECT b."MeterId", b."TimestampUtc", b."Value", s."Stored"
                FROM ingest_batch b
                CROSS JOIN LATERAL (
                    SELECT COALESCE(r."Register", r."Quantity") AS "Stored" FROM "MeterReadings" r
                    WHERE r."MeterId" = b."MeterId" AND r."TimestampUtc" = b."TimestampUtc") s
                WHERE s."Stored" <> b."Value"),
            kept AS (
                INSERT INTO "MeterReadingConflicts" ("Id", "OrganisationId", "MeterId", "TimestampUtc", "Value", "StoredValue", "GatewayKeyId", "ReceivedAt")
                SELECT gen_random_uuid(), @org, "MeterId", "TimestampUtc", "Value", "Stored", @key, @received FROM differing
                ON CONFLICT DO NOTHING)
            SELECT count(*) FROM differing;
            """, connection, transaction);
        conflicts.Parameters.AddWithValue("org", organisationId);
        conflicts.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Uuid) { Value = (object?)gatewayKeyId ?? DBNull.Value });
        conflicts.Parameters.AddWithValue("received", receivedAt);
        var conflicting = Convert.ToInt32(await conflicts.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return new WriteCounts(accepted, readings.Count - accepted - conflicting, conflicting);
    }

    private static async Task<WriteCounts> WriteSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, Guid organisationId,
        Guid? gatewayKeyId, List<ValidReading> readings, long receivedAt, CancellationToken ct)
    {
        var org = SqliteGuid(organisationId);
        await using var insert = new SqliteCommand("""
            INSERT INTO "MeterReadings" ("MeterId", "TimestampUtc", "OrganisationId", "Quantity", "Register", "Flags", "ReceivedAt")
            VALUES ($meter, $ts, $org, $quantity, $register, $flags, $received) ON CONFLICT DO NOTHING
            """, connection, transaction);
        var meterParameter = insert.Parameters.Add("$meter", SqliteType.Text);
        var tsParameter = insert.Parameters.Add("$ts", SqliteType.Integer);
        insert.Parameters.AddWithValue("$org", org);
        var quantityParameter = insert.Parameters.Add("$quantity", SqliteType.Real);
        var registerParameter = insert.Parameters.Add("$register", SqliteType.Real);
        var flagsParameter = insert.Parameters.Add("$flags", SqliteType.Integer);
        insert.Parameters.AddWithValue("$received", receivedAt);
        insert.Prepare();

        SqliteCommand? stored = null, conflict = null;
        int accepted = 0, duplicates = 0, conflicts = 0;
        try
        {
            foreach (var r in readings)
            {
                var meter = SqliteGuid(r.Meter.Id);
                meterParameter.Value = meter;
                tsParameter.Value = r.TimestampUtc;
                quantityParameter.Value = r.Meter.Cumulative ? 0.0 : r.Value;
                registerParameter.Value = r.Meter.Cumulative ? r.Value : DBNull.Value;
                flagsParameter.Value = r.Meter.Cumulative ? (int)ReadingMarks.First : 0;
                if (await insert.ExecuteNonQueryAsync(ct) == 1)
                {
                    accepted++;
                    continue;
                }

                stored ??= Command(connection, transaction, """SELECT COALESCE("Register", "Quantity") FROM "MeterReadings" WHERE "MeterId" = $meter AND "TimestampUtc" = $ts""");
                stored.Parameters.Clear();
                stored.Parameters.AddWithValue("$meter", meter);
                stored.Parameters.AddWithValue("$ts", r.TimestampUtc);
                var storedValue = Convert.ToDouble(await stored.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                if (storedValue == r.Value)
                {
                    duplicates++;
                    continue;
                }

                conflicts++;
                conflict ??= Command(connection, transaction, """
                    INSERT INTO "MeterReadingConflicts" ("Id", "OrganisationId", "MeterId", "TimestampUtc", "Value", "StoredValue", "GatewayKeyId", "ReceivedAt")
                    VALUES ($id, $org, $meter, $ts, $value, $stored, $key, $received) ON CONFLICT DO NOTHING
                    """);
                conflict.Parameters.Clear();
                conflict.Parameters.AddWithValue("$id", SqliteGuid(Guid.CreateVersion7()));
                conflict.Parameters.AddWithValue("$org", org);
                conflict.Parameters.AddWithValue("$meter", meter);
                conflict.Parameters.AddWithValue("$ts", r.TimestampUtc);
                conflict.Parameters.AddWithValue("$value", r.Value);
                conflict.Parameters.AddWithValue("$stored", storedValue);
                conflict.Parameters.AddWithValue("$key", gatewayKeyId is { } key ? SqliteGuid(key) : DBNull.Value);
                conflict.Parameters.AddWithValue("$received", receivedAt);
                await conflict.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (stored is not null)
            {
                await stored.DisposeAsync();
            }

            if (conflict is not null)
            {
                await conflict.DisposeAsync();
            }
        }

        return new WriteCounts(accepted, duplicates, conflicts);
    }

    /// <summary>EF Core stores a Guid on SQLite as upper-case text; raw SQL must bind it the same way.</summary>
    internal static string SqliteGuid(Guid id) => id.ToString("D").ToUpperInvariant();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql) => new(sql, connection, transaction);

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
    private static async Task RecomputeAsync(DbConnection connection, DbTransaction transaction, MeterRef meter, long from, long to,
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
        Add(command, "@meter", connection is NpgsqlConnection ? meter.Id : SqliteGuid(meter.Id));
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
