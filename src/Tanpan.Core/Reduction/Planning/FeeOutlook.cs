using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// The carbon fee per pathway year with and without the plan, through <see cref="CarbonFeeCalculator"/> (the 25,000 t
/// threshold, K deduction, leakage factors of the shipped parameters); years before the fee's first year are left out.
/// Offsets (domestic reduction credits, t a year) are deducted every year, with and without the plan (up to the
/// calculator's cap of each year's chargeable emissions).
/// </summary>
public static class FeeOutlook
{
    public static IReadOnlyList<FeeOutlookYear> Build(IEnumerable<PathwayYear> pathway, bool highLeakage, CarbonFeeParameters? parameters = null,
        decimal offsetsPerYearT = 0m)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        var p = parameters ?? CarbonFeeParameters.Shipped;
        return pathway.Where(y => y.Year >= p.FirstYear).Select(y =>
        {
            var without = CarbonFeeCalculator.Estimate(y.BusinessAsUsualT, CarbonFeeRate.General, highLeakage, y.Year, offsetsPerYearT, p);
            var general = CarbonFeeCalculator.Estimate(y.PlanT, CarbonFeeRate.General, highLeakage, y.Year, offsetsPerYearT, p);
            var a = CarbonFeeCalculator.Estimate(y.PlanT, CarbonFeeRate.A, highLeakage, y.Year, offsetsPerYearT, p);
            var b = CarbonFeeCalculator.Estimate(y.PlanT, CarbonFeeRate.B, highLeakage, y.Year, offsetsPerYearT, p);
            return new FeeOutlookYear(y.Year, y.BusinessAsUsualT, y.PlanT, without.Estimate, general.Estimate, a.Estimate, b.Estimate,
                without.Problems.Concat(general.Problems).Concat(a.Problems).Concat(b.Problems).DistinctBy(x => x.MessageEn).ToList());
        }).ToList();
    }
}
