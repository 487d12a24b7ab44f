using Tanpan.Core.Units;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// Estimates Taiwan's carbon fee for one plant and year (碳費收費辦法 O0020139, 113/08/29: §3 payers, §5 chargeable emissions and
/// rounding, §6 high-leakage adjustment factor, §7 增量抵換 and §8 electricity supplied deducted from the annual emissions, §9 domestic
/// and §10 foreign reduction credits deducted from the chargeable emissions; rates of 113/10/07).
/// </summary>
public static class CarbonFeeCalculator
{
    /// <param name="emissionsT">The plant's annual emissions, t CO₂e (direct + indirect electricity, §2–§3), ≥ 0.</param>
    /// <param name="rate">The rate applied for.</param>
    /// <param name="highLeakage">Whether the plant is recognised as high carbon-leakage (K = 0, AF by period).</param>
    /// <param name="year">The emission year (the fee is paid by 31 May of the next year, §4); at least the parameters' first year.</param>
    /// <param name="offsetsT">Domestic credits to deduct, t CO₂e, already counted (ratio applied), ≥ 0.</param>
    /// <param name="parameters">The parameter version; <see cref="CarbonFeeParameters.Shipped"/> when <see langword="null"/>.</param>
    /// <param name="credits">Credits by kind as issued, deducted from the chargeable emissions (§9, §10) within their caps.</param>
    /// <param name="increaseOffsets">Credits by kind used to offset an emissions increase (§7; 氣候變遷因應法 §24 or an EIA),
    /// deducted from the annual emissions at the §9 第1項 ratio of their kind, without §9's cap.</param>
    /// <param name="supplied">A power producer's electricity supplied (§8), deducted from the annual emissions.</param>
    public static CarbonFeeOutcome Estimate(decimal emissionsT, CarbonFeeRate rate, bool highLeakage, int year, decimal offsetsT = 0m,
        CarbonFeeParameters? parameters = null, IReadOnlyList<CarbonCredit>? credits = null, IReadOnlyList<CarbonCredit>? increaseOffsets = null,
        SuppliedElectricity? supplied = null)
    {
        var p = parameters ?? CarbonFeeParameters.Shipped;
        credits ??= [];
        increaseOffsets ??= [];
        var problems = CarbonFeeInputCheck.Problems(emissionsT, rate, highLeakage, year, offsetsT, p, credits, increaseOffsets, supplied);
        if (problems.Count > 0)
        {
            return new CarbonFeeOutcome(null, problems);
        }

        var period = p.HighLeakagePeriods.FirstOrDefault(x => year >= x.FromYear && year <= x.ToYear);
        // §3: the threshold is the plant's annual emissions as inventoried; §7 and §8 deduct from §5 第2項's 年排放量.
        var payer = emissionsT >= p.ThresholdT;
        var increase = Lines(increaseOffsets, p);
        var increaseT = increase.Sum(l => l.CountedT);
        var suppliedT = supplied?.EmissionsT ?? 0m;
        var annual = emissionsT - increaseT - suppliedT;
        var k = highLeakage ? p.KHighLeakageT : p.KT;
        var af = highLeakage ? period!.Factor : p.AdjustmentFactor;
        // §5 第4項: 收費排放量 rounded half up to three decimals before the rate is applied.
        var chargeable = payer ? Math.Max(0m, Rounding.Round((annual - k) * af, p.ChargeableDecimals)) : 0m;
        var lines = Lines(credits, p);
        var domesticRequested = offsetsT + lines.Where(l => !l.Foreign).Sum(l => l.CountedT);
        var foreignRequested = lines.Where(l => l.Foreign).Sum(l => l.CountedT);
        // §9 第1項 and §10 第1項: 「其扣除上限不得超過事業收費排放量之百分之十 / 百分之五」, each of the chargeable emissions.
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
            net, lines, domesticApplied, foreignRequested, foreignCap, foreignApplied, increase, increaseT, supplied, suppliedT, annual), []);
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

    /// <summary>One line per kind: tonnes held × the kind's ratio (§9 第1項各款; §10 states none, so foreign counts 1 : 1).</summary>
    private static List<CarbonCreditLine> Lines(IReadOnlyList<CarbonCredit> credits, CarbonFeeParameters p) =>
        [.. credits.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g =>
        {
            var rule = p.RuleFor(g.Key);
            var held = g.Sum(c => c.Tonnes);
            return new CarbonCreditLine(g.Key, held, rule.Multiplier, held * rule.Multiplier, rule.Foreign);
        })];
}
