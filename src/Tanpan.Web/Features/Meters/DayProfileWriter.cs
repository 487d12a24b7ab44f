using System.Buffers.Binary;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Meters;

/// <summary>
/// Keeps <c>MeterDayProfiles</c> (docs/meters.md#day-profiles): rebuilds the profiles of given (meter, local day)s from
/// the stored readings, inside the caller's transaction. One read of those days' readings (ordered by meter and time,
/// so every slot is summed in time order), the 96 slot sums per day computed here, then one upsert: on PostgreSQL a
/// single <c>INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO UPDATE</c>, on SQLite a prepared upsert per day.
/// A reading stamped <c>ts</c> goes to day <see cref="TouSchedule.LocalDay"/>(ts − 1) and slot
/// <see cref="TouSchedule.LocalSlot"/>(ts − 1), whatever the meter's interval: an hourly meter puts each hour's
/// quantity in the hour's last quarter, a 5-minute meter sums three readings per slot — the slot the reading-based
/// <c>TouCost.Monthly</c> classifies it by, so costs come out the same.
/// </summary>
public static class DayProfileWriter
{
    /// <summary>Size of a profile's blob: 96 doubles.</summary>
    public const int BlobBytes = TouSchedule.SlotsPerDay * sizeof(double);

    /// <summary>The advisory-lock class of profile rebuilds on PostgreSQL (the object is a hash of the meter id).</summary>
    private const int LockClass = 0x7A9_0014;

    public static byte[] Encode(ReadOnlySpan<double> slots)
    {
        var blob = new byte[BlobBytes];
        for (var i = 0; i < TouSchedule.SlotsPerDay; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(i * sizeof(double)), slots[i]);
        }

