using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// Estimates Taiwan's carbon fee for one plant and year (碳費收費辦法 §3 payers, §5 chargeable emissions and rounding,
/// §6 high-leakage adjustment factor, §9–§11 reduction credits; rates of 113/10/07).
/// </summary>
public static class CarbonFeeCalculator
{
    /// <param name="emissionsT">The plant's annual emissions, t CO₂e (direct + indirect energy), ≥ 0.</param>
    /// <param name="rate">The rate applied for.</param>
    /// <param name="highLeakage">Whether the plant is recognised as high carbon-leakage (K = 0, AF by period).</param>
    /// <param name="year">The emission year (the fee is paid by 31 May of the next year); at least the parameters' first year.</param>
    /// <param name="offsetsT">Domestic credits to deduct, t CO₂e, already counted (multiplier applied), ≥ 0.</param>
    /// <param name="parameters">The parameter version; <see cref="CarbonFeeParameters.Shipped"/> when <see langword="null"/>.</param>
    /// <param name="credits">Credits by kind as issued; each kind's multiplier, cap and exclusions come from the parameters.</param>
    public static CarbonFeeOutcome Estimate(decimal emissionsT, CarbonFeeRate rate, bool highLeakage, int year, decimal offsetsT = 0m,
        CarbonFeeParameters? parameters = null, IReadOnlyList<CarbonCredit>? credits = null)
    {
        var p = parameters ?? CarbonFeeParameters.Shipped;
        credits ??= [];
        var problems = Check(emissionsT, rate, highLeakage, year, offsetsT, p, credits);
        var period = p.HighLeakagePeriods.FirstOrDefault(x => year >= x.FromYear && year <= x.ToYear);
        if (problems.Count > 0)
        {
            return new CarbonFeeOutcome(null, problems);
        }

        var payer = emissionsT >= p.ThresholdT;
        var k = highLeakage ? p.KHighLeakageT : p.KT;
        var af = highLeakage ? period!.Factor : p.AdjustmentFactor;
        // §5 第4項: 收費排放量 rounded half up to three decimals before the rate is applied.
        var chargeable = payer ? Math.Max(0m, Rounding.Round((emissionsT - k) * af, p.ChargeableDecimals)) : 0m;
        var lines = credits.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g =>
        {
            var rule = p.RuleFor(g.Key);
            var multiplier = highLeakage ? rule.MultiplierHighLeakage ?? rule.Multiplier : rule.Multiplier;
            var held = g.Sum(c => c.Tonnes);
            return new CarbonCreditLine(g.Key, held, multiplier, held * multiplier, rule.Foreign);
        }).ToList();
        var domesticRequested = offsetsT + lines.Where(l => !l.Foreign).Sum(l => l.CountedT);
        var foreignRequested = lines.Where(l => l.Foreign).Sum(l => l.CountedT);
        var cap = chargeable * p.DomesticOffsetCapPercent / 100m;
        var foreignCap = chargeable * p.ForeignOffsetCapPercent / 100m;
        var domesticApplied = Math.Min(domesticRequested, cap);
        var foreignApplied = Math.Min(foreignRequested, foreignCap);
        var applied = domesticApplied + foreignApplied;
        var net = Rounding.Round(chargeable - applied, p.ChargeableDecimals);
        var perT = p.RateFor(rate);
        // §5 第4項: 碳費應繳納費額取至整數，小數點後無條件捨去.
        var fee = Quantity<Money>.FromBase(Truncate(net * perT, p.FeeDecimals));
        return new CarbonFeeOutcome(new CarbonFeeEstimate(p.Version, year, emissionsT, highLeakage, rate, perT, payer, p.ThresholdT, k, af,
            highLeakage ? period!.Number : null, chargeable, domesticRequested + foreignRequested, cap, applied, fee,
            net, lines, domesticApplied, foreignRequested, foreignCap, foreignApplied), []);
    }

    /// <summary>Truncates toward zero to <paramref name="decimals"/> places (fees are never negative).</summary>
    internal static decimal Truncate(decimal value, int decimals)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }

        return Math.Truncate(value * scale) / scale;
    }

    private static List<Problem> Check(decimal emissionsT, CarbonFeeRate rate, bool highLeakage, int year, decimal offsetsT, CarbonFeeParameters p,
        IReadOnlyList<CarbonCredit> credits)
    {
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

        problems.AddRange(CreditProblems(highLeakage, year, p, credits));
        return problems;
    }

    private static IEnumerable<Problem> CreditProblems(bool highLeakage, int year, CarbonFeeParameters p, IReadOnlyList<CarbonCredit> credits)
    {
        foreach (var credit in credits)
        {
            var key = Enum.IsDefined(credit.Kind) ? CarbonCreditKinds.Key(credit.Kind) : null;
            if (key is null)
            {
                yield return new Problem("credits", "不明的減量額度種類", "unknown credit kind");
                continue;
            }

            var rule = p.RuleFor(credit.Kind);
            if (credit.Tonnes < 0)
            {
                yield return new Problem("credits", $"{rule.NameZh}不可為負數（{Text(credit.Tonnes)}）", $"{key} credits must not be negative ({Text(credit.Tonnes)})");
            }

            if (highLeakage && !rule.HighLeakageAllowed)
            {
                yield return new Problem("credits", $"高碳洩漏風險事業不得以{rule.NameZh}扣除（{rule.Article}）",
                    $"a high-leakage plant may not deduct {key} credits ({rule.Article})");
            }

            if (rule.LastYear is { } last && year > last)
            {
                yield return new Problem("credits", $"{rule.NameZh}僅能扣除 {last} 年以前之排放量（{year}）",
                    $"{key} credits may be deducted only for emission years up to {last} ({year})");
            }
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
