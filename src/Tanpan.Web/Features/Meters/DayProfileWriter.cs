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
/// Keeps <c>MeterDayProfiles</c> (docs/meters.md#day-profiles) inside the caller's transaction: adds a batch's new
/// readings to their days' stored profiles, and rebuilds the profiles of given (meter, local day)s from the stored
/// readings. One read (of the stored profiles, and of the rebuilt days' readings ordered by meter and time, so every slot
/// is summed in time order), the 96 slot sums per day computed here, then one upsert: on PostgreSQL a single
/// <c>INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO UPDATE</c>, on SQLite a prepared upsert per day.
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
    /// Rebuilds the profiles of <paramref name="days"/> from <c>MeterReadings</c> in the open transaction (see
    /// <see cref="UpdateAsync"/>).
    /// </summary>
    internal static Task RebuildAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(Guid MeterId, long Day)> days, CancellationToken ct) =>
        UpdateAsync(connection, transaction, Guid.Empty, [], days, ct);

    /// <summary>
    /// Brings the profiles up to date in the open transaction after a batch: <paramref name="added"/> — readings this
    /// transaction just stored where nothing was stored before, of <paramref name="organisationId"/> — are added to their
    /// days' stored profiles (the usual batch: no need to read back what was just written); the days of
    /// <paramref name="rebuild"/> are rebuilt from <c>MeterReadings</c> (readings whose quantity changed, or batches in
    /// which not every reading was new). A day in both is rebuilt. On PostgreSQL the updates of each meter-day are first
    /// serialised with transaction-scoped advisory locks (taken in one order), so two concurrent batches of one meter-day
    /// cannot each write a profile without the other's readings: the second reads the profile, or the readings, after the
    /// first committed. Adding a batch to a profile sums its slots in another order than a rebuild when an earlier-stamped
    /// reading arrives later; the sums then differ in their last bits only.
    /// </summary>
    internal static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, Guid organisationId, IReadOnlyList<AddedReading> added,
        IEnumerable<(Guid MeterId, long Day)> rebuild, CancellationToken ct)
    {
        var runs = Runs(rebuild);
        var additions = Additions(added, runs);
        if (runs.Count == 0 && additions.Count == 0)
        {
            return;
        }

        if (connection is NpgsqlConnection npgsql)
        {
            await UpdatePostgresAsync(npgsql, (NpgsqlTransaction)transaction, organisationId, runs, additions, ct);
        }
        else
        {
            await UpdateSqliteAsync((SqliteConnection)connection, (SqliteTransaction)transaction, organisationId, runs, additions, ct);
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
    /// The added readings whose day is not rebuilt anyway, in (meter, time) order (as the rebuild sums them).
    /// </summary>
    private static List<AddedReading> Additions(IReadOnlyList<AddedReading> added, List<(Guid MeterId, long FirstDay, long LastDay)> runs)
    {
        var additions = new List<AddedReading>(added.Count);
        foreach (var reading in added)
        {
            var day = DayOf(reading.TimestampUtc);
            if (!runs.Exists(r => r.MeterId == reading.MeterId && r.FirstDay <= day && day <= r.LastDay))
            {
                additions.Add(reading);
            }
        }

        for (var i = 1; i < additions.Count; i++)
        {
            if (Compare(additions[i - 1], additions[i]) > 0)
            {
                additions.Sort(Compare); // usually already in order: a gateway sends a meter's readings as they come
                break;
            }
        }

        return additions;

        static int Compare(AddedReading a, AddedReading b) =>
            a.MeterId != b.MeterId ? a.MeterId.CompareTo(b.MeterId) : a.TimestampUtc.CompareTo(b.TimestampUtc);
    }

    /// <summary>Distinct (meter, day)s of readings in (meter, time) order, in that order.</summary>
    private static List<(Guid MeterId, long Day)> DaysOf(List<AddedReading> additions)
    {
        var days = new List<(Guid MeterId, long Day)>();
        foreach (var reading in additions)
        {
            var day = (reading.MeterId, DayOf(reading.TimestampUtc));
            if (days.Count == 0 || days[^1] != day)
            {
                days.Add(day);
            }
        }

        return days;
    }

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

    /// <summary>First timestamp after the start of <paramref name="day"/>'s readings: readings of the day have start &lt; ts ≤ end.</summary>
    private static long DayStart(long day) => (day * 86400L) - TouSchedule.TaipeiOffsetSeconds;

    private static async Task UpdatePostgresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organisationId,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, List<AddedReading> additions, CancellationToken ct)
    {
        var addedDays = DaysOf(additions);
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
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = runs.Select(r => DayStart(r.FirstDay)).ToArray() },
                        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = runs.Select(r => DayStart(r.LastDay + 1)).ToArray() },
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

    private static async Task UpdateSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, Guid organisationId,
        List<(Guid MeterId, long FirstDay, long LastDay)> runs, List<AddedReading> additions, CancellationToken ct)
    {
        var stored = new Dictionary<(Guid MeterId, long Day), (byte[] Blob, int Readings)>();
        var addedDays = DaysOf(additions);
        if (addedDays.Count > 0)
        {
            await using var profile = new SqliteCommand("""
                SELECT "Slots", "Readings" FROM "MeterDayProfiles" WHERE "MeterId" = $meter AND "LocalDay" = $day
                """, connection, transaction);
            var meterParameter = profile.Parameters.Add("$meter", SqliteType.Text);
            var dayParameter = profile.Parameters.Add("$day", SqliteType.Integer);
            profile.Prepare();
            foreach (var (meter, day) in addedDays)
            {
                meterParameter.Value = ReadingWriter.SqliteGuid(meter);
                dayParameter.Value = day;
                await using var reader = await profile.ExecuteReaderAsync(ct);
                if (await reader.ReadAsync(ct))
                {
                    stored[(meter, day)] = (reader.GetFieldValue<byte[]>(0), reader.GetInt32(1));
                }
            }
        }

        var profiles = new ProfileAccumulator(stored);
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

        profiles.AddAll(organisationId, additions);
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

    /// <summary>
    /// Sums readings arriving in (meter, time) order into one profile per (meter, day), starting from the stored profile
    /// of a day in <c>stored</c> (the days readings are added to), else from zero (the days rebuilt, and new days).
    /// </summary>
    private sealed class ProfileAccumulator(Dictionary<(Guid MeterId, long Day), (byte[] Blob, int Readings)> stored)
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
                if (stored.TryGetValue((meter, day), out var profile))
                {
                    Decode(profile.Blob, _slots);
                    _count = profile.Readings;
                }
            }

            _slots[TouSchedule.LocalSlot(timestampUtc - 1)] += quantity;
            _count++;
        }

        public void AddAll(Guid organisation, List<AddedReading> readings)
        {
            Flush();
            foreach (var reading in readings)
            {
                Add(reading.MeterId, organisation, reading.TimestampUtc, reading.Quantity);
            }
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

/// <summary>A reading the open transaction just stored where none was stored at its (meter, time): its quantity goes into its day's profile.</summary>
internal readonly record struct AddedReading(Guid MeterId, long TimestampUtc, double Quantity);
