namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// The target value of each year between the base year and the target year. Linear: valueᵧ = base × (1 − p × (y − base
/// year)), p the yearly reduction as a fraction of the base (e.g. 4.2 % a year, SBTi's 1.5 °C absolute contraction rate),
/// never below 0. Milestones (customer-set): the given value in a milestone year, straight-line interpolation between
/// neighbouring milestones (the base year's value counts as one when known), none past the last milestone.
/// </summary>
public sealed record TargetPath(int BaseYear, int TargetYear, decimal? BaseValue, decimal? AnnualReductionPercent, IReadOnlyDictionary<int, decimal> Milestones)
{
    /// <summary>The target for <paramref name="year"/>; null outside (base year, target year] or where the path gives none.</summary>
    public decimal? ValueFor(int year)
    {
        if (year < BaseYear || year > TargetYear)
        {
            return null;
        }

        if (AnnualReductionPercent is { } percent)
        {
            return BaseValue is { } b ? Math.Max(0m, b * (1m - percent / 100m * (year - BaseYear))) : null;
        }

        if (Milestones.TryGetValue(year, out var exact))
        {
            return exact;
        }

        var points = Milestones.Select(m => (Year: m.Key, Value: (decimal?)m.Value)).ToList();
        if (BaseValue is not null && !Milestones.ContainsKey(BaseYear))
        {
            points.Add((BaseYear, BaseValue));
        }

        var before = points.Where(p => p.Year < year).OrderByDescending(p => p.Year).FirstOrDefault();
        var after = points.Where(p => p.Year > year).OrderBy(p => p.Year).FirstOrDefault();
        if (before.Value is not { } from || after.Value is not { } to)
        {
            return null;
        }

        return from + (to - from) * (year - before.Year) / (after.Year - before.Year);
    }
}
