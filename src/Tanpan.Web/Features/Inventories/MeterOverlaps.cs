using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// A month of a source that a linked meter fills (its automatic entry) and that also has other entries — typed by hand
/// or imported — for the same month, or for the whole year: both would be counted. The meter sync marks its entry's note
/// and reports the count; the activity API answers a warning with the entry; the source page and the reading reminder
/// show it. Nothing is deleted: the user decides which to keep (docs/meters.md).
/// </summary>
public sealed record MeterMonthOverlap(Guid SourceId, string SourceName, Guid MeterId, string MeterName, int Year, int Month, Guid MeterEntryId,
    IReadOnlyList<Guid> OtherEntryIds)
{
    public string Chinese => string.Create(CultureInfo.InvariantCulture,
        $"「{SourceName}」{Year}-{Month:D2}：電表「{MeterName}」已自動填入此月份，另有 {OtherEntryIds.Count} 筆手動輸入或匯入的數據，兩者會重複計算；請刪除其中一方（或解除電表與排放源的連結）。");

    public string English => string.Create(CultureInfo.InvariantCulture,
        $"{SourceName}, {Year}-{Month:D2}: meter “{MeterName}” already fills this month and {OtherEntryIds.Count} hand-typed or imported entries do too, so it is counted twice; delete one of them (or unlink the meter from the source).");
}

/// <summary>Finds <see cref="MeterMonthOverlap"/>s of an inventory (or one source), tenant-scoped by the context's filters.</summary>
public static class MeterOverlaps
{
    /// <summary>The note mark of an automatic entry whose month also has other entries.</summary>
    public const string NoteMark = "與手動數據重複 also entered by hand; ";

    public static async Task<List<MeterMonthOverlap>> FindAsync(AppDbContext db, Guid inventoryId, Guid? sourceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await db.ActivityEntries.AsNoTracking()
            .Where(a => a.InventoryYearId == inventoryId && (sourceId == null || a.EmissionSourceId == sourceId))
            .Select(a => new { a.Id, a.EmissionSourceId, a.Year, a.Month, a.MeterId })
            .ToListAsync(ct);
        var automatic = entries
            .Select(a => (Entry: a, MeterId: a.Month is not null ? a.MeterId : null))
            .Where(x => x.MeterId is not null)
            .ToList();
        if (automatic.Count == 0)
        {
            return [];
        }

        var automaticIds = automatic.Select(x => x.Entry.Id).ToHashSet();
        var overlaps = automatic
            .Select(x => (x.Entry, MeterId: x.MeterId!.Value, Others: entries
                .Where(o => !automaticIds.Contains(o.Id) && o.EmissionSourceId == x.Entry.EmissionSourceId && o.Year == x.Entry.Year
                    && (o.Month == null || o.Month == x.Entry.Month))
                .Select(o => o.Id).ToList()))
            .Where(x => x.Others.Count > 0)
            .ToList();
        if (overlaps.Count == 0)
        {
            return [];
        }

        var meterIds = overlaps.Select(o => o.MeterId).Distinct().ToList();
        var meters = await db.Meters.AsNoTracking().Where(m => meterIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var sourceIds = overlaps.Select(o => o.Entry.EmissionSourceId).Distinct().ToList();
        var sources = await db.EmissionSources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Process, s.Equipment, s.MaterialKey }).ToDictionaryAsync(s => s.Id, ct);
        return [.. overlaps
            .Select(o => new MeterMonthOverlap(o.Entry.EmissionSourceId,
                sources.TryGetValue(o.Entry.EmissionSourceId, out var s) ? new[] { s.Process, s.Equipment, s.MaterialKey }.First(t => !string.IsNullOrEmpty(t))! : "",
                o.MeterId, meters.GetValueOrDefault(o.MeterId) ?? o.MeterId.ToString("D"), o.Entry.Year, o.Entry.Month!.Value, o.Entry.Id, o.Others))
            .OrderBy(o => o.SourceName, StringComparer.Ordinal).ThenBy(o => o.Year).ThenBy(o => o.Month)];
    }

}
