using System.Buffers.Binary;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;

using Tanpan.Web.Features.Meters.Storage;

namespace Tanpan.Web.Features.Meters.Profiles;

/// <summary>
/// Keeps <c>MeterDayProfiles</c> (docs/meters.md#day-profiles) inside the caller's transaction: adds a batch's new
/// readings to their days' stored profiles, and rebuilds the profiles of given (meter, local day)s from the stored
/// readings. One read (of the stored profiles, and of the rebuilt days' readings ordered by meter and time, so every slot
/// is summed in time order), the 96 slot sums per day computed here, then one upsert: on PostgreSQL a single
/// <c>INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO UPDATE</c>, on SQLite a prepared upsert per day (the
/// <see cref="IMeterStorage"/>'s part, docs/decisions/0020-meter-storage-sql.md).
/// A reading stamped <c>ts</c> goes to day <see cref="TouSchedule.LocalDay"/>(ts − 1) and slot
/// <see cref="TouSchedule.LocalSlot"/>(ts − 1), whatever the meter's interval: an hourly meter puts each hour's
/// quantity in the hour's last quarter, a 5-minute meter sums three readings per slot — the slot the reading-based
/// <c>TouCost.Monthly</c> classifies it by, so costs come out the same.
/// </summary>
public static class DayProfileWriter
{
    /// <summary>Size of a profile's blob: 96 doubles.</summary>
    public const int BlobBytes = TouSchedule.SlotsPerDay * sizeof(double);

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
    internal static Task RebuildAsync(IMeterStorage storage, DbConnection connection, DbTransaction transaction, IEnumerable<(Guid MeterId, long Day)> days,
        CancellationToken ct) =>
        UpdateAsync(storage, connection, transaction, Guid.Empty, [], days, ct);

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
    internal static async Task UpdateAsync(IMeterStorage storage, DbConnection connection, DbTransaction transaction, Guid organisationId, IReadOnlyList<AddedReading> added,
        IEnumerable<(Guid MeterId, long Day)> rebuild, CancellationToken ct)
    {
        var runs = Runs(rebuild);
        var additions = Additions(added, runs);
        if (runs.Count == 0 && additions.Count == 0)
        {
            return;
        }

        await storage.WriteDayProfilesAsync(connection, transaction, organisationId, runs, additions, ct);
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
            var storage = MeterStorage.For(db);
            foreach (var meterId in meterIds)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var dbTransaction = transaction.GetDbTransaction();
                await using var range = connection.CreateCommand();
                range.Transaction = dbTransaction;
                range.CommandText = """SELECT MIN("TimestampUtc"), MAX("TimestampUtc") FROM "MeterReadings" WHERE "MeterId" = @meter""";
                var parameter = range.CreateParameter();
                parameter.ParameterName = "@meter";
                parameter.Value = storage.Key(meterId);
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

                await RebuildAsync(storage, connection, dbTransaction, days, ct);
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
    internal static List<(Guid MeterId, long Day)> DaysOf(List<AddedReading> additions)
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

    /// <summary>First timestamp after the start of <paramref name="day"/>'s readings: readings of the day have start &lt; ts ≤ end.</summary>
    internal static long DayStart(long day) => (day * 86400L) - TouSchedule.TaipeiOffsetSeconds;
}

/// <summary>A reading the open transaction just stored where none was stored at its (meter, time): its quantity goes into its day's profile.</summary>
internal readonly record struct AddedReading(Guid MeterId, long TimestampUtc, double Quantity);
