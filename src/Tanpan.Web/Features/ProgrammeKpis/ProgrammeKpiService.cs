using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Features.Programmes;

namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// A programme's KPI dashboard (issue 20 item 7; docs/programme-kpis.md), for the agency's owners, editors and viewers:
/// each figure counted from the tables as they are now — applications, requests and their states, cases and visits,
/// training certificates, follow-ups. Reads go through the tenant filter, so another agency's programme is not found.
/// The database returns narrow rows (ids, codes, states, counts per case and per 統一編號); the breakdowns by service,
/// consulting team, industry and region are counted here, because the region is read from the address text
/// (<see cref="Regions"/>) and the same rows feed four dimensions.
/// </summary>
public sealed partial class ProgrammeKpiService(AppDbContext db, TenantContext tenant)
{
    /// <summary>The agency's own owners, editors and viewers: not someone inside it through a grant (a consultant, a workspace guest).</summary>
    public bool CanRead => tenant.CanRead() && tenant.GrantId is null;

    public async Task<KpiReport?> ReportAsync(Guid programmeId, CancellationToken ct)
    {
        if (!CanRead || await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, ct) is not { } programme)
        {
            return null;
        }

        var services = await db.ProgrammeServices.AsNoTracking().Where(s => s.ProgrammeId == programmeId).OrderBy(s => s.Position).ToListAsync(ct);
        var serviceIds = services.Select(s => s.Id).ToList();
        var applications = await db.ProgrammeApplications.AsNoTracking().Where(a => a.ProgrammeId == programmeId)
            .Select(a => new ApplicationFact(a.Id, a.IndustryCode, a.Address, a.TaxId, a.ConfirmedAt != null)).ToListAsync(ct);
        var requests = await db.ProgrammeRequests.AsNoTracking().Where(r => serviceIds.Contains(r.ServiceId) && r.State != RequestStates.Unconfirmed)
            .Select(r => new RequestFact(r.Id, r.ApplicationId, r.ServiceId, r.State)).ToListAsync(ct);
        var (yearStart, yearEnd) = (new DateOnly(programme.Year, 1, 1), new DateOnly(programme.Year, 12, 31));
        var certificates = await db.TrainingCertificates.AsNoTracking().Where(c => c.RevokedAt == null && c.CompletedOn >= yearStart && c.CompletedOn <= yearEnd)
            .GroupBy(c => c.TaxId).Select(g => new { TaxId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.TaxId, x => x.Count, StringComparer.Ordinal, ct);
        var attended = await db.TrainingRegistrations.AsNoTracking()
            .Where(r => db.TrainingAttendances.Any(a => a.RegistrationId == r.Id && a.Present)
                && db.TrainingSessionDays.Any(d => d.SessionId == r.SessionId && d.Day == 1 && d.Date >= yearStart && d.Date <= yearEnd))
            .CountAsync(ct);
        var cases = await CasesAsync(programmeId, ct);
        var followUps = await FollowUpsAsync(cases, ct);
        var facts = new Facts(applications.Where(a => a.Confirmed).ToList(), requests, cases, followUps, certificates);
        return new KpiReport(programme, services, facts.Count(_ => true, _ => true, _ => true), applications.Count(a => !a.Confirmed),
            certificates.Values.Sum(), attended, Breakdowns(services, facts), StagesOf(services.Select(s => s.Key)), HasCases, HasFollowUps);
    }

