namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// One year of the target table (like seed 002's table 6): target, actual (from inventories) and plan values, the gap
/// actual − target (positive = over the target, shown highlighted) and, for absolute targets, running totals from the
/// table's first year (null once a year lacks its value). Units: t CO₂e, or t CO₂e per unit of output for intensity.
/// </summary>
public sealed record TargetRow(
    int Year, decimal? Target, decimal? Actual, decimal? Plan, decimal? Gap, decimal? PlanGap,
    decimal? CumulativeTarget, decimal? CumulativeActual, decimal? CumulativeGap)
{
    public bool OverTarget => Gap > 0m;

    public bool PlanOverTarget => PlanGap > 0m;
}
