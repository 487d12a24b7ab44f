using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Organisations;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>What the agency administrator types to link a consulting team: its 統一編號, names and the services it delivers.</summary>
public sealed record TeamInput(string? TaxId, string? NameZh, string? NameEn, IReadOnlyList<Guid> ServiceIds);

/// <summary>A linked team with the services it delivers.</summary>
public sealed record TeamView(ProgrammeTeam Team, IReadOnlyList<Guid> ServiceIds);

/// <summary>
/// The consulting teams of the agency's programmes (docs/programme-cases.md, "Consulting teams"): the agency
/// administrator (owner) links a team's own Tanpan organisation, found by its 統一編號, to a programme with the services
/// it delivers; linking gives the team organisation its <c>case-delivery</c> grant on the programme. Readers list them.
/// </summary>
public sealed class TeamLinks(AppDbContext db, TenantContext tenant, TeamGrants grants, TimeProvider clock)
{
    public bool CanRead => tenant.CanRead();

    public bool CanLink => tenant.Role == MembershipRole.Owner;

    public async Task<List<TeamView>> ListAsync(Guid programmeId, CancellationToken ct)
    {
        if (!CanRead)
        {
            return [];
        }

        var teams = await db.ProgrammeTeams.AsNoTracking().Where(t => t.ProgrammeId == programmeId).OrderBy(t => t.CreatedAt).ToListAsync(ct);
        var ids = teams.Select(t => t.Id).ToList();
        var links = await db.ProgrammeTeamServices.AsNoTracking().Where(l => ids.Contains(l.TeamId)).ToListAsync(ct);
        return [.. teams.Select(t => new TeamView(t, [.. links.Where(l => l.TeamId == t.Id).Select(l => l.ServiceId)]))];
    }

    public async Task<Results<Created<ProgrammeTeam>, ValidationProblem, ProblemHttpResult>> LinkAsync(Guid programmeId, TeamInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CanRead || await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, ct) is not { } programme)
        {
            return Problems.NotFound();
        }

        if (!CanLink)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "只有計畫管理者（擁有者）可以連結輔導團隊。", "Only the programme's administrator (an owner) can link consulting teams.");
        }

        var errors = new FieldErrors();
        var taxId = errors.Text("taxId", input.TaxId, 8, required: true);
        var nameZh = errors.Text("nameZh", input.NameZh, 200, required: true);
        var nameEn = errors.Text("nameEn", input.NameEn, 200, required: true);
        Organisation? team = null;
        if (taxId is not null && !TaxId.IsValid(taxId))
        {
            errors.Add("taxId", "統一編號格式或檢查碼不正確。", "The 統一編號 (tax ID) is not valid.");
        }
        else if (taxId is not null)
        {
            // The one cross-organisation read here: which Tanpan organisation holds this 統一編號 (its id only).
            var found = await db.Organisations.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking().Where(o => o.TaxId == taxId).Take(2).ToListAsync(ct);
            team = found.Count == 1 ? found[0] : null;
            if (team is null)
            {
                errors.Add("taxId", "碳盤上沒有（或不只一個）使用此統一編號的組織；請輔導團隊先在碳盤建立組織並填寫統一編號。",
                    "No single Tanpan organisation has this 統一編號; the consulting team must first have an organisation on Tanpan with it.");
            }
            else if (team.Id == programme.OrganisationId)
            {
                errors.Add("taxId", "輔導團隊不能是本機關自己。", "The consulting team cannot be the agency itself.");
                team = null;
            }
            else if (await db.ProgrammeTeams.AnyAsync(t => t.ProgrammeId == programmeId && t.TeamOrganisationId == team.Id, ct))
            {
                errors.Add("taxId", "此團隊已連結到本計畫。", "This team is already linked to the programme.");
            }
        }

        var services = await db.ProgrammeServices.AsNoTracking().Where(s => s.ProgrammeId == programmeId).Select(s => s.Id).ToListAsync(ct);
        var chosen = input.ServiceIds.Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(id => !services.Contains(id)))
        {
            errors.Add("services", "請勾選此團隊負責的輔導項目。", "Tick the services this team delivers.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var link = new ProgrammeTeam { Id = Guid.CreateVersion7(), ProgrammeId = programmeId, TeamOrganisationId = team!.Id, NameZh = nameZh!, NameEn = nameEn!, CreatedAt = clock.GetUtcNow() };
        db.ProgrammeTeams.Add(link);
        db.ProgrammeTeamServices.AddRange(chosen.Select(s => new ProgrammeTeamService { Id = Guid.CreateVersion7(), TeamId = link.Id, ServiceId = s }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("此團隊已連結到本計畫。", "This team is already linked to the programme.");
        }

        await grants.GiveAsync(team.Id, programmeId, $"{programme.TitleZh}：{nameZh}", ct);
        return TypedResults.Created($"/cases/teams?programme={programmeId}", link);
    }
}
