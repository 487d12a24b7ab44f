namespace Tanpan.Core.ActionPlans;

/// <summary>
/// The sector's 評量指標 (seed 002, 二(一) and 二、(一)3): carbon intensity in <see cref="Year"/> down by at least
/// <see cref="TargetReductionPercent"/> % against <see cref="BaseYear"/>; <see cref="AchievedReductionPercent"/> is the
/// reduction the national inventory shows (109 年 vs 94 年: target 43 %, achieved 49 %).
/// </summary>
public sealed record IntensityIndicator(int Year, int BaseYear, decimal TargetReductionPercent, decimal? AchievedReductionPercent)
{
    /// <summary>True when the achieved reduction is at least the target; null when none is reported yet.</summary>
    public bool? Met => AchievedReductionPercent is { } achieved ? achieved >= TargetReductionPercent : null;
}
