using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Inventory years: list, read, create, update, delete and the checks of a request. Locking is in
/// <c>InventoriesApi.Locking.cs</c>, the audit history in <c>InventoriesApi.Audit.cs</c>.
/// </summary>
public static partial class InventoriesApi
{
    public static async Task<Ok<List<InventoryResponse>>> ListInventoriesAsync(TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        var only = await VerifierScope.LimitAsync(tenant, db, cancellationToken);
        var years = await db.InventoryYears.Where(y => only == null || y.Id == only).OrderBy(y => y.Year).ToListAsync(cancellationToken);
        return TypedResults.Ok(years.Select(Response).ToList());
    }

    public static async Task<Results<Ok<InventoryResponse>, ProblemHttpResult>> GetInventoryAsync(Guid id, HttpContext http, AppDbContext db,
        CancellationToken cancellationToken)
    {
        if (await db.InventoryYears.SingleOrDefaultAsync(y => y.Id == id, cancellationToken) is not { } year)
        {
            return Problems.NotFound();
        }

        http.Tag(year);
        return TypedResults.Ok(Response(year));
    }

    /// <summary>The inventory as <see cref="GetInventoryAsync"/> answers it, or null; for pages.</summary>
    internal static async Task<InventoryResponse?> FindInventoryAsync(Guid id, AppDbContext db, CancellationToken cancellationToken) =>
        await db.InventoryYears.SingleOrDefaultAsync(y => y.Id == id, cancellationToken) is { } year ? Response(year) : null;

    /// <summary>Creates an inventory year; 409 when the organisation already has one for that year.</summary>
    public static async Task<Results<Created<InventoryResponse>, ValidationProblem, ProblemHttpResult>> CreateInventoryAsync(
        InventoryRequest request, TenantContext tenant, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        var year = new InventoryYear { Id = Guid.CreateVersion7(), FactorSetId = "", GwpSetId = "" };
        if (Apply(year, request, library) is { } invalid)
        {
            return invalid;
        }

        if (await db.InventoryYears.AnyAsync(y => y.Year == year.Year, cancellationToken))
        {
            return DuplicateYear(year.Year);
        }

        db.InventoryYears.Add(year);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/inventories/{year.Id}", Response(year));
    }

