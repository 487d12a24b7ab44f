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
/// The same query reads the organisation's name for the layout's header (so a page costs no second membership query).
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
                ? await WithName(db, memberships.Where(m => m.OrganisationId == organisationId)).SingleOrDefaultAsync(context.RequestAborted)
                : string.IsNullOrEmpty(requested) ? await SoleAsync(WithName(db, memberships), context.RequestAborted) : null;
            tenant.Set(userId, membership?.OrganisationId, membership?.Role, membership?.Name);
        }

        await next(context);
    }

    private static async Task<Current?> SoleAsync(IQueryable<Current> memberships, CancellationToken cancellationToken)
    {
        var firstTwo = await memberships.Take(2).ToListAsync(cancellationToken);
        return firstTwo.Count == 1 ? firstTwo[0] : null;
    }

    private static IQueryable<Current> WithName(AppDbContext db, IQueryable<Data.Entities.Membership> memberships) =>
        memberships.Join(db.Organisations.IgnoreQueryFilters(), m => m.OrganisationId, o => o.Id, (m, o) => new Current(m.OrganisationId, m.Role, o.Name));

    private sealed record Current(Guid OrganisationId, Data.Entities.MembershipRole Role, string Name);
}
