using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Fills the scoped <see cref="TenantContext"/> from the signed-in user: the organisation named by
/// the session's claim (cookie) or the <see cref="AccountSchemes.OrganisationHeader"/> header (API
/// token), else the user's only organisation. The membership is read on every request, so a removed
/// member loses access at once; an organisation the user is not a member of is never made current.
/// The same query reads the organisation's name for the layout's header (so a page costs no second membership query).
/// An API request that needs an organisation but has none (several memberships and none named, or one named that is
/// not the user's) is answered 400 with the list of the user's organisations — never an empty 200.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant, AppDbContext db, TimeProvider clock)
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
            Guid? grantId = null;
            if (membership is null && Guid.TryParse(requested, out organisationId)
                && await GrantAccess.ReachableAsync(db, userId, clock.GetUtcNow(), organisationId, context.RequestAborted) is [var reach, ..])
            {
                // Not a member, but let in by a grant in force (a consultant in a client's workspace; docs/grants.md).
                membership = new(reach.OrganisationId, reach.Role, reach.OrganisationName);
                grantId = reach.GrantId;
            }

            tenant.Set(userId, membership?.OrganisationId, membership?.Role, membership?.Name, grantId);
            if (membership is null && NeedsOrganisation(context.Request)
                && await ChoicesAsync(db, userId, context.RequestAborted) is { Count: > 0 } choices && (choices.Count > 1 || !string.IsNullOrEmpty(requested)))
            {
                await OrganisationRequired(choices, context.User.IsCookieSession()).ExecuteAsync(context);
                return;
            }
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

    /// <summary>
    /// An API route whose answer depends on the current organisation. Without one, a user of several organisations
    /// (or one who named an organisation that is not theirs) would get an empty 200 from the tenant filter; they get
    /// 400 naming the choices instead. Account routes work without an organisation.
    /// </summary>
    internal static bool NeedsOrganisation(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/api/v1", out var rest))
        {
            return false;
        }

        string[] withoutOrganisation = ["/setup", "/antiforgery", "/session", "/me", "/tokens", "/organisations", "/invitations"];
        return !withoutOrganisation.Any(prefix => rest.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<List<OrganisationChoice>> ChoicesAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        (await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId)
            .Join(db.Organisations.IgnoreQueryFilters(), m => m.OrganisationId, o => o.Id, (m, o) => new OrganisationChoice(o.Id, o.Name))
            .ToListAsync(cancellationToken))
        .OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult OrganisationRequired(List<OrganisationChoice> choices, bool cookie) =>
        TypedResults.Problem(
            title: cookie
                ? "請先選擇組織：以 POST /api/v1/session/organisation 指定下列其中一個。"
                : $"請以 {AccountSchemes.OrganisationHeader} 標頭指定下列其中一個組織。",
            detail: cookie
                ? "Choose an organisation first: POST /api/v1/session/organisation with one of the organisations listed."
                : $"Name one of the organisations listed in the {AccountSchemes.OrganisationHeader} header.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["organisations"] = choices });

    /// <summary>One organisation the user may name, as listed in the 400 answer.</summary>
    internal sealed record OrganisationChoice(Guid Id, string Name);

    private sealed record Current(Guid OrganisationId, Data.Entities.MembershipRole Role, string Name);
}
