using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>The month's figures a bill is computed from: kWh and maximum demand by period, contract capacities, power factor.</summary>
/// <param name="Kwh">kWh by period; a key with a season (<see cref="SeasonKwh"/>) wins over the split by days.</param>
/// <param name="SeasonKwh">kWh by season and period, for a month that straddles the season change.</param>
/// <param name="ContractKw">Contract capacity by kind, kW.</param>
/// <param name="MaxDemandKw">The month's maximum 15-minute demand by period, kW.</param>
/// <param name="PowerFactorPercent">The month's average power factor, %; <see langword="null"/> = no adjustment.</param>
public sealed record BillInput(
    IReadOnlyDictionary<BillPeriod, decimal> Kwh,
    IReadOnlyDictionary<(Season Season, BillPeriod Period), decimal> SeasonKwh,
    IReadOnlyDictionary<ContractKind, decimal> ContractKw,
    IReadOnlyDictionary<BillPeriod, decimal> MaxDemandKw,
    decimal? PowerFactorPercent);

/// <summary>One line of the bill: what, how much, at what rate, and the amount (whole NT$ as printed, and exact).</summary>
public sealed record BillLine(BillGroup Group, string Key, string LabelZh, string LabelEn, decimal Quantity, string Unit, decimal Rate,
    decimal Share, decimal ExactNtd)
{
    /// <summary>The amount as the bill prints it: whole NT$, half away from zero.</summary>
    public decimal AmountNtd => Rounding.Round(ExactNtd, 0);
}

/// <summary>A month's bill: its lines and their sums by group. <see cref="TotalNtd"/> is the sum of every line's printed amount.</summary>
public sealed record TouBillResult(BillPlan Plan, int Year, int Month, int Days, int SummerDays, decimal? PowerFactorPercent,
    IReadOnlyList<BillLine> Lines)
{
    public decimal EnergyChargeNtd => Sum(BillGroup.EnergyCharge);

    public decimal BasicFeeNtd => Sum(BillGroup.BasicFee);

    public decimal OverContractNtd => Sum(BillGroup.OverContract);

    public decimal PowerFactorAdjustmentNtd => Sum(BillGroup.PowerFactor);

    public decimal TotalNtd => Lines.Sum(l => l.AmountNtd);

    private decimal Sum(BillGroup g) => Lines.Where(l => l.Group == g).Sum(l => l.AmountNtd);
}

public sealed record TouBillOutcome(TouBillResult? Bill, IReadOnlyList<Problem> Problems);

/// <summary>
/// The monthly bill of a high or extra-high voltage time-of-use plan, as 台灣電力公司 電價表 (114年10月1日) 第五章 computes it:
/// <list type="bullet">
/// <item>流動電費 (energy charge): kWh of each period × its rate (四、(一)–(三)).</item>
/// <item>基本電費 (basic fee), 五、(一): three-stage = 經常契約電價×經常契約容量 + 半尖峰契約電價×半尖峰契約容量 +
/// 週六半尖峰或離峰契約電價×max(0, (週六半尖峰契約容量+離峰契約容量) − (經常契約容量+半尖峰契約容量)×0.5);
/// two-stage and batch = the same with 非夏月契約 in place of 半尖峰契約, whose rate is charged in non-summer only.</item>
/// <item>超約 (over contract), 七: the excess of each period's maximum demand over the capacities in force then
/// (peak: regular; semi-peak: + semi-peak; Saturday: + Saturday; off-peak: + off-peak — two-stage: non-summer
/// capacity counts from the non-summer peak on), each excess less the largest excess of the periods before it;
/// charged at the period's contract rate ×2 up to 10 % of the capacity it is measured against and ×3 beyond.</item>
/// <item>功率因數 (power factor), 六: the basic fee (without the over-contract part, 七、(二)) less 0.1 % per percent above
/// 80 % up to 95 %, plus 0.1 % per percent below 80 %.</item>
/// </list>
/// A calendar month that straddles the season change (May, October) is priced per season and weighted by days:
/// basic fee and over-contract at each season's rate × days/month; kWh given without a season split by days, except a
/// period that exists in one season only. Readings of the ambiguous points: docs/tariffs-and-carbon-fee.md#the-whole-bill.
/// </summary>
public static class TouBill
{
    private const decimal PowerFactorBase = 80m;
    private const decimal PowerFactorCap = 95m;
    private const decimal PowerFactorStep = 0.001m;