    private static List<KpiBreakdown> Breakdowns(IReadOnlyList<Data.Entities.ProgrammeService> services, Facts facts)
    {
        var requestsByApplication = facts.Requests.ToLookup(r => r.ApplicationId);
        var casesByApplication = facts.Cases.ToLookup(c => c.ApplicationId);
        var appById = facts.Applications.ToDictionary(a => a.Id);
        var result = new List<KpiBreakdown>
        {
            new(KpiDimensions.Service, [.. services.Select(s => new KpiRow(s.Id.ToString(), s.NameZh, s.NameEn, facts.Count(
                a => requestsByApplication[a.Id].Any(r => r.ServiceId == s.Id), r => r.ServiceId == s.Id, c => c.ServiceId == s.Id)))]),
        };
        if (HasCases)
        {
            result.Add(new(KpiDimensions.Team, [.. facts.Cases.Where(c => c.TeamId is not null).GroupBy(c => c.TeamId!.Value).Select(g =>
            {
                var (zh, en) = TeamName(g.First());
                return new KpiRow(g.Key.ToString(), zh, en, facts.Count(a => casesByApplication[a.Id].Any(c => c.TeamId == g.Key),
                    r => facts.CaseOf(r.Id)?.TeamId == g.Key, c => c.TeamId == g.Key));
            }).OrderBy(r => r.NameZh, StringComparer.Ordinal)]));
        }

        var industries = facts.Applications.Select(a => a.IndustryCode).ToHashSet(StringComparer.Ordinal);
        result.Add(new(KpiDimensions.Industry, [.. IndustryCodes.All.Where(i => industries.Contains(i.Code)).Select(i => new KpiRow(i.Code, $"{i.Code} {i.NameZh}", $"{i.Code} {i.NameEn}",
            facts.Count(a => a.IndustryCode == i.Code, r => appById[r.ApplicationId].IndustryCode == i.Code, c => appById.GetValueOrDefault(c.ApplicationId)?.IndustryCode == i.Code)))]));
        var regions = facts.Applications.Select(a => a.Region).ToHashSet(StringComparer.Ordinal);
        result.Add(new(KpiDimensions.Region, [.. Regions.All.Select(r => r.Code).Append(Regions.Unknown).Where(regions.Contains).Select(code => new KpiRow(code,
            Regions.Name(code, english: false), Regions.Name(code, english: true),
            facts.Count(a => a.Region == code, r => appById[r.ApplicationId].Region == code, c => appById.GetValueOrDefault(c.ApplicationId)?.Region == code)))]));
        return result;
    }

    internal sealed record ApplicationFact(Guid Id, string IndustryCode, string Address, string TaxId, bool Confirmed)
    {
        public string Region { get; } = Regions.Of(Address);
    }

    internal sealed record RequestFact(Guid Id, Guid ApplicationId, Guid ServiceId, string State);

    /// <summary>One case: the request it started from, its team, its stage and how many visits it has had.</summary>
    internal sealed record CaseFact(Guid Id, Guid ApplicationId, Guid RequestId, Guid ServiceId, Guid? TeamId, string Stage, int Visits, string? TeamNameZh, string? TeamNameEn);

    /// <summary>One scheduled follow-up of a case: returned or not, and the reduction it reports (tonnes CO2e).</summary>
    internal sealed record FollowUpFact(Guid CaseId, bool Returned, decimal ReductionTonnes);

    /// <summary>The rows one dashboard is counted from, and the count of a row given which applications, requests and cases belong to it.</summary>
    private sealed class Facts(List<ApplicationFact> applications, List<RequestFact> requests, List<CaseFact> cases, List<FollowUpFact> followUps, Dictionary<string, int> certificates)
    {
        private readonly Dictionary<Guid, CaseFact> _caseByRequest = cases.GroupBy(c => c.RequestId).ToDictionary(g => g.Key, g => g.First());
        private readonly ILookup<Guid, FollowUpFact> _followUps = followUps.ToLookup(f => f.CaseId);

        public List<ApplicationFact> Applications => applications;

        public List<RequestFact> Requests => requests;

        public List<CaseFact> Cases => cases;

        public CaseFact? CaseOf(Guid requestId) => _caseByRequest.GetValueOrDefault(requestId);

        public KpiCounts Count(Func<ApplicationFact, bool> application, Func<RequestFact, bool> request, Func<CaseFact, bool> inCase)
        {
            var counts = new KpiCounts();
            var taxIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in applications.Where(application))
            {
                counts.Applications++;
                taxIds.Add(a.TaxId);
            }

            counts.Trained = taxIds.Sum(t => certificates.GetValueOrDefault(t));
            foreach (var r in requests.Where(request))
            {
                counts.Requests++;
                counts.ByState[r.State] = counts.ByState.GetValueOrDefault(r.State) + 1;
            }

            foreach (var c in cases.Where(inCase))
            {
                counts.Cases++;
                counts.CasesByStage[c.Stage] = counts.CasesByStage.GetValueOrDefault(c.Stage) + 1;
                counts.Visits += c.Visits;
                foreach (var f in _followUps[c.Id])
                {
                    counts.FollowUpsDue++;
                    if (f.Returned)
                    {
                        counts.FollowUpsReturned++;
                        counts.ReductionTonnes += f.ReductionTonnes;
                    }
                }
            }

            return counts;
        }
    }
}
