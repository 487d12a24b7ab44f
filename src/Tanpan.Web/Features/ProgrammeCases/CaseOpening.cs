using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Time;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>A request that may become a case: bureau-approved, no case yet, with the teams that deliver its service.</summary>
public sealed record OpenableRequest(ProgrammeRequest Request, ProgrammeApplication Application, ProgrammeService Service, IReadOnlyList<ProgrammeTeam> Teams);

/// <summary>
/// Opening cases (docs/programme-cases.md, "Cases"): an owner or editor of the agency turns a request in state
/// <c>bureau-approved</c> (工業局核備; seed 004 注意事項四: guidance starts after it) into a case assigned to a team
/// linked to the programme that delivers the service, with an officer of the agency. The case's stages are the
/// service's list (<see cref="CaseStages"/>) with due dates counted from the opening day (Taiwan time). One case per
/// request: the unique index refuses a second, also when two officers open the same request at once.
/// </summary>
public sealed class CaseOpening(AppDbContext db, TenantContext tenant, TimeProvider clock)
{
    public bool CanOpen => tenant.CanWrite();

    public async Task<List<OpenableRequest>> OpenableAsync(CancellationToken ct)
    {
        if (!CanOpen)
        {
            return [];
        }

        var opened = db.ProgrammeCases.Select(c => c.RequestId);
        var requests = await db.ProgrammeRequests.AsNoTracking()
            .Where(r => r.State == RequestStates.BureauApproved && !opened.Contains(r.Id)).ToListAsync(ct);
        var applicationIds = requests.Select(r => r.ApplicationId).Distinct().ToList();
        var applications = await db.ProgrammeApplications.AsNoTracking().Where(a => applicationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var services = await db.ProgrammeServices.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var teams = await db.ProgrammeTeams.AsNoTracking().ToListAsync(ct);
        var delivers = await db.ProgrammeTeamServices.AsNoTracking().ToListAsync(ct);
        return [.. requests
            .Select(r => new OpenableRequest(r, applications[r.ApplicationId], services[r.ServiceId],
                [.. teams.Where(t => delivers.Any(d => d.TeamId == t.Id && d.ServiceId == r.ServiceId))]))
            .OrderBy(o => o.Application.Number).ThenBy(o => o.Service.Position)];
    }

    /// <summary>The agency's owners and editors, who may be a case's officer.</summary>
    public async Task<List<User>> OfficersAsync(CancellationToken ct)
    {
        var ids = await db.Memberships.AsNoTracking().Where(m => m.Role == MembershipRole.Owner || m.Role == MembershipRole.Editor).Select(m => m.UserId).ToListAsync(ct);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct);
    }

    public async Task<Results<Created<ProgrammeCase>, ValidationProblem, ProblemHttpResult>> OpenAsync(Guid requestId, Guid? teamOrganisationId, Guid? officerUserId, CancellationToken ct)
    {
        if (!tenant.CanRead() || await db.ProgrammeRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct) is not { } request)
        {
            return Problems.NotFound();
        }

        if (!CanOpen)
        {
            return Problems.ReadOnly();
        }

        if (request.State != RequestStates.BureauApproved)
        {
            return Problems.Conflict("只有已登錄工業局核備的申請可以開案。", "Only a request with the bureau's approval (工業局核備) recorded can become a case.");
        }

        if (await db.ProgrammeCases.AnyAsync(c => c.RequestId == requestId, ct))
        {
            return Problems.Conflict("此申請已開案。", "This request already has a case.");
        }

        var application = await db.ProgrammeApplications.AsNoTracking().SingleAsync(a => a.Id == request.ApplicationId, ct);
        var service = await db.ProgrammeServices.AsNoTracking().SingleAsync(s => s.Id == request.ServiceId, ct);
        var errors = new FieldErrors();
        var team = teamOrganisationId is { } t
            ? await db.ProgrammeTeams.AsNoTracking().SingleOrDefaultAsync(x => x.ProgrammeId == application.ProgrammeId && x.TeamOrganisationId == t, ct)
            : null;
        if (team is null || !await db.ProgrammeTeamServices.AnyAsync(d => d.TeamId == team.Id && d.ServiceId == service.Id, ct))
        {
            errors.Add("team", "請選擇負責此輔導項目的輔導團隊。", "Choose a consulting team that delivers this service.");
        }

        if (officerUserId is { } officer && !await db.Memberships.AnyAsync(m => m.UserId == officer && (m.Role == MembershipRole.Owner || m.Role == MembershipRole.Editor), ct))
        {
            errors.Add("officer", "承辦人須為本機關的擁有者或編輯者。", "The officer must be an owner or editor of the agency.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var now = clock.GetUtcNow();
        var today = TaipeiTime.Today(clock);
        var stages = CaseStages.For(service.Key);
        var @case = new ProgrammeCase
        {
            Id = Guid.CreateVersion7(now), ProgrammeId = application.ProgrammeId, ApplicationId = application.Id, RequestId = request.Id, ServiceId = service.Id,
            TeamOrganisationId = team!.TeamOrganisationId, OfficerUserId = officerUserId, ClientOrganisationId = application.ApplicantOrganisationId,
            ClientName = application.FactoryName, ApplicationNumber = application.Number, StageKey = stages[0].Key, OpenedOn = today, CreatedAt = now,
        };
        db.ProgrammeCases.Add(@case);
        db.ProgrammeCaseStages.AddRange(stages.Select((s, i) => new ProgrammeCaseStage
        {
            Id = Guid.CreateVersion7(now), CaseId = @case.Id, Key = s.Key, Position = i + 1, DueOn = today.AddDays(s.DefaultDays),
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("此申請已開案。", "This request already has a case.");
        }

        return TypedResults.Created($"/cases/{@case.Id}", @case);
    }
}
