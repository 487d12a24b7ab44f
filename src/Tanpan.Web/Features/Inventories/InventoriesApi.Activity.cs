using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// A source's activity entries: list, read, create, update, delete. The checks of a request are in
/// <c>InventoriesApi.ActivityChecks.cs</c>, a bill's share by its period in <c>InventoriesApi.ActivityBills.cs</c>.
/// </summary>
public static partial class InventoriesApi
{
    public static async Task<Results<Ok<List<ActivityResponse>>, ProblemHttpResult>> ListActivityAsync(
        Guid id, Guid sourceId, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.EmissionSources.AnyAsync(s => s.Id == sourceId && s.InventoryYearId == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        var entries = await db.ActivityEntries.Where(a => a.EmissionSourceId == sourceId && a.InventoryYearId == id)
            .OrderBy(a => a.Year).ThenBy(a => a.Month).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var overlaps = await MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken);
        return TypedResults.Ok(entries.Select(e => WithWarnings(Response(e), overlaps)).ToList());
    }

    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> GetActivityAsync(
        Guid id, Guid sourceId, Guid entryId, HttpContext http, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ActivityEntries.SingleOrDefaultAsync(a => a.Id == entryId && a.EmissionSourceId == sourceId && a.InventoryYearId == id, cancellationToken) is not { } entry)
        {
            return Problems.NotFound();
        }

        http.Tag(entry);
        return TypedResults.Ok(Response(entry));
    }

    public static async Task<Results<Created<ActivityResponse>, ValidationProblem, ProblemHttpResult>> CreateActivityAsync(
        Guid id, Guid sourceId, ActivityRequest request, TenantContext tenant, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken)
    {
        if (await WritableSourceAsync(id, sourceId, tenant, db, cancellationToken) is var (source, problem) && source is null)
        {
            return problem!;
        }

        var entry = new ActivityEntry { Id = Guid.CreateVersion7(), InventoryYearId = id, EmissionSourceId = sourceId, Unit = "" };
        var errors = new FieldErrors();
        if (await BillShareAsync(id, request, errors, db, cancellationToken) is not { } share)
        {
            return errors.ToResult();
        }

        if (!Apply(entry, source, share, library, errors))
        {
            return errors.ToResult();
        }

        EntryOverlapCheck.Check(entry, await OthersOfSourceAsync(db, id, sourceId, cancellationToken), errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        db.ActivityEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/inventories/{id}/sources/{sourceId}/activity/{entry.Id}",
            WithWarnings(Response(entry), await MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken)));
    }

    public static async Task<Results<Ok<ActivityResponse>, ValidationProblem, ProblemHttpResult>> UpdateActivityAsync(
        Guid id, Guid sourceId, Guid entryId, ActivityRequest request, HttpContext http, TenantContext tenant, AppDbContext db, FactorLibrary library,
        CancellationToken cancellationToken)
    {
        if (await WritableEntryAsync(id, sourceId, entryId, tenant, db, cancellationToken) is var (entry, problem) && entry is null)
        {
            return problem!;
        }

        if (http.IsStale(entry))
        {
            return await EditVersions.StaleAsync(http, db, entry, Response(entry), cancellationToken);
        }

        var errors = new FieldErrors();
        if (await BillShareAsync(id, request, errors, db, cancellationToken) is not { } share)
        {
            return errors.ToResult();
        }

        if (!Apply(entry, entry.EmissionSource!, share, library, errors))
        {
            return errors.ToResult();
        }

        EntryOverlapCheck.Check(entry, await OthersOfSourceAsync(db, id, sourceId, cancellationToken), errors);
        if (errors.Any)
        {
            db.ChangeTracker.Clear();   // the edit is not saved
            return errors.ToResult();
        }

        if (await EditVersions.SaveAsync(http, db, entry, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(entry);
        return TypedResults.Ok(WithWarnings(Response(entry), await MeterOverlaps.FindAsync(db, id, sourceId, cancellationToken)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteActivityAsync(
        Guid id, Guid sourceId, Guid entryId, HttpContext http, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await WritableEntryAsync(id, sourceId, entryId, tenant, db, cancellationToken) is var (entry, problem) && entry is null)
        {
            return problem!;
        }

        if (http.IsStale(entry))
        {
            return await EditVersions.StaleAsync(http, db, entry, Response(entry), cancellationToken);
        }

        db.ActivityEntries.Remove(entry);
        if (await EditVersions.SaveAsync(http, db, entry, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        return TypedResults.NoContent();
    }

    /// <summary>The entry (with its source) when the caller may write and the inventory is open; also used by the evidence API.</summary>
    internal static async Task<(ActivityEntry? Entry, ProblemHttpResult? Problem)> WritableEntryAsync(
        Guid id, Guid sourceId, Guid entryId, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await WritableSourceAsync(id, sourceId, tenant, db, cancellationToken) is var (source, problem) && source is null)
        {
            return (null, problem);
        }

        var entry = await db.ActivityEntries.SingleOrDefaultAsync(a => a.Id == entryId && a.EmissionSourceId == sourceId && a.InventoryYearId == id, cancellationToken);
        return entry is null ? (null, Problems.NotFound()) : (entry, null);
    }

    /// <summary>The source's stored entries, untracked (for the overlap check).</summary>
    private static Task<List<ActivityEntry>> OthersOfSourceAsync(AppDbContext db, Guid id, Guid sourceId, CancellationToken cancellationToken) =>
        db.ActivityEntries.AsNoTracking().Where(a => a.EmissionSourceId == sourceId && a.InventoryYearId == id).ToListAsync(cancellationToken);

    /// <summary>
    /// The entry with a <c>meter_month</c> warning when it is part of an overlap: a hand-typed or imported entry in a month a
    /// linked meter fills, or the meter's entry of such a month. Saved all the same: a broken meter's month may need a
    /// typed value, and an import must not fail on it; the warning stays on the source page and the reminder until one goes.
    /// </summary>
    private static ActivityResponse WithWarnings(ActivityResponse response, List<MeterMonthOverlap> overlaps)
    {
        var warnings = overlaps.Where(o => o.MeterEntryId == response.Id || o.OtherEntryIds.Contains(response.Id))
            .Select(o => new ActivityWarning("meter_month", o.Chinese, o.English)).ToList();
        return warnings.Count == 0 ? response : response with { Warnings = warnings };
    }

    private static ActivityResponse Response(ActivityEntry a) =>
        new(a.Id, a.EmissionSourceId, a.Year, a.Month, a.Amount, a.Unit, a.DataSourceMethod, a.Note, a.AmountPaidNtd, a.UnitPriceNtd, OverlapReason: a.OverlapReason);
}