    public static async Task<Results<Ok<InventoryResponse>, ValidationProblem, ProblemHttpResult>> UpdateInventoryAsync(
        Guid id, InventoryRequest request, HttpContext http, TenantContext tenant, AppDbContext db, FactorLibrary library,
        CancellationToken cancellationToken)
    {
        if (await WritableInventoryAsync(id, tenant, db, cancellationToken) is var (year, problem) && year is null)
        {
            return problem!;
        }

        if (http.IsStale(year))
        {
            return await EditVersions.StaleAsync(http, db, year, Response(year), cancellationToken);
        }

        var pinned = (year.FactorSetId, year.GwpSetId);
        if (Apply(year, request, library) is { } invalid)
        {
            return invalid;
        }

        // Moving the pinned sets under existing activity data is a recalculation, never a plain update (issue 4 item 6).
        if ((year.FactorSetId, year.GwpSetId) != pinned && await db.ActivityEntries.AnyAsync(e => e.InventoryYearId == id, cancellationToken))
        {
            var refused = new FieldErrors();
            RefuseSetChange(refused, year.FactorSetId != pinned.FactorSetId ? "factorSetId" : "gwpSetId");
            return refused.ToResult();
        }

        if (await db.InventoryYears.AnyAsync(y => y.Year == year.Year && y.Id != id, cancellationToken))
        {
            return DuplicateYear(year.Year);
        }

        if (await EditVersions.SaveAsync(http, db, year, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(year);
        return TypedResults.Ok(Response(year));
    }

    /// <summary>Deletes an open inventory with its sources and activity data.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteInventoryAsync(
        Guid id, HttpContext http, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (await WritableInventoryAsync(id, tenant, db, cancellationToken) is var (year, problem) && year is null)
        {
            return problem!;
        }

        if (http.IsStale(year))
        {
            return await EditVersions.StaleAsync(http, db, year, Response(year), cancellationToken);
        }

        // The database would cascade these without loading them, and so without an audit entry each;
        // removed through EF they get one (old values) in the same transaction as the inventory's.
        db.ActivityEntries.RemoveRange(await db.ActivityEntries.Where(e => e.InventoryYearId == id).ToListAsync(cancellationToken));
        db.EmissionSources.RemoveRange(await db.EmissionSources.Where(s => s.InventoryYearId == id).ToListAsync(cancellationToken));
        db.Memberships.RemoveRange(await db.Memberships.Where(m => m.InventoryYearId == id).ToListAsync(cancellationToken));
        db.InventoryYears.Remove(year);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The inventory when the caller may write and it is open; else the 403, 404 or 409 to answer.</summary>
    private static async Task<(InventoryYear? Year, ProblemHttpResult? Problem)> WritableInventoryAsync(
        Guid id, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return (null, Problems.ReadOnly());
        }

        var year = await db.InventoryYears.SingleOrDefaultAsync(y => y.Id == id, cancellationToken);
        return year switch
        {
            null => (null, Problems.NotFound()),
            { LockedAt: not null } => (null, Problems.Locked()),
            _ => (year, null),
        };
    }

    private static ValidationProblem? Apply(InventoryYear year, InventoryRequest request, FactorLibrary library)
    {
        var errors = new FieldErrors();
        if (request.Year is not (>= 1990 and <= 2100))
        {
            errors.Add("year", "年度須為西元 1990–2100。", "The year must be between 1990 and 2100 AD.");
        }

        var factorSet = library.FindSet(request.FactorSetId ?? FactorLibrary.DefaultSetId);
        if (factorSet is null)
        {
            errors.Add("factorSetId", $"不明的係數集「{request.FactorSetId}」（可用：{string.Join("、", library.Sets.Select(s => s.Id))}）。",
                $"Unknown factor set '{request.FactorSetId}' (known: {string.Join(", ", library.Sets.Select(s => s.Id))}).");
        }

        var gwpSet = library.FindGwpSet(request.GwpSetId ?? FactorLibrary.DefaultGwpId);
        if (gwpSet is null)
        {
            errors.Add("gwpSetId", $"不明的 GWP 版本「{request.GwpSetId}」（可用：{string.Join("、", library.GwpSets.Keys)}）。",
                $"Unknown GWP set '{request.GwpSetId}' (known: {string.Join(", ", library.GwpSets.Keys)}).");
        }

        if (request.OutputQuantity is <= 0)
        {
            errors.Add("outputQuantity", "產量須大於 0。", "The output must be greater than 0.");
        }

        var outputUnit = errors.Text("outputUnit", request.OutputUnit, 50, required: request.OutputQuantity is not null);
        if (request.RevenueNtd is <= 0)
        {
            errors.Add("revenueNtd", "營業額須大於 0。", "The revenue must be greater than 0.");
        }

        var calendarYear = request.Year ?? 0;
        var start = request.PeriodStart ?? (calendarYear is >= 1990 and <= 2100 ? new DateOnly(calendarYear, 1, 1) : default);
        var end = request.PeriodEnd ?? (calendarYear is >= 1990 and <= 2100 ? new DateOnly(calendarYear, 12, 31) : default);
        if (!errors.Any && end < start)
        {
            errors.Add("periodEnd", "盤查期間的結束日不可早於開始日。", "The period must not end before it starts.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        year.Year = calendarYear;
        year.Boundary = request.Boundary ?? BoundaryApproach.OperationalControl;
        (year.PeriodStart, year.PeriodEnd) = (start, end);
        year.FactorSetId = factorSet!.Id;
        year.GwpSetId = gwpSet!.Id;
        year.IsBaseYear = request.IsBaseYear ?? false;
        (year.OutputQuantity, year.OutputUnit, year.RevenueNtd) = (request.OutputQuantity, outputUnit, request.RevenueNtd);
        return null;
    }

    private static ProblemHttpResult DuplicateYear(int year) =>
        Problems.Conflict($"{year} 年已有盤查年度。", $"The organisation already has an inventory for {year}.");

    private static InventoryResponse Response(InventoryYear y) => new(
        y.Id, y.Year, y.Boundary, y.PeriodStart, y.PeriodEnd, y.FactorSetId, y.GwpSetId, y.IsBaseYear, y.LockedAt, y.LockedByUserId, y.UnlockReason,
        y.OutputQuantity, y.OutputUnit, y.RevenueNtd);
}
