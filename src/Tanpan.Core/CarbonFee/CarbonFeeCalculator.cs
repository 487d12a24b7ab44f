using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// Estimates Taiwan's carbon fee for one plant and year (碳費收費辦法 §3 payers, §5 chargeable
/// emissions, §6 high-leakage adjustment factor, §9 domestic offsets; rates of 113/10/07).
/// </summary>
public static class CarbonFeeCalculator
{
    /// <param name="emissionsT">The plant's annual emissions, t CO₂e (direct + indirect energy), ≥ 0.</param>
    /// <param name="rate">The rate applied for.</param>
    /// <param name="highLeakage">Whether the plant is recognised as high carbon-leakage (K = 0, AF by period).</param>
    /// <param name="year">The emission year (the fee is paid by 31 May of the next year); at least the parameters' first year.</param>
    /// <param name="offsetsT">Domestic reduction credits to deduct, t CO₂e (already counted, e.g. ×1.2 for voluntary projects), ≥ 0.</param>
    /// <param name="parameters">The parameter version; <see cref="CarbonFeeParameters.Shipped"/> when <see langword="null"/>.</param>
    public static CarbonFeeOutcome Estimate(decimal emissionsT, CarbonFeeRate rate, bool highLeakage, int year, decimal offsetsT = 0m,
        CarbonFeeParameters? parameters = null)
    {
        var p = parameters ?? CarbonFeeParameters.Shipped;
        var problems = new List<Problem>();
        if (emissionsT < 0)
        {
            problems.Add(new Problem("emissions-t", $"排放量不可為負數（{Text(emissionsT)}）", $"emissions must not be negative ({Text(emissionsT)})"));
        }

        if (offsetsT < 0)
        {
            problems.Add(new Problem("offsets-t", $"減量額度不可為負數（{Text(offsetsT)}）", $"offsets must not be negative ({Text(offsetsT)})"));
        }

        if (!Enum.IsDefined(rate))
        {
            problems.Add(new Problem("rate", "不明的費率（請用 general、A 或 B）", "unknown rate (use general, A or B)"));
        }

        var period = p.HighLeakagePeriods.FirstOrDefault(x => year >= x.FromYear && year <= x.ToYear);
        if (year < p.FirstYear)
        {
            problems.Add(new Problem("year", $"碳費自 {p.FirstYear} 年排放量起徵收（{year}）", $"the carbon fee applies to emissions from {p.FirstYear} on ({year})"));
        }
        else if (highLeakage && period is null)
        {
            var known = string.Join(", ", p.HighLeakagePeriods.Select(x => $"{x.FromYear}–{x.ToYear}"));
            problems.Add(new Problem("year", $"{year} 年沒有高碳洩漏排放量調整係數（已知期間：{known}）",
                $"no high-leakage adjustment factor is known for {year} (known periods: {known})"));
        }

        if (problems.Count > 0)
        {
            return new CarbonFeeOutcome(null, problems);
        }

        var payer = emissionsT >= p.ThresholdT;
        var k = highLeakage ? p.KHighLeakageT : p.KT;
        var af = highLeakage ? period!.Factor : p.AdjustmentFactor;
        var chargeable = payer ? Math.Max(0m, (emissionsT - k) * af) : 0m;
        var cap = chargeable * p.DomesticOffsetCapPercent / 100m;
        var applied = Math.Min(offsetsT, cap);
        var perT = p.RateFor(rate);
        var fee = Quantity<Money>.FromBase((chargeable - applied) * perT);
        return new CarbonFeeOutcome(new CarbonFeeEstimate(p.Version, year, emissionsT, highLeakage, rate, perT, payer, p.ThresholdT, k, af,
            highLeakage ? period!.Number : null, chargeable, offsetsT, cap, applied, fee), []);
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
