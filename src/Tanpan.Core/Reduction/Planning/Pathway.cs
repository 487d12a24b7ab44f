using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// A plan's emissions pathway: business as usual BAUᵧ = base × (1 + g)^(y − base year) with g the yearly growth
/// (percent, may be negative, &gt; −100), and with the plan Planᵧ = max(0, BAUᵧ − Σ savings of the measures started
/// in or before y). The base year is the base inventory as measured, so measures count from the year after it.
/// </summary>
public static class Pathway
{
    public static IReadOnlyList<PathwayYear> Build(int baseYear, Co2e baseEmissions, int endYear, decimal growthPercent, IEnumerable<PathwayMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentOutOfRangeException.ThrowIfLessThan(endYear, baseYear);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(growthPercent, -100m);
        var list = measures.ToList();
        var years = new List<PathwayYear>(endYear - baseYear + 1);
        var bau = baseEmissions;
        for (var year = baseYear; year <= endYear; year++)
        {
            if (year > baseYear)
            {
                bau *= 1m + growthPercent / 100m;
            }

            var saved = year == baseYear ? Co2e.Zero : list.Where(m => m.StartYear <= year).Aggregate(Co2e.Zero, (sum, m) => sum + m.Annual);
            years.Add(new PathwayYear(year, bau, saved, bau > saved ? bau - saved : Co2e.Zero));
        }

        return years;
    }
}
