using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Inventories;
using Tanpan.Core.Time;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Meters.Storage;

namespace Tanpan.Web.Features.Meters.ActivitySync;

/// <summary>
/// Monthly totals of a meter (months of Asia/Taipei) and their flow into the linked emission source's activity data:
/// one entry per month of the source's inventory year, unit from the meter, 數據來源 <see cref="DataSourceMethod"/>,
/// and a note naming the meter, the period and the completeness (readings present ÷ intervals expected). The entry is
/// the meter's by its key (<see cref="ActivityEntry.MeterId"/>), never by its note, and is rewritten on every sync of its
/// month. Gaps are reported, never filled. A locked inventory is left unchanged and the month is reported as withheld.
/// </summary>
public static class MeterActivity
{
    public const string DataSourceMethod = "電表自動讀數";

    public static readonly TimeZoneInfo Taipei = TaipeiTime.Zone;

    /// <summary>The start of a Taipei month as a UTC instant.</summary>
    public static DateTimeOffset MonthStartUtc(int year, int month) =>
        new(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified), Taipei.GetUtcOffset(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified)));

    /// <summary>The Taipei month an interval ending at <paramref name="timestampUtc"/> belongs to (an interval ending at midnight of the 1st is the previous month's).</summary>
    public static (int Year, int Month) MonthOf(long timestampUtc)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(timestampUtc - 1), Taipei);
        return (local.Year, local.Month);
    }

    /// <summary>Totals of one month: sum of quantities of readings ending inside it, how many, and how many intervals it has.</summary>
    public static async Task<MonthlyTotal> MonthTotalAsync(AppDbContext db, Guid meterId, int intervalMinutes, int year, int month, CancellationToken ct)
    {
        var from = MonthStartUtc(year, month).ToUnixTimeSeconds();
        var to = (month == 12 ? MonthStartUtc(year + 1, 1) : MonthStartUtc(year, month + 1)).ToUnixTimeSeconds();
        var totals = await db.MeterReadings.Where(r => r.MeterId == meterId && r.TimestampUtc > from && r.TimestampUtc <= to)
            .GroupBy(_ => 1).Select(g => new { Sum = g.Sum(r => r.Quantity), Count = g.Count() }).SingleOrDefaultAsync(ct);
        var expected = intervalMinutes > 0 ? (int)((to - from) / 60 / intervalMinutes) : 0;
        return new MonthlyTotal(year, month, totals?.Sum ?? 0, totals?.Count ?? 0, expected);
    }

    /// <summary>All twelve months of a year (reads the year's readings once).</summary>
    public static async Task<IReadOnlyList<MonthlyTotal>> YearAsync(MeterReadingStore store, Guid meterId, int intervalMinutes, int year, CancellationToken ct)
    {
        var series = await store.LoadAsync(meterId, MonthStartUtc(year, 1), MonthStartUtc(year + 1, 1), ct);
        var sums = new double[13];
        var counts = new int[13];
        for (var i = 0; i < series.Count; i++)
        {
            var (_, month) = MonthOf(series.TimestampsUtc[i]);
            sums[month] += series.Quantities[i];
            counts[month]++;
        }

        return [.. Enumerable.Range(1, 12).Select(m =>
        {
            var seconds = (m == 12 ? MonthStartUtc(year + 1, 1) : MonthStartUtc(year, m + 1)) - MonthStartUtc(year, m);
            var expected = intervalMinutes > 0 ? (int)(seconds.TotalMinutes / intervalMinutes) : 0;
            return new MonthlyTotal(year, m, sums[m], counts[m], expected);
        })];
    }

    /// <summary>
    /// Writes the given months of a linked meter into its source's activity data (months outside the source's inventory
    /// year are skipped). Returns one result per month written or withheld.
    /// </summary>
    public static async Task<List<ActivitySyncResult>> SyncAsync(AppDbContext db, Guid meterId, IEnumerable<(int Year, int Month)> months, CancellationToken ct)
    {
        var results = new List<ActivitySyncResult>();
        var meter = await db.Meters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meterId, ct);
        if (meter?.EmissionSourceId is not { } sourceId)
        {
            return results;
        }

        var source = await db.EmissionSources.Include(s => s.InventoryYear).SingleOrDefaultAsync(s => s.Id == sourceId, ct);
        if (source?.InventoryYear is not { } inventory)
        {
            return results;
        }

        // The meter's entries are found by their key, whatever the user did to their notes (issue 17).
        var existing = await db.ActivityEntries
            .Where(a => a.MeterId == meter.Id && a.EmissionSourceId == source.Id && a.Year == inventory.Year)
            .ToListAsync(ct);
        // Entries of the source that are not this meter's: typed by hand, imported, or another meter's (MeterOverlaps).
        var ownIds = existing.Select(a => a.Id).ToList();
        var others = await db.ActivityEntries.AsNoTracking()
            .Where(a => a.EmissionSourceId == source.Id && a.Year == inventory.Year && !ownIds.Contains(a.Id))
            .Select(a => a.Month).ToListAsync(ct);
        foreach (var (year, month) in months.Distinct().Where(m => m.Year == inventory.Year).Order())
        {
            var total = await MonthTotalAsync(db, meter.Id, meter.IntervalMinutes, year, month, ct);
            var amount = Math.Round((decimal)total.Quantity, 6);
            var overlapping = others.Count(m => m is null || m == month);
            if (inventory.LockedAt is not null)
            {
                results.Add(new ActivitySyncResult(meter.Id, source.Id, year, month, amount, meter.Unit, total.CompletenessPercent, false, "locked", overlapping));
                continue;
            }

            var entry = existing.SingleOrDefault(a => a.Month == month);
            if (entry is null)
            {
                entry = new ActivityEntry
                {
                    Id = Guid.CreateVersion7(),
                    OrganisationId = meter.OrganisationId,
                    InventoryYearId = inventory.Id,
                    EmissionSourceId = source.Id,
                    Year = year,
                    Month = month,
                    Unit = meter.Unit,
                    MeterId = meter.Id,
                };
                db.ActivityEntries.Add(entry);
                existing.Add(entry);
            }

            entry.Amount = amount;
            entry.Unit = meter.Unit;
            entry.DataSourceMethod = DataSourceMethod;
            entry.Note = Note(meter, total, overlapping > 0);
            results.Add(new ActivitySyncResult(meter.Id, source.Id, year, month, amount, meter.Unit, total.CompletenessPercent, true, null, overlapping));
        }

        await db.SaveChangesAsync(ct);
        return results;
    }

    /// <summary>
    /// Provenance of an automatic entry; an incomplete month says so first, and a month that also has other entries
    /// (<paramref name="overlapping"/>, see <see cref="MeterOverlaps"/>) is marked before that.
    /// </summary>
    public static string Note(Meter meter, MonthlyTotal total, bool overlapping = false)
    {
        var flag = (overlapping ? MeterOverlaps.NoteMark : "") + (total.Readings < total.Expected ? "資料不完整 incomplete; " : "");
        return string.Create(CultureInfo.InvariantCulture,
            $"{flag}電表 meter「{meter.Name}」{total.Year:D4}-{total.Month:D2} 完整度 completeness {total.CompletenessPercent:0.0}% ({total.Readings}/{total.Expected})");
    }
}
