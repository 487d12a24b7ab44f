using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Features.Meters.Storage;
using Tanpan.Web.Features.Meters.Profiles;

namespace Tanpan.Web.Features.Monitoring;

/// <summary>A meter's day profiles over a period: days ascending, 96 slot sums per day, and each day's reading count.</summary>
public sealed record MeterProfiles(Guid MeterId, long[] LocalDays, double[] Slots, int[] Readings)
{
    public int Count => LocalDays.Length;

    /// <summary>The 96 slot sums of the day at <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Day(int index) => Slots.AsSpan(index * TouSchedule.SlotsPerDay, TouSchedule.SlotsPerDay);
}

/// <summary>
/// Reads the day profiles (<c>MeterDayProfiles</c>, docs/meters.md#day-profiles) of several meters for local days
/// <c>fromDay ≤ day &lt; toDay</c>, scoped to the current organisation: on PostgreSQL one binary
/// <c>COPY (SELECT …) TO STDOUT</c> with the organisation id in the WHERE (COPY bypasses EF's query filter), like
/// <see cref="MeterSeriesReader"/>; elsewhere an EF query (the query filter scopes it). A meter of another
/// organisation, or none, reads as no days.
/// </summary>
public sealed class MeterProfileReader(AppDbContext db, TenantContext tenant)
{
    public async Task<IReadOnlyDictionary<Guid, MeterProfiles>> LoadAsync(IReadOnlyList<Guid> meterIds, long fromDay, long toDay, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(meterIds);
        var rows = new Dictionary<Guid, List<(long Day, byte[] Blob, int Readings)>>();
        foreach (var id in meterIds)
        {
            rows[id] = [];
        }

        if (meterIds.Count > 0 && tenant.OrganisationId is Guid organisationId)
        {
            if (db.Database.GetDbConnection() is NpgsqlConnection connection)
            {
                await CopyAsync(connection, organisationId, rows, fromDay, toDay, ct);
            }
            else
            {
                var ids = rows.Keys.ToList();
                var query = db.MeterDayProfiles.AsNoTracking()
                    .Where(p => ids.Contains(p.MeterId) && p.LocalDay >= fromDay && p.LocalDay < toDay)
                    .Select(p => new { p.MeterId, p.LocalDay, p.Slots, p.Readings })
                    .AsAsyncEnumerable();
                await foreach (var p in query.WithCancellation(ct))
                {
                    rows[p.MeterId].Add((p.LocalDay, p.Slots, p.Readings));
                }
            }
        }

        var result = new Dictionary<Guid, MeterProfiles>();
        foreach (var (id, days) in rows)
        {
            days.Sort((a, b) => a.Day.CompareTo(b.Day));
            var slots = new double[days.Count * TouSchedule.SlotsPerDay];
            for (var i = 0; i < days.Count; i++)
            {
                DayProfileWriter.Decode(days[i].Blob, slots.AsSpan(i * TouSchedule.SlotsPerDay, TouSchedule.SlotsPerDay));
            }

            result[id] = new MeterProfiles(id, [.. days.Select(d => d.Day)], slots, [.. days.Select(d => d.Readings)]);
        }

        return result;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, Guid organisationId, Dictionary<Guid, List<(long, byte[], int)>> rows,
        long fromDay, long toDay, CancellationToken ct)
    {
        // Only typed values (Guids, longs) are formatted into the statement: COPY takes no parameters.
        var ids = string.Join(",", rows.Keys.Select(id => $"'{id:D}'"));
        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            COPY (SELECT "MeterId", "LocalDay", "Slots", "Readings" FROM "MeterDayProfiles"
                  WHERE "OrganisationId" = '{organisationId:D}' AND "MeterId" IN ({ids}) AND "LocalDay" >= {fromDay} AND "LocalDay" < {toDay}
                 ) TO STDOUT (FORMAT BINARY)
            """);
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var export = await connection.BeginBinaryExportAsync(sql, ct);

            // Synchronous field reads: the rows arrive buffered (see MeterSeriesReader).
            while (export.StartRow() != -1)
            {
                var id = export.Read<Guid>();
                var day = export.Read<long>();
                var blob = export.Read<byte[]>();
                rows[id].Add((day, blob, export.Read<int>()));
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
