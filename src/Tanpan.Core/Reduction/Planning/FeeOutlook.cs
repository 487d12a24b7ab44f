using Tanpan.Core.CarbonFee;
using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Planning;

/// <summary>
/// The carbon fee per pathway year with and without the plan, through <see cref="CarbonFeeCalculator"/> (the 25,000 t
/// threshold, K deduction, leakage factors of the shipped parameters); years before the fee's first year are left out.
/// Offsets (domestic reduction credits a year) are deducted every year, with and without the plan (up to the
/// calculator's cap of each year's chargeable emissions).
/// </summary>
public static class FeeOutlook
{
    public static IReadOnlyList<FeeOutlookYear> Build(IEnumerable<PathwayYear> pathway, bool highLeakage, CarbonFeeParameters? parameters = null,
        Co2e offsetsPerYear = default)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        var p = parameters ?? CarbonFeeParameters.Shipped;
        return pathway.Where(y => y.Year >= p.FirstYear).Select(y =>
        {
            var without = CarbonFeeCalculator.Estimate(y.BusinessAsUsual.Tonnes, CarbonFeeRate.General, highLeakage, y.Year, offsetsPerYear.Tonnes, p);
            var general = CarbonFeeCalculator.Estimate(y.Plan.Tonnes, CarbonFeeRate.General, highLeakage, y.Year, offsetsPerYear.Tonnes, p);
            var a = CarbonFeeCalculator.Estimate(y.Plan.Tonnes, CarbonFeeRate.A, highLeakage, y.Year, offsetsPerYear.Tonnes, p);
            var b = CarbonFeeCalculator.Estimate(y.Plan.Tonnes, CarbonFeeRate.B, highLeakage, y.Year, offsetsPerYear.Tonnes, p);
            return new FeeOutlookYear(y.Year, y.BusinessAsUsual, y.Plan, without.Estimate, general.Estimate, a.Estimate, b.Estimate,
                without.Problems.Concat(general.Problems).Concat(a.Problems).Concat(b.Problems).DistinctBy(x => x.MessageEn).ToList());
        }).ToList();
    }
}