    public static TouBillOutcome Compute(BillPlan plan, int year, int month, BillInput input)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(input);
        var problems = Check(plan, year, month, input);
        if (problems.Count > 0)
        {
            return new TouBillOutcome(null, problems);
        }

        var days = DateTime.DaysInMonth(year, month);
        var summerDays = Enumerable.Range(1, days).Count(d => plan.SeasonOf(new DateOnly(year, month, d)) == Season.Summer);
        var seasons = new List<(Season Season, int Days)>();
        if (summerDays > 0)
        {
            seasons.Add((Season.Summer, summerDays));
        }

        if (summerDays < days)
        {
            seasons.Add((Season.NonSummer, days - summerDays));
        }

        var lines = new List<BillLine>();
        foreach (var (season, d) in seasons)
        {
            lines.AddRange(BasicFee(plan, season, (decimal)d / days, input.ContractKw));
        }

        var basicFee = lines.Sum(l => l.AmountNtd);
        lines.AddRange(Energy(plan, seasons, input));
        foreach (var (season, d) in seasons)
        {
            lines.AddRange(OverContract(plan, season, (decimal)d / days, input));
        }

        if (input.PowerFactorPercent is { } pf && PowerFactorLine(pf, basicFee) is { } pfLine)
        {
            lines.Add(pfLine);
        }

