namespace Tanpan.Web.Features.ProgrammeKpis;

public sealed partial class ProgrammeKpiService
{
    // Extension point (docs/programme-kpis.md): cases, visits and follow-ups come from the ProgrammeCases and FollowUps
    // features. Until their tables exist in this build the dashboard shows those columns as not available, never as 0.

    /// <summary>Whether this build has cases and visits (<c>ProgrammeCase</c>, <c>CaseVisit</c>).</summary>
    public static bool HasCases => false;

    /// <summary>Whether this build has follow-ups (成效追蹤表).</summary>
    public static bool HasFollowUps => false;

    /// <summary>The case stages in the order they run (empty without cases).</summary>
    private static IReadOnlyList<string> CaseStages => [];

    private static Task<List<CaseFact>> CasesAsync(List<Guid> serviceIds, CancellationToken ct) => Task.FromResult(new List<CaseFact>());

    private static Task<List<FollowUpFact>> FollowUpsAsync(List<CaseFact> cases, CancellationToken ct) => Task.FromResult(new List<FollowUpFact>());

    private static (string Zh, string En) TeamName(Guid teamId, CaseFact first) => (first.TeamNameZh ?? "", first.TeamNameEn ?? first.TeamNameZh ?? "");

    /// <summary>A case stage's name in the page's language.</summary>
    public static string StageName(string stage, bool english) => stage;
}
