namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// A plan's emissions pathway: business as usual BAUᵧ = base × (1 + g)^(y − base year) with g the yearly growth
/// (percent, may be negative, &gt; −100), and with the plan Planᵧ = max(0, BAUᵧ − Σ savings of the measures started
/// in or before y). The base year is the base inventory as measured, so measures count from the year after it.
/// </summary>
public static class Pathway
{
    public static IReadOnlyList<PathwayYear> Build(int baseYear, decimal baseT, int endYear, decimal growthPercent, IEnumerable<PathwayMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentOutOfRangeException.ThrowIfLessThan(endYear, baseYear);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(growthPercent, -100m);
        var list = measures.ToList();
        var years = new List<PathwayYear>(endYear - baseYear + 1);
        var bau = baseT;
        for (var year = baseYear; year <= endYear; year++)
        {
            if (year > baseYear)
            {
                bau *= 1m + growthPercent / 100m;
            }

            var saved = year == baseYear ? 0m : list.Where(m => m.StartYear <= year).Sum(m => m.AnnualCo2eT);
            years.Add(new PathwayYear(year, bau, saved, Math.Max(0m, bau - saved)));
        }

        return years;
    }
}
