using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Grants;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>
/// The cases' side of the grant model (docs/grants.md): the <c>case-delivery</c> grant a linked team gets, which team
/// the current user acts for (read afresh on every request, so a revoked grant ends the access at once), and the
/// team's request for the client's <c>workspace</c> grant.
/// </summary>
public sealed class TeamGrants(AppDbContext db, TenantContext tenant, GrantService grants, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>
    /// The team organisation and the programmes its case-delivery grants in force name, when the user is a consultant
    /// here through one of them; else null.
    /// </summary>
    public async Task<(Guid Team, IReadOnlyList<Guid> Programmes)?> CurrentTeamAsync(CancellationToken ct)
    {
        if (tenant.Role != MembershipRole.Consultant || tenant.GrantId is not { } grantId)
        {
            return null;
        }

        // The grants are the agency's rows (it is the grantor and the current organisation).
        var now = clock.GetUtcNow();
        var used = await db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == grantId, ct);
        if (used is null || used.Purpose != GrantPurposes.CaseDelivery || !GrantAccess.InForce(used, now))
        {
            return null;
        }

        var team = used.GranteeOrganisationId;
        var all = await db.Grants.AsNoTracking()
            .Where(g => g.GranteeOrganisationId == team && g.Purpose == GrantPurposes.CaseDelivery && g.State == GrantStates.Active && g.SubjectId != null)
            .ToListAsync(ct);
        return (team, [.. all.Where(g => GrantAccess.InForce(g, now)).Select(g => g.SubjectId!.Value).Distinct()]);
    }

    /// <summary>Gives the team organisation the case-delivery grant on the programme (write: it records visits and moves stages).</summary>
    public Task GiveAsync(Guid teamOrganisationId, Guid programmeId, string note, CancellationToken ct) =>
        grants.GiveAsync(teamOrganisationId, GrantPurposes.CaseDelivery, write: true, "programme", programmeId, null, note, ct);

    /// <summary>The client's workspace grant to the case's team in force, if any.</summary>
    public async Task<Grant?> WorkspaceAsync(ProgrammeCase @case, CancellationToken ct) =>
        @case.ClientOrganisationId is { } client ? await grants.ActiveAsync(client, @case.TeamOrganisationId, GrantPurposes.Workspace, @case.Id, ct) : null;

    /// <summary>
    /// What became of the case's last workspace request (<see cref="ProgrammeCase.WorkspaceGrantId"/>): requested, active
    /// (check <see cref="WorkspaceAsync"/> for in force), declined or revoked; null when none was asked. Read across
    /// tenants as the sharing page lists a grantee's grants: only that grant row, only when its grantee is the case's team.
    /// </summary>
    public async Task<string?> WorkspaceRequestStateAsync(ProgrammeCase @case, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.WorkspaceGrantId is { } id && @case.ClientOrganisationId is { } client
            ? await db.Grants.IgnoreQueryFilters().AsNoTracking()
                .Where(g => g.Id == id && g.OrganisationId == client && g.GranteeOrganisationId == @case.TeamOrganisationId)
                .Select(g => g.State).SingleOrDefaultAsync(ct)
            : null;
    }

    /// <summary>
    /// The team asks the client for its workspace (write: the team's owners and editors become editors there), acting as
    /// the team organisation, which the user must be an owner or editor of; null when the client is not on Tanpan or the
    /// user may not ask for the team. The grant's id is kept on the case.
    /// </summary>
    public async Task<Grant?> AskWorkspaceAsync(ProgrammeCase @case, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.ClientOrganisationId is not { } client || tenant.UserId is not { } user)
        {
            return null;
        }

        var role = await db.Memberships.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking()
            .Where(m => m.UserId == user && m.OrganisationId == @case.TeamOrganisationId).Select(m => (MembershipRole?)m.Role).SingleOrDefaultAsync(ct);
        if (role is not (MembershipRole.Owner or MembershipRole.Editor))
        {
            return null;
        }

        // The note tells the client's owner, on its sharing page, what the request is for: the programme and the service.
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == @case.ProgrammeId).Select(p => p.TitleZh).SingleOrDefaultAsync(ct);
        var service = await db.ProgrammeServices.AsNoTracking().Where(s => s.Id == @case.ServiceId).Select(s => s.NameZh).SingleOrDefaultAsync(ct);
        Grant grant;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(user, @case.TeamOrganisationId, role);
            grant = await scope.ServiceProvider.GetRequiredService<GrantService>()
                .RequestAsync(client, GrantPurposes.Workspace, write: true, "programme-case", @case.Id, null, $"{programme}：{service}", ct);
        }

        @case.WorkspaceGrantId = grant.Id;
        await db.SaveChangesAsync(ct);
        return grant;
    }
}
