using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    /// <summary>The reading reminder (閱讀提醒): per source, the months of the period without activity data.</summary>
    public static async Task<Results<Ok<ReminderResponse>, ProblemHttpResult>> GetReminderAsync(
        Guid id, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken)
    {
        if (await db.InventoryYears.AsNoTracking().SingleOrDefaultAsync(y => y.Id == id, cancellationToken) is not { } year)
        {
            return Problems.NotFound();
        }

        var sources = await db.EmissionSources.AsNoTracking().Where(s => s.InventoryYearId == id).OrderBy(s => s.Id)
            .Select(s => new { s.Id, Facility = s.Facility!.Name, s.Process, s.Equipment, s.MaterialKey })
            .ToListAsync(cancellationToken);
        var stored = (await db.ActivityEntries.AsNoTracking().Where(a => a.InventoryYearId == id)
                .Select(a => new { a.EmissionSourceId, a.Year, a.Month, a.OverlapReason }).ToListAsync(cancellationToken))
            .ToLookup(a => a.EmissionSourceId);
        var entries = stored.SelectMany(g => g).ToLookup(a => a.EmissionSourceId, a => (a.Year, a.Month));
        var reminders = sources
            .Select(s => new ReminderSource(s.Id, s.Facility, s.Process, s.Equipment, library.Materials.FindByKey(s.MaterialKey)?.NameZh ?? s.MaterialKey,
                ReadingReminder.MissingMonths(year.PeriodStart, year.PeriodEnd, entries[s.Id]).ToList()))
            .Where(r => r.MissingMonths.Count > 0)
            .ToList();
        var overlaps = (await MeterOverlaps.FindAsync(db, id, null, cancellationToken))
            .Select(o => new ReminderOverlap(o.SourceId, o.SourceName, o.MeterName, o.Year, o.Month, o.OtherEntryIds.Count, o.Chinese, o.English)).ToList();
        // Months counted twice, by the same rule as hand entry and import (Core's PeriodOverlaps): a full month is not "complete" twice over.
        var doubleCounted = sources
            .Select(s => (Source: s, Months: PeriodOverlaps.CountedTwice(year.PeriodStart, year.PeriodEnd,
                stored[s.Id].Select(a => ActivityPeriod.Of(a.Year, a.Month))), Entries: stored[s.Id].ToList()))
            .Where(x => x.Months.Count > 0)
            .Select(x => new ReminderDoubleCount(x.Source.Id, x.Source.Facility, x.Source.Process, x.Source.Equipment,
                library.Materials.FindByKey(x.Source.MaterialKey)?.NameZh ?? x.Source.MaterialKey,
                [.. x.Months.Select(m => new ReminderMonthCount(m.Month.Year, m.Month.Month, m.Entries))],
                x.Months.All(m => x.Entries.Count(e => ActivityPeriod.Of(e.Year, e.Month).Covers(m.Month) && e.OverlapReason is null) <= 1)))
            .ToList();
        return TypedResults.Ok(new ReminderResponse(id, year.PeriodStart, year.PeriodEnd, sources.Count, reminders.Sum(r => r.MissingMonths.Count), reminders,
            overlaps, doubleCounted));
    }
}
