using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Meters.Storage;

/// <summary>A meter's readings over a period: parallel arrays sorted by time.</summary>
/// <param name="MeterId">The meter.</param>
/// <param name="TimestampsUtc">End of each interval, Unix seconds, UTC, ascending.</param>
/// <param name="Quantities">Consumption in the interval ending at the same index's timestamp, in the meter's unit.</param>
public sealed record MeterSeries(Guid MeterId, long[] TimestampsUtc, double[] Quantities)
{
    public int Count => TimestampsUtc.Length;
}

/// <summary>Reads stored readings (tenant-scoped by the context's query filter).</summary>
public sealed class MeterReadingStore(AppDbContext db)
{
    /// <summary>
    /// The readings of <paramref name="meterId"/> with <paramref name="fromUtc"/> &lt; timestamp ≤ <paramref name="toUtc"/>
    /// (a timestamp is an interval's end, so the interval lies inside the period). Empty for a meter of another
    /// organisation or no meter.
    /// </summary>
    public async Task<MeterSeries> LoadAsync(Guid meterId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken ct)
    {
        var from = fromUtc.ToUnixTimeSeconds();
        var to = toUtc.ToUnixTimeSeconds();
        var timestamps = new List<long>();
        var quantities = new List<double>();
        var rows = db.MeterReadings.AsNoTracking()
            .Where(r => r.MeterId == meterId && r.TimestampUtc > from && r.TimestampUtc <= to)
            .OrderBy(r => r.TimestampUtc)
            .Select(r => new { r.TimestampUtc, r.Quantity })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            timestamps.Add(row.TimestampUtc);
            quantities.Add(row.Quantity);
        }

        return new MeterSeries(meterId, [.. timestamps], [.. quantities]);
    }
}
