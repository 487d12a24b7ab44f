using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.ProgrammeCases;

namespace Tanpan.Web.Features.ProgrammeKpis;

public sealed partial class ProgrammeKpiService
{
    // Cases and visits come from the ProgrammeCases feature (ProgrammeCase, CaseVisit, ProgrammeTeam); follow-ups from the
    // FollowUps feature's tables (FollowUp, FollowUpMeasure): every scheduled 成效追蹤表 of the programme's cases, returned
    // or not, and the tonnes its measures report (docs/programme-kpis.md).

    /// <summary>Whether this build has cases and visits.</summary>
    public static bool HasCases => true;

    /// <summary>Whether this build has follow-ups (成效追蹤表).</summary>
    public static bool HasFollowUps => true;

    /// <summary>
    /// The stage keys in the order they run: each service's list (<see cref="CaseStages"/>) in the programme's service
    /// order, a key shared by two services once, where it first comes; 結案 last.
    /// </summary>
    private static List<string> StagesOf(IEnumerable<string> serviceKeys) =>
    [
        .. serviceKeys.SelectMany(k => CaseStages.ByService.GetValueOrDefault(k) ?? CaseStages.General).Concat(CaseStages.General)
            .Select(s => s.Key).Where(k => k != CaseStages.Closed).Distinct(StringComparer.Ordinal),
        CaseStages.Closed,
    ];

    /// <summary>A case stage's name in the page's language (the first list that has the key names it).</summary>
    public static string StageName(string stage, bool english) =>
        CaseStages.ByService.Values.Append(CaseStages.General).SelectMany(l => l).FirstOrDefault(s => s.Key == stage) is { } s
            ? (english ? s.NameEn : s.NameZh)
            : (english ? "Other stage" : "其他階段");

    private async Task<List<CaseFact>> CasesAsync(Guid programmeId, CancellationToken ct)
    {
        var cases = await db.ProgrammeCases.AsNoTracking().Where(c => c.ProgrammeId == programmeId)
            .Select(c => new { c.Id, c.ApplicationId, c.RequestId, c.ServiceId, c.TeamOrganisationId, c.StageKey }).ToListAsync(ct);
        var visits = await db.CaseVisits.AsNoTracking().Where(v => db.ProgrammeCases.Any(c => c.Id == v.CaseId && c.ProgrammeId == programmeId))
            .GroupBy(v => v.CaseId).Select(g => new { CaseId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.CaseId, x => x.Count, ct);
        var teams = await db.ProgrammeTeams.AsNoTracking().Where(t => t.ProgrammeId == programmeId)
            .Select(t => new { t.TeamOrganisationId, t.NameZh, t.NameEn }).ToListAsync(ct);
        var names = teams.GroupBy(t => t.TeamOrganisationId).ToDictionary(g => g.Key, g => (g.First().NameZh, g.First().NameEn));
        return [.. cases.Select(c =>
        {
            var (zh, en) = names.GetValueOrDefault(c.TeamOrganisationId);
            return new CaseFact(c.Id, c.ApplicationId, c.RequestId, c.ServiceId, c.TeamOrganisationId, c.StageKey, visits.GetValueOrDefault(c.Id), zh, en);
        })];
    }

    private async Task<List<FollowUpFact>> FollowUpsAsync(List<CaseFact> cases, CancellationToken ct)
    {
        var caseIds = cases.Select(c => c.Id).ToList();
        var followUps = await db.FollowUps.AsNoTracking().Where(f => caseIds.Contains(f.CaseId))
            .Select(f => new { f.Id, f.CaseId, Returned = f.ReturnedAt != null }).ToListAsync(ct);
        var ids = followUps.Select(f => f.Id).ToList();
        var tonnes = (await db.FollowUpMeasures.AsNoTracking().Where(m => ids.Contains(m.FollowUpId) && m.SavedTonnes != null)
            .Select(m => new { m.FollowUpId, m.SavedTonnes }).ToListAsync(ct))
            .GroupBy(m => m.FollowUpId).ToDictionary(g => g.Key, g => g.Sum(m => m.SavedTonnes!.Value));
        return [.. followUps.Select(f => new FollowUpFact(f.CaseId, f.Returned, f.Returned ? tonnes.GetValueOrDefault(f.Id) : 0m))];
    }

    private static (string Zh, string En) TeamName(CaseFact first) =>
        first.TeamNameZh is { } zh ? (zh, first.TeamNameEn ?? zh) : ("（未列名的輔導團隊）", "(team not listed)");
}
