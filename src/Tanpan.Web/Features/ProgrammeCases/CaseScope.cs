using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>
/// Which cases the current user reaches (docs/programme-cases.md, "Who sees what"), read afresh on every request:
/// the agency's owners, editors and viewers see every case of the agency (owners and editors change them); a
/// consultant — a member of a consulting team's organisation who entered the agency through its active
/// <c>case-delivery</c> grants — sees only the cases assigned to that team in the programmes those grants name, and
/// may record visits and move their stages. Revoking the grant removes the access on the next request.
/// </summary>
public sealed class CaseScope(AppDbContext db, TenantContext tenant, TeamGrants grants)
{
    private (Guid Team, IReadOnlyList<Guid> Programmes)? _team;
    private bool _teamRead;

    public AppDbContext Db => db;

    public TenantContext Tenant => tenant;

    /// <summary>An owner, editor or viewer of the agency.</summary>
    public bool IsAgencyReader => tenant.CanRead();

    /// <summary>An owner or editor of the agency (open cases, set due dates, name officers).</summary>
    public bool IsAgencyWriter => tenant.CanWrite();

    /// <summary>The consulting team the current user acts for and the programmes its grants cover, or null.</summary>
    public async Task<(Guid Team, IReadOnlyList<Guid> Programmes)?> TeamAsync(CancellationToken ct)
    {
        if (!_teamRead)
        {
            _team = await grants.CurrentTeamAsync(ct);
            _teamRead = true;
        }

        return _team;
    }

    /// <summary>The cases the user may see: all of the agency's for its readers, the team's for a consultant, else none.</summary>
    public async Task<IQueryable<ProgrammeCase>> CasesAsync(CancellationToken ct)
    {
        if (IsAgencyReader)
        {
            return db.ProgrammeCases;
        }

        if (await TeamAsync(ct) is { } team)
        {
            var programmes = team.Programmes.ToList();
            return db.ProgrammeCases.Where(c => c.TeamOrganisationId == team.Team && programmes.Contains(c.ProgrammeId));
        }

        return db.ProgrammeCases.Where(c => false);
    }

    /// <summary>One visible case, tracked, or null (unknown, another agency's, another team's).</summary>
    public async Task<ProgrammeCase?> FindAsync(Guid caseId, CancellationToken ct) =>
        await (await CasesAsync(ct)).SingleOrDefaultAsync(c => c.Id == caseId, ct);

    /// <summary>Whether the user may record visits and move stages of a visible case: agency writers and the case's team.</summary>
    public async Task<bool> CanWorkOnAsync(ProgrammeCase @case, CancellationToken ct) =>
        IsAgencyWriter || (await TeamAsync(ct) is { } team && team.Team == @case.TeamOrganisationId && team.Programmes.Contains(@case.ProgrammeId));
}
