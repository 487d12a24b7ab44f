using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// The marginal abatement cost curve (MACC): per measure, cost per tonne = (net investment × CRF − annual savings)
/// / annual t CO₂e, with the capital recovery factor CRF = r(1 + r)ⁿ / ((1 + r)ⁿ − 1) (1/n when r = 0). This is
/// −(NPV × CRF) / t: the NPV spread evenly over the lifetime as an annuity (McKinsey's MACC convention; the CRF is
/// the textbook annuity factor, e.g. Brealey, Myers &amp; Allen ch. 2). Bars sorted by cost ascending, widths t CO₂e a year.
/// </summary>
public static class AbatementCurve
{
    /// <summary>CRF at <paramref name="rate"/> (fraction, 0 ≤ r &lt; 1) over <paramref name="years"/> (≥ 1).</summary>
    public static decimal CapitalRecoveryFactor(decimal rate, int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        if (rate == 0m)
        {
            return 1m / years;
        }

        var growth = 1m;
        for (var i = 0; i < years; i++)
        {
            growth *= 1m + rate;
        }

        return rate * growth / (growth - 1m);
    }

    /// <summary>The curve of the measures that avoid emissions (t CO₂e &gt; 0); the others cannot be placed on it.</summary>
    public static IReadOnlyList<AbatementPoint> Build(IEnumerable<AbatementInput> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var bars = measures.Where(m => m.Annual > Co2e.Zero).Select(m =>
        {
            var crf = CapitalRecoveryFactor(m.DiscountRate, m.LifetimeYears);
            var annualised = m.NetInvestmentNtd * crf - m.AnnualSavingsNtd;
            return (Input: m, Crf: crf, Annualised: annualised, PerT: annualised / m.Annual.Tonnes);
        }).OrderBy(b => b.PerT).ThenBy(b => b.Input.Id, StringComparer.Ordinal).ToList();

        var points = new List<AbatementPoint>(bars.Count);
        var from = Co2e.Zero;
        foreach (var bar in bars)
        {
            var to = from + bar.Input.Annual;
            points.Add(new AbatementPoint(bar.Input.Id, bar.Input.Label, bar.Input.Annual, bar.Crf, bar.Annualised, bar.PerT, from, to));
            from = to;
        }

        return points;
    }
}
