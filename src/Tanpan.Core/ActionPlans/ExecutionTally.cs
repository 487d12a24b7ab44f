namespace Tanpan.Core.ActionPlans;

/// <summary>
/// One cell group of seed 002's 表2/表3: 達成 (a1), 未達成 (a2), 小計 (a1 + a2) and 執行率 = a1 ÷ (a1 + a2).
/// <see cref="Rate"/> is the exact fraction (0–1), null when there is nothing to count (0 ÷ 0).
/// </summary>
public readonly record struct ExecutionTally(int Achieved, int NotAchieved)
{
    /// <summary>小計 — achieved plus not achieved (measures not yet assessed are in neither).</summary>
    public int Counted => Achieved + NotAchieved;

    /// <summary>執行率 as a fraction, exact; null for 0 ÷ 0 (the seed prints "-" in 表2 and "0%" in 表3 there).</summary>
    public decimal? Rate => Counted == 0 ? null : (decimal)Achieved / Counted;

    /// <summary>執行率 in whole per cent as the seed prints it (half away from zero); null for 0 ÷ 0.</summary>
    public int? WholePercent => Rate is { } rate ? Percentages.Whole(rate) : null;

    public static ExecutionTally operator +(ExecutionTally left, ExecutionTally right) =>
        new(left.Achieved + right.Achieved, left.NotAchieved + right.NotAchieved);

    public static ExecutionTally Add(ExecutionTally left, ExecutionTally right) => left + right;

    /// <summary>The tally of <paramref name="measures"/>: 達成 and 未達成 counted, 未評定 skipped.</summary>
    public static ExecutionTally Of(IEnumerable<ActionMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var list = measures as IReadOnlyCollection<ActionMeasure> ?? [.. measures];
        return new ExecutionTally(
            list.Count(m => m.Status == MeasureStatus.Achieved),
            list.Count(m => m.Status == MeasureStatus.NotAchieved));
    }
}
