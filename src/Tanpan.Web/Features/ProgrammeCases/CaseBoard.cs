using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Time;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>What the board shows: by team, by officer, one stage, only overdue ones, open or closed; 1-based page.</summary>
public sealed record BoardFilter(Guid? Team = null, Guid? Officer = null, string? Stage = null, bool OverdueOnly = false, bool Closed = false, int Page = 1);

/// <summary>One case on the board: its current stage and that stage's due date; overdue when that date has passed.</summary>
public sealed record BoardRow(ProgrammeCase Case, string ServiceKey, string ServiceNameZh, string ServiceNameEn, DateOnly? DueOn, bool Overdue);

/// <summary>A page of the board, the count per stage of the whole selection, and the total.</summary>
public sealed record BoardResult(IReadOnlyList<BoardRow> Rows, IReadOnlyDictionary<string, int> ByStage, int Total, int Overdue, int Page, int PageSize);

/// <summary>
/// The case board per team and per officer (docs/programme-cases.md, "Boards"): the visible cases (<see cref="CaseScope"/>)
/// by stage with the current stage's due date, overdue ones (due before today in Taiwan time, case still open) first,
/// twenty to a page.
/// </summary>
public sealed class CaseBoard(CaseScope scope, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<BoardResult> ReadAsync(BoardFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = TaipeiTime.Today(clock);
        var cases = (await scope.CasesAsync(ct)).AsNoTracking();
        cases = filter.Closed ? cases.Where(c => c.ClosedOn != null) : cases.Where(c => c.ClosedOn == null);
        if (filter.Team is { } team)
        {
            cases = cases.Where(c => c.TeamOrganisationId == team);
        }

        if (filter.Officer is { } officer)
        {
            cases = cases.Where(c => c.OfficerUserId == officer);
        }

        var rows = from c in cases
                   join s in scope.Db.ProgrammeCaseStages on new { c.Id, c.StageKey } equals new { Id = s.CaseId, StageKey = s.Key }
                   join v in scope.Db.ProgrammeServices on c.ServiceId equals v.Id
                   select new { Case = c, s.DueOn, s.Position, v.Key, v.NameZh, v.NameEn };
        var byStage = await rows.GroupBy(r => r.Case.StageKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var overdue = filter.Closed ? 0 : await rows.CountAsync(r => r.DueOn < today, ct);
        if (filter.Stage is { Length: > 0 } stage)
        {
            rows = rows.Where(r => r.Case.StageKey == stage);
        }

        if (filter.OverdueOnly && !filter.Closed)
        {
            rows = rows.Where(r => r.DueOn < today);
        }

        var total = await rows.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var ordered = filter.Closed
            ? rows.OrderByDescending(r => r.Case.ClosedOn).ThenBy(r => r.Case.ClientName)
            : rows.OrderBy(r => r.DueOn).ThenBy(r => r.Case.ClientName);
        var slice = await ordered.ThenBy(r => r.Case.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new BoardResult(
            [.. slice.Select(r => new BoardRow(r.Case, r.Key, r.NameZh, r.NameEn, filter.Closed ? null : r.DueOn, !filter.Closed && r.DueOn < today))],
            byStage, total, overdue, page, PageSize);
    }

    /// <summary>The teams and officers the filters offer: the agency's linked teams and the officers named on visible cases.</summary>
    public async Task<(List<ProgrammeTeam> Teams, List<User> Officers)> ChoicesAsync(CancellationToken ct)
    {
        if (!scope.IsAgencyReader)
        {
            return ([], []);
        }

        var teams = await scope.Db.ProgrammeTeams.AsNoTracking().OrderBy(t => t.NameZh).ToListAsync(ct);
        var distinct = teams.GroupBy(t => t.TeamOrganisationId).Select(g => g.First()).ToList();
        var officerIds = await scope.Db.ProgrammeCases.Where(c => c.OfficerUserId != null).Select(c => c.OfficerUserId!.Value).Distinct().ToListAsync(ct);
        var officers = await scope.Db.Users.AsNoTracking().Where(u => officerIds.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct);
        return (distinct, officers);
    }
}