        return blob;
    }

    public static void Decode(ReadOnlySpan<byte> blob, Span<double> slots)
    {
        if (blob.Length != BlobBytes)
        {
            throw new InvalidDataException($"A day profile has {blob.Length} bytes, not {BlobBytes}.");
        }

        for (var i = 0; i < TouSchedule.SlotsPerDay; i++)
        {
            slots[i] = BinaryPrimitives.ReadDoubleLittleEndian(blob[(i * sizeof(double))..]);
        }
    }

    /// <summary>The local day a reading stamped <paramref name="timestampUtc"/> (its interval's end) belongs to.</summary>
    public static long DayOf(long timestampUtc) => TouSchedule.LocalDay(timestampUtc - 1);

    /// <summary>
    /// Rebuilds the profiles of <paramref name="days"/> from <c>MeterReadings</c> in the open transaction. On PostgreSQL
    /// the rebuilds of each meter-day are first serialised with transaction-scoped advisory locks (taken in one order), so two
    /// concurrent batches of one meter-day cannot each write a profile without the other's readings: the second reads
    /// after the first committed.
    /// </summary>
    internal static async Task RebuildAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(Guid MeterId, long Day)> days, CancellationToken ct)
    {
        var runs = Runs(days);
        if (runs.Count == 0)
        {
            return;
        }

        if (connection is NpgsqlConnection npgsql)
        {
            await RebuildPostgresAsync(npgsql, (NpgsqlTransaction)transaction, runs, ct);
        }
        else
        {
            await RebuildSqliteAsync((SqliteConnection)connection, (SqliteTransaction)transaction, runs, ct);
        }
    }

    /// <summary>
    /// Rebuilds every profile of the given meters (all days from their first to their last reading), one transaction
    /// per meter. Used for readings stored before the profiles existed (<see cref="BuildMissingAsync"/>) and by
    /// bench/MetersCost's setup. Reads across organisations (raw SQL): callers pass meter ids they own or the start-up.
    /// </summary>
    public static async Task RebuildMetersAsync(AppDbContext db, IEnumerable<Guid> meterIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meterIds);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var postgres = connection is NpgsqlConnection;
            foreach (var meterId in meterIds)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var dbTransaction = transaction.GetDbTransaction();
                await using var range = connection.CreateCommand();
                range.Transaction = dbTransaction;
                range.CommandText = """SELECT MIN("TimestampUtc"), MAX("TimestampUtc") FROM "MeterReadings" WHERE "MeterId" = @meter""";
                var parameter = range.CreateParameter();
                parameter.ParameterName = "@meter";
                parameter.Value = postgres ? meterId : ReadingWriter.SqliteGuid(meterId);
                range.Parameters.Add(parameter);
                long first = 0, last = -1;
                await using (var reader = await range.ExecuteReaderAsync(ct))
                {
                    if (await reader.ReadAsync(ct) && !reader.IsDBNull(0))
                    {
                        first = DayOf(reader.GetInt64(0));
                        last = DayOf(reader.GetInt64(1));
                    }
                }

                var days = new List<(Guid, long)>();
                for (var d = first; d <= last; d++)
                {
                    days.Add((meterId, d));
                }

                await RebuildAsync(connection, dbTransaction, days, ct);
                await transaction.CommitAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The start-up step after the migrations: builds the profiles of every meter that has readings and no profile
    /// (readings stored before migration 20261130000014). Two index probes per meter when there is nothing to do;
    /// a meter is built in one transaction, so an interrupted start resumes with the meters not yet built.
    /// </summary>
    public static async Task<int> BuildMissingAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var missing = await db.Database.SqlQueryRaw<Guid>("""
            SELECT m."Id" AS "Value" FROM "Meters" m
            WHERE EXISTS (SELECT 1 FROM "MeterReadings" r WHERE r."MeterId" = m."Id")
              AND NOT EXISTS (SELECT 1 FROM "MeterDayProfiles" p WHERE p."MeterId" = m."Id")
            """).ToListAsync(ct);
        await RebuildMetersAsync(db, missing, ct);
        return missing.Count;
    }

    /// <summary>Distinct (meter, day)s as runs of consecutive days per meter, in (meter, day) order.</summary>
    private static List<(Guid MeterId, long FirstDay, long LastDay)> Runs(IEnumerable<(Guid MeterId, long Day)> days)
    {
        var runs = new List<(Guid, long, long)>();
        foreach (var (meter, day) in days.Distinct().OrderBy(d => d.MeterId).ThenBy(d => d.Day))
        {
            if (runs.Count > 0 && runs[^1].Item1 == meter && runs[^1].Item3 == day - 1)
            {
                runs[^1] = (meter, runs[^1].Item2, day);
            }
            else
            {
                runs.Add((meter, day, day));
            }
        }

        return runs;
    }

    /// <summary>
    /// The advisory-lock keys of the meter-days of <paramref name="runs"/>, distinct and sorted (every transaction takes
    /// them in the same order, so two cannot deadlock). One key per meter-day, not per meter: concurrent batches of one
    /// meter for different days do not wait for each other; a shared hash only makes two unrelated days wait.
    /// </summary>
    private static int[] LockKeys(List<(Guid MeterId, long FirstDay, long LastDay)> runs)
    {
        var keys = new SortedSet<int>();
        foreach (var (meter, first, last) in runs)
        {
            // Deterministic (not HashCode.Combine, which is seeded per process): every app instance takes the same key.
            var meterHash = (uint)meter.GetHashCode();
            for (var day = first; day <= last; day++)
            {
                keys.Add(unchecked((int)((meterHash * 2654435761u) ^ ((uint)day * 40503u))));
            }
        }

        return [.. keys];
    }

    /// <summary>First timestamp after the start of <paramref name="day"/>'s readings: readings of the day have start &lt; ts ≤ end.</summary>
    private static long DayStart(long day) => (day * 86400L) - TouSchedule.TaipeiOffsetSeconds;

    private static async Task RebuildPostgresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, CancellationToken ct)
    {
        var profiles = new ProfileAccumulator();
        await using (var read = new NpgsqlCommand("""
            SELECT pg_advisory_xact_lock(@class, k) FROM (SELECT k FROM unnest(@keys) AS k ORDER BY k) AS locks;
            SELECT r."MeterId", r."OrganisationId", r."TimestampUtc", r."Quantity"
            FROM unnest(@meters, @froms, @tos) AS d("MeterId", "From", "To")
            CROSS JOIN LATERAL (
                SELECT x."MeterId", x."OrganisationId", x."TimestampUtc", x."Quantity" FROM "MeterReadings" x
                WHERE x."MeterId" = d."MeterId" AND x."TimestampUtc" > d."From" AND x."TimestampUtc" <= d."To") r
            ORDER BY r."MeterId", r."TimestampUtc";
            """, connection, transaction))
        {
            read.Parameters.AddWithValue("class", LockClass);
            read.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = LockKeys(runs) });
            read.Parameters.Add(new NpgsqlParameter("meters", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = runs.Select(r => r.MeterId).ToArray() });
            read.Parameters.Add(new NpgsqlParameter("froms", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = runs.Select(r => DayStart(r.FirstDay)).ToArray() });
            read.Parameters.Add(new NpgsqlParameter("tos", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = runs.Select(r => DayStart(r.LastDay + 1)).ToArray() });
            await read.PrepareAsync(ct); // PostgreSQL plans it once per pooled connection, not per batch
            await using var reader = await read.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                profiles.Add(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetDouble(3));
            }
        }

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

    private static async Task RebuildSqliteAsync(SqliteConnection connection, SqliteTransaction transaction,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, CancellationToken ct)
    {
        var profiles = new ProfileAccumulator();
        await using (var read = new SqliteCommand("""
            SELECT "OrganisationId", "TimestampUtc", "Quantity" FROM "MeterReadings"
            WHERE "MeterId" = $meter AND "TimestampUtc" > $from AND "TimestampUtc" <= $to ORDER BY "TimestampUtc"
            """, connection, transaction))
        {
            var meterParameter = read.Parameters.Add("$meter", SqliteType.Text);
            var fromParameter = read.Parameters.Add("$from", SqliteType.Integer);
            var toParameter = read.Parameters.Add("$to", SqliteType.Integer);
            read.Prepare();
            foreach (var (meter, firstDay, lastDay) in runs)
            {
                meterParameter.Value = ReadingWriter.SqliteGuid(meter);
                fromParameter.Value = DayStart(firstDay);
                toParameter.Value = DayStart(lastDay + 1);
                await using var reader = await read.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    profiles.Add(meter, reader.GetGuid(0), reader.GetInt64(1), reader.GetDouble(2));
                }
            }
        }

        await using var upsert = new SqliteCommand("""
            INSERT INTO "MeterDayProfiles" ("MeterId", "LocalDay", "OrganisationId", "Slots", "Readings") VALUES ($meter, $day, $org, $slots, $readings)
            ON CONFLICT ("MeterId", "LocalDay") DO UPDATE SET "Slots" = excluded."Slots", "Readings" = excluded."Readings"
            """, connection, transaction);
        var meterValue = upsert.Parameters.Add("$meter", SqliteType.Text);
        var dayValue = upsert.Parameters.Add("$day", SqliteType.Integer);
        var orgValue = upsert.Parameters.Add("$org", SqliteType.Text);
        var slotsValue = upsert.Parameters.Add("$slots", SqliteType.Blob);
        var readingsValue = upsert.Parameters.Add("$readings", SqliteType.Integer);
        upsert.Prepare();
        foreach (var row in profiles.Complete())
        {
            meterValue.Value = ReadingWriter.SqliteGuid(row.MeterId);
            dayValue.Value = row.Day;
            orgValue.Value = ReadingWriter.SqliteGuid(row.OrganisationId);
            slotsValue.Value = row.Blob;
            readingsValue.Value = row.Readings;
            await upsert.ExecuteNonQueryAsync(ct);
        }
    }

    private sealed record ProfileRow(Guid MeterId, long Day, Guid OrganisationId, byte[] Blob, int Readings);

    /// <summary>Sums readings arriving in (meter, time) order into one profile per (meter, day).</summary>
    private sealed class ProfileAccumulator
    {
        private readonly List<ProfileRow> _rows = [];
        private readonly double[] _slots = new double[TouSchedule.SlotsPerDay];
        private Guid _meter;
        private Guid _organisation;
        private long _day = long.MinValue;
        private int _count;

        public void Add(Guid meter, Guid organisation, long timestampUtc, double quantity)
        {
            var day = DayOf(timestampUtc);
            if (day != _day || meter != _meter)
            {
                Flush();
                (_meter, _organisation, _day) = (meter, organisation, day);
            }

            _slots[TouSchedule.LocalSlot(timestampUtc - 1)] += quantity;
            _count++;
        }

        public List<ProfileRow> Complete()
        {
            Flush();
            return _rows;
        }

        private void Flush()
        {
            if (_count > 0)
            {
                _rows.Add(new ProfileRow(_meter, _day, _organisation, Encode(_slots), _count));
            }

            Array.Clear(_slots);
            _count = 0;
            _day = long.MinValue;
        }
    }
}
