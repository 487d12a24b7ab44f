using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Fills the scoped <see cref="TenantContext"/> from the signed-in user: the organisation named by
/// the session's claim (cookie) or the <see cref="AccountSchemes.OrganisationHeader"/> header (API
/// token), else the user's only organisation. The membership is read on every request, so a removed
/// member loses access at once; an organisation the user is not a member of is never made current.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant, AppDbContext db)
    {
        if (context.User.UserId() is Guid userId)
        {
            var requested = context.User.Identity?.AuthenticationType == AccountSchemes.ApiToken
                ? context.Request.Headers[AccountSchemes.OrganisationHeader].ToString()
                : context.User.FindFirstValue(AccountSchemes.OrganisationClaim);
            var memberships = db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId);
            var membership = Guid.TryParse(requested, out var organisationId)
                ? await memberships.SingleOrDefaultAsync(m => m.OrganisationId == organisationId, context.RequestAborted)
                : string.IsNullOrEmpty(requested) ? await SoleAsync(memberships, context.RequestAborted) : null;
            tenant.Set(userId, membership?.OrganisationId, membership?.Role);
        }

        await next(context);
    }

    private static async Task<Data.Entities.Membership?> SoleAsync(IQueryable<Data.Entities.Membership> memberships, CancellationToken cancellationToken)
    {
        var firstTwo = await memberships.Take(2).ToListAsync(cancellationToken);
        return firstTwo.Count == 1 ? firstTwo[0] : null;
    }
}
