namespace Tanpan.Web.Features.Training;

/// <summary>
/// When a registered person has completed a session (data/training/tiers.json, <c>completion</c>): with
/// <see cref="MinimumDays"/> null, every day of the session attended; otherwise at least that many days (never more
/// than the session has). The seeds state no rule; the reading chosen is in data/training/README.md.
/// </summary>
public sealed record CompletionRule(int? MinimumDays)
{
    /// <summary>True when <paramref name="daysAttended"/> of the session's <paramref name="sessionDays"/> days meet the rule.</summary>
    public bool IsMet(int daysAttended, int sessionDays) =>
        sessionDays > 0 && daysAttended >= Math.Min(MinimumDays ?? sessionDays, sessionDays);
}
