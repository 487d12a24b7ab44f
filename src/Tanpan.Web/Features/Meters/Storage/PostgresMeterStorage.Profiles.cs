using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Tanpan.Web.Features.Meters.Profiles;

namespace Tanpan.Web.Features.Meters.Storage;

/// <summary>PostgreSQL: day profiles under advisory locks, read in one batch, upserted from unnest(arrays).</summary>
internal sealed partial class PostgresMeterStorage
{
    /// <summary>The advisory-lock class of profile rebuilds on PostgreSQL (the object is a hash of the meter id).</summary>
    private const int LockClass = 0x7A9_0014;

    public Task WriteDayProfilesAsync(DbConnection connection, DbTransaction transaction, Guid organisationId,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, List<AddedReading> additions, CancellationToken ct) =>
        UpdatePostgresAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, organisationId, runs, additions, ct);

    /// <summary>
    /// The advisory-lock keys of the meter-days of <paramref name="runs"/>, distinct and sorted (every transaction takes
    /// them in the same order, so two cannot deadlock). One key per meter-day, not per meter: concurrent batches of one
    /// meter for different days do not wait for each other; a shared hash only makes two unrelated days wait.
    /// </summary>
    private static int[] LockKeys(List<(Guid MeterId, long FirstDay, long LastDay)> runs, List<(Guid MeterId, long Day)> added)
    {
        var keys = new SortedSet<int>();
        foreach (var (meter, first, last) in runs)
        {
            for (var day = first; day <= last; day++)
            {
                keys.Add(LockKey(meter, day));
            }
        }

        foreach (var (meter, day) in added)
        {
            keys.Add(LockKey(meter, day));
        }

        return [.. keys];

        // Deterministic (not HashCode.Combine, which is seeded per process): every app instance takes the same key.
        static int LockKey(Guid meter, long day) => unchecked((int)(((uint)meter.GetHashCode() * 2654435761u) ^ ((uint)day * 40503u)));
    }

    private static async Task UpdatePostgresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organisationId,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, List<AddedReading> additions, CancellationToken ct)
    {
        var addedDays = DayProfileWriter.DaysOf(additions);
        var stored = new Dictionary<(Guid MeterId, long Day), (byte[] Blob, int Readings)>();
        var profiles = new ProfileAccumulator(stored);
        await using (var read = new NpgsqlBatch(connection, transaction))
        {
            // One round trip, each statement planned once per pooled connection: the locks, then (each statement sees
            // what committed before it began, so after the locks) the stored profiles of the days readings are added to
            // and the readings of the days rebuilt.
            read.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1, k) FROM (SELECT k FROM unnest($2) AS k ORDER BY k) AS locks")
            {
                Parameters =
                {
                    new NpgsqlParameter<int> { TypedValue = LockClass },
                    new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = LockKeys(runs, addedDays) },
                },
            });
            if (addedDays.Count > 0)
            {
                read.BatchCommands.Add(new NpgsqlBatchCommand("""
                    SELECT p."MeterId", p."LocalDay", p."Slots", p."Readings"
                    FROM unnest($1, $2) AS d("MeterId", "LocalDay")
                    JOIN "MeterDayProfiles" p ON p."MeterId" = d."MeterId" AND p."LocalDay" = d."LocalDay"
                    """)
                {
                    Parameters =
                    {
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, Value = addedDays.Select(d => d.MeterId).ToArray() },
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = addedDays.Select(d => d.Day).ToArray() },
                    },
                });
            }

            if (runs.Count > 0)
            {
                read.BatchCommands.Add(new NpgsqlBatchCommand("""
                    SELECT r."MeterId", r."OrganisationId", r."TimestampUtc", r."Quantity"
                    FROM unnest($1, $2, $3) AS d("MeterId", "From", "To")
                    CROSS JOIN LATERAL (
                        SELECT x."MeterId", x."OrganisationId", x."TimestampUtc", x."Quantity" FROM "MeterReadings" x
                        WHERE x."MeterId" = d."MeterId" AND x."TimestampUtc" > d."From" AND x."TimestampUtc" <= d."To") r
                    ORDER BY r."MeterId", r."TimestampUtc"
                    """)
                {
                    Parameters =
                    {
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, Value = runs.Select(r => r.MeterId).ToArray() },
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = runs.Select(r => DayProfileWriter.DayStart(r.FirstDay)).ToArray() },
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = runs.Select(r => DayProfileWriter.DayStart(r.LastDay + 1)).ToArray() },
                    },
                });
            }

            await read.PrepareAsync(ct);
            await using var reader = await read.ExecuteReaderAsync(ct);
            if (addedDays.Count > 0)
            {
                await reader.NextResultAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    stored[(reader.GetGuid(0), reader.GetInt64(1))] = (reader.GetFieldValue<byte[]>(2), reader.GetInt32(3));
                }
            }

            if (runs.Count > 0)
            {
                await reader.NextResultAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    profiles.Add(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetDouble(3));
                }
            }
        }

        profiles.AddAll(organisationId, additions);
        var rows = profiles.Complete();
        if (rows.Count == 0)
        {
            return;
        }

        await using var upsert = new NpgsqlCommand("""
            INSERT INTO "MeterDayProfiles" ("MeterId", "LocalDay", "OrganisationId", "Slots", "Readings")
            SELECT * FROM unnest(@meters, @days, @orgs, @slots, @readings)
            ON CONFLICT ("MeterId", "LocalDay") DO UPDATE SET "Slots" = excluded."Slots", "Readings" = excluded."Readings"
            """, connection, transaction);
        upsert.Parameters.Add(new NpgsqlParameter("meters", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.MeterId).ToArray() });
        upsert.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = rows.Select(r => r.Day).ToArray() });
        upsert.Parameters.Add(new NpgsqlParameter("orgs", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.OrganisationId).ToArray() });
        upsert.Parameters.Add(new NpgsqlParameter("slots", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = rows.Select(r => r.Blob).ToArray() });
        upsert.Parameters.Add(new NpgsqlParameter("readings", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = rows.Select(r => r.Readings).ToArray() });
        await upsert.PrepareAsync(ct);
        await upsert.ExecuteNonQueryAsync(ct);
    }
}