        return new TouBillOutcome(new TouBillResult(plan, year, month, days, summerDays, input.PowerFactorPercent, lines), []);
    }

    /// <summary>The power-factor percentage the adjustment counts: whole percent, half away from zero (bills print whole %).</summary>
    public static int CountedPowerFactor(decimal percent) => (int)Rounding.Round(percent, 0);

    /// <summary>Fraction of the basic fee added (positive) or taken off (negative) at a power factor (電價表 第五章 六).</summary>
    public static decimal PowerFactorRate(decimal percent)
    {
        var pf = CountedPowerFactor(percent);
        return pf < PowerFactorBase ? (PowerFactorBase - pf) * PowerFactorStep : -(Math.Min(pf, PowerFactorCap) - PowerFactorBase) * PowerFactorStep;
    }

    private static BillLine? PowerFactorLine(decimal percent, decimal basicFee)
    {
        var rate = PowerFactorRate(percent);
        if (rate == 0)
        {
            return null;
        }

        var pf = CountedPowerFactor(percent);
        return new BillLine(BillGroup.PowerFactor, rate > 0 ? "power_factor_increase" : "power_factor_reduction",
            rate > 0 ? $"功率因數 {pf}%（低於 80%）加收" : $"功率因數 {pf}%（高於 80%）扣減",
            rate > 0 ? $"power factor {pf} % (below 80 %): increase" : $"power factor {pf} % (above 80 %): reduction",
            basicFee, "NT$", rate, 1m, basicFee * rate);
    }

    private static IEnumerable<BillLine> BasicFee(BillPlan plan, Season season, decimal share, IReadOnlyDictionary<ContractKind, decimal> c)
    {
        var reg = Kw(c, ContractKind.Regular);
        var second = plan.ThreeStage ? ContractKind.SemiPeak : ContractKind.NonSummer;
        var secondKw = Kw(c, second);
        var s = SeasonLabel(season);
        if (reg > 0)
        {
            var rate = plan.Contract[(season, ContractKind.Regular)];
            yield return Line(BillGroup.BasicFee, "regular", $"{s.Zh}經常契約", $"regular contract ({s.En})", reg, "kW", rate, share);
        }

        if (secondKw > 0 && plan.Contract.TryGetValue((season, second), out var secondRate))
        {
            yield return Line(BillGroup.BasicFee, BillKeys.Key(second), $"{s.Zh}{BillKeys.Zh(second)}", $"{BillKeys.En(second)} ({s.En})", secondKw, "kW", secondRate, share);
        }

        // 週六半尖峰契約容量 + 離峰契約容量 − (經常契約容量 + 半尖峰/非夏月契約容量) × 0.5, negative → 0.
        var satOff = Math.Max(0m, Kw(c, ContractKind.SaturdaySemiPeak) + Kw(c, ContractKind.OffPeak) - ((reg + secondKw) * 0.5m));
        if (satOff > 0)
        {
            var rate = plan.Contract[(season, ContractKind.SaturdaySemiPeak)];
            yield return Line(BillGroup.BasicFee, "saturday_off_peak", $"{s.Zh}週六半尖峰及離峰契約（超出經常{(plan.ThreeStage ? "及半尖峰" : "及非夏月")}契約 50% 部分）",
                $"Saturday semi-peak and off-peak contract beyond half the regular{(plan.ThreeStage ? " and semi-peak" : " and non-summer")} capacity ({s.En})",
                satOff, "kW", rate, share);
        }
    }

    private static IEnumerable<BillLine> Energy(BillPlan plan, List<(Season Season, int Days)> seasons, BillInput input)
    {
        foreach (var period in Enum.GetValues<BillPeriod>())
        {
            var withRate = seasons.Where(s => plan.Energy.ContainsKey((s.Season, period))).ToList();
            var given = seasons.Where(s => input.SeasonKwh.ContainsKey((s.Season, period))).ToList();
            foreach (var (season, d) in withRate)
            {
                decimal kwh;
                decimal share = 1m;
                if (given.Count > 0)
                {
                    kwh = input.SeasonKwh.GetValueOrDefault((season, period));
                }
                else if (input.Kwh.TryGetValue(period, out var total))
                {
                    // Split by days only among the seasons of the month that have this period.
                    kwh = total;
                    share = withRate.Count == 1 ? 1m : (decimal)d / withRate.Sum(w => w.Days);
                }
                else
                {
                    continue;
                }

                if (kwh == 0)
                {
                    continue;
                }

                var s = SeasonLabel(season);
                yield return Line(BillGroup.EnergyCharge, BillKeys.Key(period), $"{s.Zh}{BillKeys.Zh(period)}流動電費", $"{BillKeys.En(period)} energy ({s.En})",
                    kwh, "kWh", plan.Energy[(season, period)], share);
            }
        }
    }

    private static IEnumerable<BillLine> OverContract(BillPlan plan, Season season, decimal share, BillInput input)
    {
        var c = input.ContractKw;
        var reg = Kw(c, ContractKind.Regular);
        var sat = Kw(c, ContractKind.SaturdaySemiPeak);
        var off = Kw(c, ContractKind.OffPeak);
        var s = SeasonLabel(season);
        // (period, capacity it is measured against, contract rate charged) in the order of 七、(一).
        var steps = new List<(BillPeriod Period, decimal Capacity, decimal Rate)>();
        if (plan.ThreeStage)
        {
            var semi = Kw(c, ContractKind.SemiPeak);
            if (plan.Energy.ContainsKey((season, BillPeriod.Peak)))
            {
                steps.Add((BillPeriod.Peak, reg, plan.Contract[(season, ContractKind.Regular)]));
            }

            steps.Add((BillPeriod.SemiPeak, reg + semi, plan.Contract[(season, ContractKind.SemiPeak)]));
            steps.Add((BillPeriod.SaturdaySemiPeak, reg + semi + sat, plan.Contract[(season, ContractKind.SaturdaySemiPeak)]));
            steps.Add((BillPeriod.OffPeak, reg + semi + sat + off, plan.Contract[(season, ContractKind.OffPeak)]));
        }
        else
        {
            var ns = Kw(c, ContractKind.NonSummer);
            steps.Add((BillPeriod.Peak, season == Season.Summer ? reg : reg + ns, plan.Contract[(season, ContractKind.Regular)]));
            steps.Add((BillPeriod.SaturdaySemiPeak, reg + ns + sat, plan.Contract[(season, ContractKind.SaturdaySemiPeak)]));
            steps.Add((BillPeriod.OffPeak, reg + ns + sat + off, plan.Contract[(season, ContractKind.OffPeak)]));
        }

        var before = 0m; // the largest excess of the periods before (超出部分不重複計算)
        foreach (var (period, capacity, rate) in steps)
        {
            if (!input.MaxDemandKw.TryGetValue(period, out var demand))
            {
                continue;
            }

            var excess = Math.Max(0m, demand - capacity);
            var tier = capacity * 0.1m;
            // The kW of (before, excess]: those up to 10 % of the capacity ×2, the rest ×3.
            var doubled = Math.Max(0m, Math.Min(excess, tier) - before);
            var tripled = Math.Max(0m, excess - Math.Max(before, tier));
            if (doubled > 0)
            {
                yield return Line(BillGroup.OverContract, $"{BillKeys.Key(period)}_x2", $"{s.Zh}{BillKeys.Zh(period)}超約（10% 以下，2 倍）",
                    $"{BillKeys.En(period)} over contract, up to 10 % (×2) ({s.En})", doubled, "kW", rate * 2, share);
            }

            if (tripled > 0)
            {
                yield return Line(BillGroup.OverContract, $"{BillKeys.Key(period)}_x3", $"{s.Zh}{BillKeys.Zh(period)}超約（超過 10%，3 倍）",
                    $"{BillKeys.En(period)} over contract, beyond 10 % (×3) ({s.En})", tripled, "kW", rate * 3, share);
            }

            before = Math.Max(before, excess);
        }
    }

    private static List<Problem> Check(BillPlan plan, int year, int month, BillInput input)
    {
        var problems = new List<Problem>();
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            problems.Add(new Problem("month", $"月份 {year}-{month:00} 不正確", $"month {year}-{month:00} is not valid"));
            return problems;
        }

        foreach (var (key, value) in input.Kwh.Select(k => (BillKeys.Key(k.Key), k.Value))
            .Concat(input.SeasonKwh.Select(k => ($"{TariffKeys.Key(k.Key.Season)}:{BillKeys.Key(k.Key.Period)}", k.Value)))
            .Concat(input.MaxDemandKw.Select(k => (BillKeys.Key(k.Key), k.Value))).Concat(input.ContractKw.Select(k => (BillKeys.Key(k.Key), k.Value))))
        {
            if (value < 0)
            {
                problems.Add(new Problem(key, $"{key} 不可為負數（{value}）", $"{key} must not be negative ({value})"));
            }
        }

        if (input.PowerFactorPercent is { } pf && pf is <= 0 or > 100)
        {
            problems.Add(new Problem("power-factor", $"功率因數須大於 0 且不超過 100%（{pf}）", $"the power factor must be above 0 and at most 100 % ({pf})"));
        }

        var days = DateTime.DaysInMonth(year, month);
        var seasons = Enumerable.Range(1, days).Select(d => plan.SeasonOf(new DateOnly(year, month, d))).Distinct().ToList();
        foreach (var period in input.Kwh.Keys.Concat(input.MaxDemandKw.Keys).Distinct())
        {
            if (!seasons.Any(s => plan.Energy.ContainsKey((s, period))))
            {
                problems.Add(new Problem(BillKeys.Key(period), $"方案 {plan.Id} 在 {year}-{month:00} 沒有{BillKeys.Zh(period)}時段",
                    $"plan {plan.Id} has no {BillKeys.En(period)} period in {year}-{month:00}"));
            }
        }

        foreach (var (season, period) in input.SeasonKwh.Keys)
        {
            if (!seasons.Contains(season) || !plan.Energy.ContainsKey((season, period)))
            {
                problems.Add(new Problem(BillKeys.Key(period), $"方案 {plan.Id} 在 {year}-{month:00} 的{(season == Season.Summer ? "夏月" : "非夏月")}沒有{BillKeys.Zh(period)}時段",
                    $"plan {plan.Id} has no {TariffKeys.Key(season)} {BillKeys.En(period)} period in {year}-{month:00}"));
            }
            else if (input.Kwh.ContainsKey(period))
            {
                problems.Add(new Problem(BillKeys.Key(period), $"{BillKeys.Key(period)} 的度數請只給一次（不分季或分季）",
                    $"give the kWh of {BillKeys.Key(period)} once, either with or without a season"));
            }
        }

        foreach (var kind in input.ContractKw.Keys.Where(k => !plan.ContractKinds.Contains(k)))
        {
            problems.Add(new Problem(BillKeys.Key(kind), $"方案 {plan.Id} 沒有{BillKeys.Zh(kind)}（有：{string.Join("、", plan.ContractKinds.Select(BillKeys.Zh))}）",
                $"plan {plan.Id} has no {BillKeys.En(kind)} (it has: {string.Join(", ", plan.ContractKinds.Select(BillKeys.Key))})"));
        }

        return problems;
    }

    private static BillLine Line(BillGroup group, string key, string zh, string en, decimal quantity, string unit, decimal rate, decimal share) =>
        new(group, key, zh, en, quantity, unit, rate, share, quantity * rate * share);

    private static decimal Kw(IReadOnlyDictionary<ContractKind, decimal> c, ContractKind kind) => c.GetValueOrDefault(kind);

    private static (string Zh, string En) SeasonLabel(Season season) => season == Season.Summer ? ("夏月", "summer") : ("非夏月", "non-summer");
}
