using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Infrastructure.Roles;

/// <summary>
/// A verifier whose membership names one inventory (<see cref="Membership.InventoryYearId"/>) sees only
/// that one: other inventories are left out of lists and answer 404 on every route with an <c>{id}</c>.
/// </summary>
internal static class VerifierScope
{
    /// <summary>The one inventory the current member is limited to, or null when they may see all.</summary>
    public static async Task<Guid?> LimitAsync(TenantContext tenant, AppDbContext db, CancellationToken cancellationToken) =>
        tenant.Role == MembershipRole.Verifier
            ? await db.Memberships.Where(m => m.UserId == tenant.UserId).Select(m => m.InventoryYearId).SingleOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>An endpoint filter for routes whose <c>{id}</c> is an inventory.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<TenantContext>();
        if (await LimitAsync(tenant, http.RequestServices.GetRequiredService<AppDbContext>(), http.RequestAborted) is Guid only
            && !(Guid.TryParse(http.GetRouteValue("id")?.ToString(), out var id) && id == only))
        {
            return Problems.NotFound();
        }

        return await next(context);
    }
}
