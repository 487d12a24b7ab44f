using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

public static partial class AccountsApi
{
    /// <summary>The user, the current organisation and role, and every membership (a consultant has many).</summary>
    public static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMeAsync(
        ClaimsPrincipal principal, TenantContext tenant, AccountService accounts, CancellationToken cancellationToken)
    {
        var userId = principal.UserId()!.Value;
        if (await accounts.FindUserAsync(userId, cancellationToken) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var memberships = await accounts.MembershipsAsync(userId, cancellationToken);
        return TypedResults.Ok(new MeResponse(Summary(user), tenant.OrganisationId, tenant.Role, memberships));
    }

    /// <summary>An organisation the user is a member of; 404 for any other, whether or not it exists.</summary>
    public static async Task<Results<Ok<OrganisationSummary>, ProblemHttpResult>> GetOrganisationAsync(
        Guid id, ClaimsPrincipal principal, AppDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.UserId()!.Value;
        var organisation = await db.Organisations.IgnoreQueryFilters()
            .Where(o => o.Id == id && db.Memberships.IgnoreQueryFilters().Any(m => m.OrganisationId == o.Id && m.UserId == userId))
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.TaxId))
            .SingleOrDefaultAsync(cancellationToken);
        return organisation is null ? Problems.NotFound() : TypedResults.Ok(organisation);
    }

    /// <summary>An administrator creates an organisation and becomes its owner.</summary>
    public static async Task<Results<Created<OrganisationSummary>, ValidationProblem, ProblemHttpResult>> CreateOrganisationAsync(
        CreateOrganisationRequest request, ClaimsPrincipal principal, AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.CreateOrganisationAsync(principal.UserId()!.Value, request.Name, request.TaxId, cancellationToken);
        return outcome switch
        {
            { Forbidden: true } => Problems.Of(StatusCodes.Status403Forbidden, "只有系統管理員可以建立組織。", "Only an administrator can create an organisation."),
            { Error: { } error } => Problems.Invalid(error),
            _ => TypedResults.Created($"/api/v1/organisations/{outcome.Organisation!.Id}", outcome.Organisation),
        };
    }
}
