using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Time;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Infrastructure.Grants;

/// <summary>
/// The one check of cross-organisation access (docs/grants.md), next to the tenant filter: which organisations a user
/// reaches through an active, unexpired grant to an organisation it is a member of, and with which role. A deliberate
/// cross-tenant read; every other query stays filtered by the current organisation.
/// </summary>
public static class GrantAccess
{
    /// <summary>One organisation a user may make current through a grant: the role it then has, and the grant.</summary>
    public sealed record Reach(Guid OrganisationId, string OrganisationName, MembershipRole Role, Guid GrantId);

    /// <summary>True while a grant is in force on <paramref name="now"/>: active and not past its last day (Taipei time).</summary>
    public static bool InForce(Grant grant, DateTimeOffset now) =>
        grant.State == GrantStates.Active && (grant.ExpiresOn is not DateOnly last || DateOnly.FromDateTime(TaipeiTime.Of(now).DateTime) <= last);

    /// <summary>The organisations <paramref name="userId"/> reaches by grant, one per organisation (the widest grant wins).</summary>
    public static async Task<IReadOnlyList<Reach>> ReachableAsync(AppDbContext db, Guid userId, DateTimeOffset now, Guid? onlyOrganisationId, CancellationToken cancellationToken)
    {
        var rows = await (
            from m in db.Memberships.IgnoreQueryFilters()
            where m.UserId == userId && m.Role != MembershipRole.Verifier
            join g in db.Grants.IgnoreQueryFilters() on m.OrganisationId equals g.GranteeOrganisationId
            where g.State == GrantStates.Active && (g.Purpose == GrantPurposes.Workspace || g.Purpose == GrantPurposes.CaseDelivery)
                && (onlyOrganisationId == null || g.OrganisationId == onlyOrganisationId)
            join o in db.Organisations.IgnoreQueryFilters() on g.OrganisationId equals o.Id
            select new { Grant = g, MemberRole = m.Role, o.Name }).ToListAsync(cancellationToken);
        return [.. rows.Where(r => InForce(r.Grant, now))
            .Select(r => new Reach(r.Grant.OrganisationId, r.Name, RoleFor(r.Grant, r.MemberRole), r.Grant.Id))
            .GroupBy(r => r.OrganisationId)
            .Select(g => g.OrderBy(r => Rank(r.Role)).First())
            .OrderBy(r => r.OrganisationName, StringComparer.Ordinal)];
    }

    /// <summary>The role a grant confers: a workspace write grant → editor (viewer if the member only reads in its own team), read → viewer; case delivery → consultant.</summary>
    public static MembershipRole RoleFor(Grant grant, MembershipRole roleInGrantee) => grant.Purpose switch
    {
        GrantPurposes.Workspace when grant.Write && roleInGrantee is MembershipRole.Owner or MembershipRole.Editor => MembershipRole.Editor,
        GrantPurposes.Workspace => MembershipRole.Viewer,
        _ => MembershipRole.Consultant,
    };

    private static int Rank(MembershipRole role) => role switch
    {
        MembershipRole.Editor => 0,
        MembershipRole.Viewer => 1,
        _ => 2,
    };
}
