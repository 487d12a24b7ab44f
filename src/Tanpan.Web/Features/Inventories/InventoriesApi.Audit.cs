using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Inventories;

/// <summary>An inventory's audit history.</summary>
public static partial class InventoriesApi
{
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
}
