using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Inventories;

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

    /// <summary>
    /// Locks the inventory (owner or editor): from then on it, its sources and activity refuse every change, and its
    /// results are served from the snapshot stored here (with the factor set version and GWP set), so published
    /// figures never drift. An inventory with entries that cannot be calculated is not locked (422 with the issues).
    /// </summary>
    public static async Task<Results<Ok<InventoryResponse>, ProblemHttpResult>> LockInventoryAsync(
        Guid id, TenantContext tenant, AppDbContext db, TimeProvider clock, InventoryResultsService results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (await WritableInventoryAsync(id, tenant, db, cancellationToken) is var (year, problem) && year is null)
        {
            return problem!;
        }

        var head = new InventoryHead(year.Id, year.Year, year.Revision, year.FactorSetId, year.GwpSetId, null, null, null, null);
        var calculated = await results.CalculateAsync(head, cancellationToken);
        if (calculated.Summary is not { } snapshot)
        {
            return Unprocessable(calculated.Issues);
        }

        year.LockedAt = clock.GetUtcNow();
        year.LockedByUserId = tenant.UserId;
        db.ResultSnapshots.RemoveRange(await db.ResultSnapshots.Where(s => s.InventoryYearId == id).ToListAsync(cancellationToken));
        db.ResultSnapshots.Add(new ResultSnapshot
        {
            InventoryYearId = year.Id,
            FactorSetId = snapshot.FactorSetId,
            FactorSetVersion = snapshot.FactorSetVersion,
            GwpSetId = snapshot.GwpSetId,
            CreatedAt = year.LockedAt.Value,
            Json = calculated.SnapshotJson()!,
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Response(year));
    }

    /// <summary>Unlocks the inventory; only an administrator, and only with a reason, which is kept and audited.</summary>
    public static async Task<Results<Ok<InventoryResponse>, ValidationProblem, ProblemHttpResult>> UnlockInventoryAsync(
        Guid id, UnlockRequest request, ClaimsPrincipal principal, AppDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.UserId()!.Value;
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsAdministrator, cancellationToken))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "只有系統管理員可以解鎖盤查年度。", "Only an administrator can unlock an inventory.");
        }

        if (await db.InventoryYears.SingleOrDefaultAsync(y => y.Id == id, cancellationToken) is not { } year)
        {
            return Problems.NotFound();
        }

        var errors = new FieldErrors();
        var reason = errors.Text("reason", request.Reason, 1000, required: true);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (year.LockedAt is null)
        {
            return Problems.Conflict("此盤查年度未鎖定。", "The inventory is not locked.");
        }

        (year.LockedAt, year.LockedByUserId, year.UnlockReason) = (null, null, reason);
        db.ResultSnapshots.RemoveRange(await db.ResultSnapshots.Where(s => s.InventoryYearId == id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Response(year));
    }

    /// <summary>
    /// The inventory's history, newest first: every create, update and delete of it, its sources and activity;
    /// with <paramref name="sourceId"/>, only that source's and its activity entries'.
    /// </summary>
    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> GetAuditAsync(
        Guid id, AppDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50, Guid? sourceId = null)
    {
        if (QueryValues.Page(page) is { } badPage)
        {
            return badPage;
        }

        if (!await db.InventoryYears.AnyAsync(y => y.Id == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        pageSize = Math.Clamp(pageSize, 1, 200);
        var entries = db.AuditEntries.Where(a => a.InventoryYearId == id && (sourceId == null || a.EmissionSourceId == sourceId));
        var total = await entries.CountAsync(cancellationToken);

        // Ids are version-7 GUIDs made from the change's time, so id order is time order on both
        // providers (SQLite cannot ORDER BY a DateTimeOffset).
        var items = await entries.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AuditItem(a.Id, a.EntityType, a.EntityId, a.Action, a.UserId, a.At, a.OldValues, a.NewValues))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AuditPage(page, pageSize, total, items));
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
