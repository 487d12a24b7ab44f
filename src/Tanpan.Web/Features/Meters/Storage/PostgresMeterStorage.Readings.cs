using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters.Ingest;

namespace Tanpan.Web.Features.Meters.Storage;

/// <summary>PostgreSQL: a batch's readings by binary COPY when none is stored in its range, else INSERT … SELECT FROM unnest.</summary>
internal sealed partial class PostgresMeterStorage : IMeterStorage
{
    public static readonly PostgresMeterStorage Instance = new();

    private PostgresMeterStorage()
    {
    }

    public object Key(Guid id) => id;

    public Task<WriteCounts> InsertReadingsAsync(DbConnection connection, DbTransaction transaction, Guid organisationId, Guid? gatewayKeyId,
        List<ValidReading> readings, long receivedAt, CancellationToken ct) =>
        WritePostgresAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, organisationId, gatewayKeyId, readings, receivedAt, ct);

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
}
