using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// The carbon fee per pathway year with and without the plan, through <see cref="CarbonFeeCalculator"/> (the 25,000 t
/// threshold, K deduction, leakage factors of the shipped parameters); years before the fee's first year are left out.
/// </summary>
public static class FeeOutlook
{
    public static IReadOnlyList<FeeOutlookYear> Build(IEnumerable<PathwayYear> pathway, bool highLeakage, CarbonFeeParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        var p = parameters ?? CarbonFeeParameters.Shipped;
        return pathway.Where(y => y.Year >= p.FirstYear).Select(y =>
        {
            var without = CarbonFeeCalculator.Estimate(y.BusinessAsUsualT, CarbonFeeRate.General, highLeakage, y.Year, 0m, p);
            var general = CarbonFeeCalculator.Estimate(y.PlanT, CarbonFeeRate.General, highLeakage, y.Year, 0m, p);
            var a = CarbonFeeCalculator.Estimate(y.PlanT, CarbonFeeRate.A, highLeakage, y.Year, 0m, p);
            var b = CarbonFeeCalculator.Estimate(y.PlanT, CarbonFeeRate.B, highLeakage, y.Year, 0m, p);
            return new FeeOutlookYear(y.Year, y.BusinessAsUsualT, y.PlanT, without.Estimate, general.Estimate, a.Estimate, b.Estimate,
                without.Problems.Concat(general.Problems).DistinctBy(x => x.MessageEn).ToList());
        }).ToList();
    }
}
