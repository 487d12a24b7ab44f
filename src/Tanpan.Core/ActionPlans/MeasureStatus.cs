namespace Tanpan.Core.ActionPlans;

/// <summary>
/// A measure's standing for the report year. Seed 002 (表2, 表3) counts 達成 (a1, b1) and 未達成 (a2, b2), and its
/// 執行率 is 達成 ÷ (達成 + 未達成). <see cref="NotAssessed"/> is Tanpan's own: a measure not yet judged this year is
/// left out of both counts (and so of the rate) instead of being guessed either way (docs/action-plans.md).
/// </summary>
public enum MeasureStatus
{
    /// <summary>達成 — the year's target met (the seed: 「進度符合預期目標」).</summary>
    Achieved,

    /// <summary>未達成 — the year's target not met.</summary>
    NotAchieved,

    /// <summary>未評定 — not yet assessed; counted in neither column.</summary>
    NotAssessed,
}
