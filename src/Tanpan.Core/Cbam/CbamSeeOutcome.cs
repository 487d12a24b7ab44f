namespace Tanpan.Core.Cbam;

/// <summary>Either every process's SEE (no issues) or the issues (no results): nothing is half computed.</summary>
public sealed record CbamSeeOutcome(IReadOnlyList<CbamSeeResult> Results, IReadOnlyList<CbamIssue> Issues)
{
    public bool Succeeded => Issues.Count == 0;

    public CbamSeeResult For(string processId) => Results.Single(r => r.ProcessId == processId);
}
