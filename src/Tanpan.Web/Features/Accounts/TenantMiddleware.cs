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
            await RequestConnection.HoldAsync(db, context.RequestAborted);
            var requested = context.User.Identity?.AuthenticationType == AccountSchemes.ApiToken
                ? context.Request.Headers[AccountSchemes.OrganisationHeader].ToString()
                : context.User.FindFirstValue(AccountSchemes.OrganisationClaim);
            var membership = Guid.TryParse(requested, out var organisationId)
                ? await MembershipIn.For(db)(db, userId, organisationId, context.RequestAborted)
                : string.IsNullOrEmpty(requested) ? await SoleAsync(db, userId, context.RequestAborted) : null;
            tenant.Set(userId, membership?.OrganisationId, membership?.Role, membership?.Name);
        }

        await next(context);
    }

    // Compiled queries: every signed-in request runs one of them.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, Guid, CancellationToken, Task<Current?>>> MembershipIn = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid userId, Guid organisationId, CancellationToken ct) =>
            db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId && m.OrganisationId == organisationId)
                .Join(db.Organisations.IgnoreQueryFilters(), m => m.OrganisationId, o => o.Id, (m, o) => new Current(m.OrganisationId, m.Role, o.Name))
                .SingleOrDefault()));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<Current>>> FirstTwo = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid userId) => db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId)
            .Join(db.Organisations.IgnoreQueryFilters(), m => m.OrganisationId, o => o.Id, (m, o) => new Current(m.OrganisationId, m.Role, o.Name))
            .Take(2)));

    private static async Task<Current?> SoleAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var firstTwo = new List<Current>(2);
        await foreach (var membership in FirstTwo.For(db)(db, userId).WithCancellation(cancellationToken))
        {
            firstTwo.Add(membership);
        }

        return firstTwo.Count == 1 ? firstTwo[0] : null;
    }

    private sealed record Current(Guid OrganisationId, Data.Entities.MembershipRole Role, string Name);
}
