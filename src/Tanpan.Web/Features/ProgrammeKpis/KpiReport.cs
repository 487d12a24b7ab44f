using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// A programme's dashboard: the totals, applications not yet confirmed, the agency's training figures of the programme
/// year, and one breakdown per dimension (service, consulting team, industry, region). <see cref="HasCases"/> and
/// <see cref="HasFollowUps"/> say whether those figures exist in this build (docs/programme-kpis.md, "Extension points").
/// </summary>
public sealed record KpiReport(
    Programme Programme, IReadOnlyList<ProgrammeService> Services, KpiCounts Total, int Unconfirmed, int TrainedAll, int Attended,
    IReadOnlyList<KpiBreakdown> Breakdowns, IReadOnlyList<string> Stages, bool HasCases, bool HasFollowUps);

/// <summary>One dimension's rows, in the dimension's own order (services as the programme lists them, industries 08–33 …).</summary>
public sealed record KpiBreakdown(string Dimension, IReadOnlyList<KpiRow> Rows);

/// <summary>One row: its key (a service id, industry code, region code or team id) and names in both languages.</summary>
public sealed record KpiRow(string Key, string NameZh, string NameEn, KpiCounts Counts);

/// <summary>The dimension keys.</summary>
public static class KpiDimensions
{
    public const string Service = "service";
    public const string Team = "team";
    public const string Industry = "industry";
    public const string Region = "region";
}
