using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    /// <summary>
    /// Sets a source's monthly entries in one go (the page's month grid): a row with an amount (or NT$ paid and a unit
    /// price, estimated by the same rule as one entry) creates or replaces the month's entry, a row with none of them
    /// removes it. All or nothing: one bad row saves no row.
    /// </summary>
    public static async Task<Results<Ok<List<ActivityResponse>>, ValidationProblem, ProblemHttpResult>> SaveMonthsAsync(
        Guid id, Guid sourceId, MonthsRequest request, TenantContext tenant, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken)
    {
        if (await WritableSourceAsync(id, sourceId, tenant, db, cancellationToken) is var (source, problem) && source is null)
        {
            return problem!;
        }

        var all = await db.ActivityEntries.Where(a => a.EmissionSourceId == sourceId && a.InventoryYearId == id).ToListAsync(cancellationToken);
        var stored = all.Where(a => a.Month != null).ToList();
        var saved = new List<(ActivityEntry Entry, string Prefix)>();
        var errors = new FieldErrors();
        var seen = new HashSet<(int, int)>();
        var rows = request.Months ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, prefix) = (rows[i], $"months[{i}].");
            if (row.Year is not int year || row.Month is not (>= 1 and <= 12) || !seen.Add((year, row.Month.Value)))
            {
                errors.Add(prefix + "month", "每列須是一個不重複的月份（1–12）。", "Each row must be a different month, 1 to 12.");
                continue;
            }

            var month = row.Month.Value;
            var existing = stored.Where(a => a.Year == year && a.Month == month).ToList();
            if (existing.Count > 1)
            {
                errors.Add(prefix + "month", "此月份有多筆活動數據（逐張帳單），請逐筆修改。",
                    "This month has several entries (one per bill); change them one by one.");
            }
            else if (row.Amount is null && row.AmountPaidNtd is null && row.UnitPriceNtd is null)
            {
                db.ActivityEntries.RemoveRange(existing);
                all.RemoveAll(existing.Contains);
            }
            else
            {
                var entry = existing.SingleOrDefault()
                    ?? new ActivityEntry { Id = Guid.CreateVersion7(), InventoryYearId = id, EmissionSourceId = sourceId, Unit = "" };
                var activity = new ActivityRequest(year, month, row.Amount, row.Unit, row.DataSourceMethod, row.Note, row.AmountPaidNtd, row.UnitPriceNtd);
                var reason = existing.SingleOrDefault()?.OverlapReason;   // the grid has no reason field: a kept overlap stays kept
                if (Apply(entry, source, activity with { OverlapReason = reason }, library, errors, prefix))
                {
                    saved.Add((entry, prefix));
                    if (existing.Count == 0)
                    {
                        db.ActivityEntries.Add(entry);
                        all.Add(entry);
                    }
                }
            }
        }

        foreach (var (entry, prefix) in saved)
        {
            EntryOverlapCheck.Check(entry, all, errors, prefix);   // e.g. a month of a year already entered as a whole
        }

        if (errors.Any)
        {
            db.ChangeTracker.Clear();   // nothing is saved, and a page reading on in this request sees the stored rows
            return errors.ToResult();
        }

        await db.SaveChangesAsync(cancellationToken);   // one transaction for every month
        return TypedResults.Ok((await ListActivityAsync(id, sourceId, db, cancellationToken)).Result is Ok<List<ActivityResponse>> ok ? ok.Value! : []);
    }
}
