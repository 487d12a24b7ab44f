namespace Tanpan.Core.Reduction.Planning;

/// <summary>Builds the yearly target-versus-actual-versus-plan table for the years after the base year up to the target year.</summary>
public static class TargetTable
{
    /// <param name="path">The target path.</param>
    /// <param name="actual">Actual value per year (absolute t CO₂e or intensity), where an inventory has it.</param>
    /// <param name="plan">The plan's value per year, where a plan is linked.</param>
    /// <param name="cumulative">Whether running totals make sense (absolute targets; not intensities).</param>
    public static IReadOnlyList<TargetRow> Build(TargetPath path, IReadOnlyDictionary<int, decimal> actual, IReadOnlyDictionary<int, decimal> plan, bool cumulative)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(plan);
        var rows = new List<TargetRow>();
        decimal? sumTarget = cumulative ? 0m : null, sumActual = cumulative ? 0m : null;
        for (var year = path.BaseYear + 1; year <= path.TargetYear; year++)
        {
            var target = path.ValueFor(year);
            decimal? a = actual.TryGetValue(year, out var x) ? x : null;
            decimal? p = plan.TryGetValue(year, out var y) ? y : null;
            sumTarget = target is null ? null : sumTarget + target;
            sumActual = a is null ? null : sumActual + a;
            rows.Add(new TargetRow(year, target, a, p, a - target, p - target, sumTarget, sumActual, sumActual - sumTarget));
        }

        return rows;
    }
}
