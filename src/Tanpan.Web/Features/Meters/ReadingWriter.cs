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
/// Stores a validated batch in one transaction, in bulk (docs/meters.md): on PostgreSQL a binary COPY when nothing is
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

                await DayProfileWriter.UpdateAsync(connection, dbTransaction, organisationId, added, changed, ct);
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
        // Fast path, for the usual batch of readings never sent before: when no stored reading falls in the batch's
        // time range of any of its meters, the rows go straight into MeterReadings by binary COPY (what bench/meters
        // compares the API with). A reading another batch stores between that check and the COPY makes the COPY fail
        // on the primary key; the savepoint is then rolled back and the batch takes the general path below.
        if (await NoneStoredAsync(connection, transaction, readings, ct))
        {
            try
            {
                await CopyAsync(connection, organisationId, readings, receivedAt, ct);
                await using var release = new NpgsqlCommand("RELEASE SAVEPOINT ingest_copy", connection, transaction);
                await release.ExecuteNonQueryAsync(ct);
                return new WriteCounts(readings.Count, 0, 0);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                await using var rollback = new NpgsqlCommand("ROLLBACK TO SAVEPOINT ingest_copy", connection, transaction);
                await rollback.ExecuteNonQueryAsync(ct);
            }
        }

        return await InsertOrCompareAsync(connection, transaction, organisationId, gatewayKeyId, readings, receivedAt, ct);
    }

    /// <summary>
    /// Whether no reading is stored for any meter of the batch between its first and last time there (one index range
    /// probe per meter, usually one meter per batch). When none is, also sets the savepoint <c>ingest_copy</c>.
    /// </summary>
    private static async Task<bool> NoneStoredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<ValidReading> readings,
        CancellationToken ct)
    {
        var ranges = readings.GroupBy(r => r.Meter.Id).Select(g => (Meter: g.Key, From: g.Min(r => r.TimestampUtc), To: g.Max(r => r.TimestampUtc))).ToList();
        // The batch's statements are all primary-key lookups and ranges of one meter, so its transaction plans them with
        // the index only, whatever the statistics say. jit off: once autovacuum's ANALYZE has run on a partly loaded
        // table, the planner can overestimate the primary-key probes (85 rows each instead of 1) past jit_above_cost, and
        // PostgreSQL then spent ~1.2 s compiling each conflict check with LLVM to run it in 30 ms. No sequential scans,
        // hash or merge joins: in one run, planned on the statistics of a table emptied or still small, a cached plan
        // turned a per-meter lookup into a hash join over a scan of the whole table (sequential scans and hashing were a
        // third of PostgreSQL's time in perf), and the run fell from ~200,000 to 104,000 readings/s with p99 1.2 s.
        // With those off, the one generic plan of each prepared statement is the index plan, and it is kept
        // (force_generic_plan) instead of planning every batch's statements anew: planning was ~3.5 % of the machine
        // (docs/benchmarks.md#meters-ingest).
        // Per meter, the first stored reading at or after the batch's first time, by the primary key's order: one index
        // descent whatever the statistics say. (As EXISTS (… BETWEEN …), the planner chose a sequential scan "to find
        // the first match early" when the column statistics, from readings since deleted, promised many matches.)
        await using var probe = new NpgsqlCommand("""
            SET LOCAL jit = off; SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off;
            SET LOCAL plan_cache_mode = force_generic_plan;
            SELECT NOT EXISTS (
                SELECT 1 FROM unnest(@meters, @froms, @tos) AS d(m, f, t)
                WHERE (SELECT r."TimestampUtc" FROM "MeterReadings" r WHERE r."MeterId" = d.m AND r."TimestampUtc" >= d.f
                       ORDER BY r."TimestampUtc" LIMIT 1) <= d.t);
            """, connection, transaction);
        probe.Parameters.Add(new NpgsqlParameter("meters", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ranges.Select(r => r.Meter).ToArray() });
        probe.Parameters.Add(new NpgsqlParameter("froms", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ranges.Select(r => r.From).ToArray() });
        probe.Parameters.Add(new NpgsqlParameter("tos", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ranges.Select(r => r.To).ToArray() });
        await probe.PrepareAsync(ct); // planned once per pooled connection, not per batch
        if (!(bool)(await probe.ExecuteScalarAsync(ct))!)
        {
            return false;
        }

        await using var savepoint = new NpgsqlCommand("SAVEPOINT ingest_copy", connection, transaction);
        await savepoint.ExecuteNonQueryAsync(ct);
        return true;
    }

    /// <summary>Rows per COPY statement of a batch (see <see cref="CopyAsync"/>).</summary>
    private const int CopyChunk = 250;

    /// <summary>
    /// Binary COPY of the batch into MeterReadings, with the columns the general path's INSERT computes, in COPY statements
    /// of <see cref="CopyChunk"/> rows. PostgreSQL 15's COPY makes a tuple slot per buffered row (up to 1,000) and
    /// registers each with the transaction's resource owner, whose hash of identical tuple-descriptor references grows
    /// quadratically: with one COPY per 1,000-reading batch, making and dropping those slots was 12.5 % of the machine
    /// (perf), 3–4 % in COPYs of 250 rows (docs/benchmarks.md#meters-ingest).
    /// </summary>
    private static async Task CopyAsync(NpgsqlConnection connection, Guid organisationId, List<ValidReading> readings, long receivedAt, CancellationToken ct)
    {
        for (var start = 0; start < readings.Count; start += CopyChunk)
        {
            await CopyChunkAsync(connection, organisationId, readings, start, Math.Min(readings.Count, start + CopyChunk), receivedAt, ct);
        }
    }

    private static async Task CopyChunkAsync(NpgsqlConnection connection, Guid organisationId, List<ValidReading> readings, int from, int to, long receivedAt, CancellationToken ct)
    {
        await using var import = await connection.BeginBinaryImportAsync(
            "COPY \"MeterReadings\" (\"MeterId\", \"TimestampUtc\", \"OrganisationId\", \"Quantity\", \"Register\", \"Flags\", \"ReceivedAt\") FROM STDIN (FORMAT BINARY)", ct);
        for (var i = from; i < to; i++)
        {
            var r = readings[i];
            await import.StartRowAsync(ct);
            await import.WriteAsync(r.Meter.Id, NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(r.TimestampUtc, NpgsqlDbType.Bigint, ct);
            await import.WriteAsync(organisationId, NpgsqlDbType.Uuid, ct);
            if (r.Meter.Cumulative)
            {
                await import.WriteAsync(0.0, NpgsqlDbType.Double, ct);
                await import.WriteAsync(r.Value, NpgsqlDbType.Double, ct);
                await import.WriteAsync((int)ReadingMarks.First, NpgsqlDbType.Integer, ct);
            }
            else
            {
                await import.WriteAsync(r.Value, NpgsqlDbType.Double, ct);
                await import.WriteNullAsync(ct);
                await import.WriteAsync(0, NpgsqlDbType.Integer, ct);
            }

            await import.WriteAsync(receivedAt, NpgsqlDbType.Bigint, ct);
        }

        await import.CompleteAsync(ct);
    }

    /// <summary>The general path: INSERT … ON CONFLICT DO NOTHING, then repeats and contradictions told apart.</summary>
    private static async Task<WriteCounts> InsertOrCompareAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organisationId,
        Guid? gatewayKeyId, List<ValidReading> readings, long receivedAt, CancellationToken ct)
    {
        // The batch travels as four binary array parameters and is read back by unnest(): one round trip, no temporary
        // table. (A temporary table was tried first: Npgsql's pool resets a returned connection with DISCARD ALL, which
        // drops it, so every batch created and dropped catalog rows and the planner had no statistics for it —
        // docs/benchmarks.md#meters-ingest.) An unprepared statement is planned with its values, so the planner
        // knows the array's length and probes the primary key once per reading.
        var meters = new Guid[readings.Count];
        var timestamps = new long[readings.Count];
        var values = new double[readings.Count];
        var cumulative = new bool[readings.Count];
        for (var i = 0; i < readings.Count; i++)
        {
            (meters[i], timestamps[i], values[i], cumulative[i]) = (readings[i].Meter.Id, readings[i].TimestampUtc, readings[i].Value, readings[i].Meter.Cumulative);
        }

        await using var command = new NpgsqlCommand("""
            WITH inserted AS (
                INSERT INTO "MeterReadings" ("MeterId", "TimestampUtc", "OrganisationId", "Quantity", "Register", "Flags", "ReceivedAt")
                SELECT b.m, b.t, @org, CASE WHEN b.c THEN 0 ELSE b.v END, CASE WHEN b.c THEN b.v END, CASE WHEN b.c THEN 4 ELSE 0 END, @received
                FROM unnest(@meters, @timestamps, @values, @cumulative) AS b(m, t, v, c)
                ON CONFLICT ("MeterId", "TimestampUtc") DO NOTHING
                RETURNING 1)
            SELECT count(*) FROM inserted;
            """, connection, transaction);
        command.Parameters.AddWithValue("org", organisationId);
        command.Parameters.AddWithValue("received", receivedAt);
        command.Parameters.Add(new NpgsqlParameter("meters", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = meters });
        command.Parameters.Add(new NpgsqlParameter("timestamps", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = timestamps });
        command.Parameters.Add(new NpgsqlParameter("values", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = values });
        command.Parameters.Add(new NpgsqlParameter("cumulative", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = cumulative });
        var accepted = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        if (accepted == readings.Count)
        {
            return new WriteCounts(accepted, 0, 0); // every reading was new: nothing can repeat or contradict a stored one
        }

        // Rows of this batch just inserted match themselves; any other difference is a contradiction of a stored reading.
        // The stored value is looked up by a scalar subquery, one primary-key probe per reading: as a join, the planner
        // chose a hash join over a scan of the whole table for batches of 2,000 (27,000 readings/s on a rerun).
        await using var conflicts = new NpgsqlCommand("""
            WITH looked AS (
                SELECT b.m, b.t, b.v,
                       (SELECT COALESCE(r."Register", r."Quantity") FROM "MeterReadings" r WHERE r."MeterId" = b.m AND r."TimestampUtc" = b.t) AS stored
                FROM unnest(@meters, @timestamps, @values) AS b(m, t, v)),
            differing AS (SELECT m, t, v, stored FROM looked WHERE stored <> v),
            kept AS (
                INSERT INTO "MeterReadingConflicts" ("Id", "OrganisationId", "MeterId", "TimestampUtc", "Value", "StoredValue", "GatewayKeyId", "ReceivedAt")
                SELECT gen_random_uuid(), @org, m, t, v, stored, @key, @received FROM differing
                ON CONFLICT DO NOTHING)
            SELECT count(*) FROM differing;
            """, connection, transaction);
        conflicts.Parameters.AddWithValue("org", organisationId);
        conflicts.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Uuid) { Value = (object?)gatewayKeyId ?? DBNull.Value });
        conflicts.Parameters.AddWithValue("received", receivedAt);
        conflicts.Parameters.Add(new NpgsqlParameter("meters", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = meters });
        conflicts.Parameters.Add(new NpgsqlParameter("timestamps", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = timestamps });
        conflicts.Parameters.Add(new NpgsqlParameter("values", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = values });
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
