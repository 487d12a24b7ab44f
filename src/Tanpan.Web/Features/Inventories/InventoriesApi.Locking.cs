using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

/// <summary>Locking an inventory (its results kept as a snapshot) and an administrator's unlocking with a reason.</summary>
public static partial class InventoriesApi
{
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
}
