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
        ClaimsPrincipal principal, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.UserId()!.Value;
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        // A deliberate cross-tenant read: the user's own memberships in every organisation.
        var memberships = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == userId)
            .Join(db.Organisations.IgnoreQueryFilters(), m => m.OrganisationId, o => o.Id,
                (m, o) => new MembershipSummary(o.Id, o.Name, m.Role, m.InventoryYearId))
            .ToListAsync(cancellationToken);
        memberships.Sort((x, y) => string.CompareOrdinal(x.OrganisationName, y.OrganisationName));
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
        CreateOrganisationRequest request, ClaimsPrincipal principal, TenantContext tenant, AppDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var userId = principal.UserId()!.Value;
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsAdministrator, cancellationToken))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "只有系統管理員可以建立組織。", "Only an administrator can create an organisation.");
        }

        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return Problems.Invalid("name", "請輸入組織名稱（最多 200 字）。", "Enter the organisation's name (at most 200 characters).");
        }

        var taxId = string.IsNullOrWhiteSpace(request.TaxId) ? null : request.TaxId.Trim();
        if (taxId is not null && (taxId.Length != 8 || !taxId.All(char.IsAsciiDigit)))
        {
            return Problems.Invalid("taxId", "統一編號須為 8 位數字。", "The tax id (統一編號) must be 8 digits.");
        }

        var now = clock.GetUtcNow();
        var organisation = new Organisation { Id = Guid.CreateVersion7(now), Name = name, TaxId = taxId, CreatedAt = now };
        var membership = new Membership { Id = Guid.CreateVersion7(now), UserId = userId, Role = MembershipRole.Owner, CreatedAt = now };

        // The data layer saves tenant rows only for the current organisation (decision 0005), so the
        // new one is current while it and its first membership are saved.
        var (previousOrganisation, previousRole) = (tenant.OrganisationId, tenant.Role);
        tenant.Set(userId, organisation.Id, MembershipRole.Owner);
        try
        {
            db.AddRange(organisation, membership);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            tenant.Set(userId, previousOrganisation, previousRole);
        }

        var summary = new OrganisationSummary(organisation.Id, organisation.Name, organisation.TaxId);
        return TypedResults.Created($"/api/v1/organisations/{organisation.Id}", summary);
    }
}
