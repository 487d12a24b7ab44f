using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs.Billing;

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
/// <item>未訂契約時段 (八、(六)): a customer with only a Saturday semi-peak contract (with or without off-peak) pays for use in the
/// peak and semi-peak periods, one with only an off-peak contract for use outside off-peak, 4.8 × the period's contract rate
/// on the maximum demand (basic fee; kW already charged in an earlier period are not charged again, as 七、(一) counts
/// excesses) and 1.6 × the period's energy rate on the kWh.</item>
/// <item>自備變電設備 (五、(六)): the basic fee less 2 % (161 kV) or 4.2 % (345 kV), extra-high voltage plans only.</item>
/// <item>電價調整係數 (附錄一 二): the bill × (factor − 1) as one more line.</item>
/// </list>
/// A calendar month that straddles the season change (May, October) is priced per season and weighted by days:
/// basic fee and over-contract at each season's rate × days/month; kWh given without a season split by days, except a
/// period that exists in one season only. Readings of the ambiguous points: docs/tariffs-and-carbon-fee.md#the-whole-bill.
/// </summary>
public static partial class TouBill
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

        lines.AddRange(Energy(plan, seasons, input));
        foreach (var (season, d) in seasons)
        {
            lines.AddRange(OverContract(plan, season, (decimal)d / days, input));
        }

        // 五、(六): the basic fee (not the over-contract part, 七、(二)) less 2 % / 4.2 % for the customer's own substation.
        var basicFee = lines.Where(l => l.Group == BillGroup.BasicFee).Sum(l => l.AmountNtd);
        if (input.OwnSubstationKv is { } kv && BillRules.SubstationDiscount(kv) is { } discount)
        {
            var line = new BillLine(BillGroup.BasicFee, "own_substation_discount", $"自備 {kv:#,##0} kV 變電設備基本電費折扣 {discount * 100:0.#}%",
                $"own {kv} kV substation: basic fee discount {discount * 100:0.#} %", basicFee, "NT$", -discount, 1m, -basicFee * discount);
            lines.Add(line);
            basicFee += line.AmountNtd;
        }

        if (input.PowerFactorPercent is { } pf && PowerFactorLine(pf, basicFee) is { } pfLine)
        {
            lines.Add(pfLine);
        }

        // 附錄一 二、(一): 依第四~七章計得之電費，另乘以對應之電價調整係數計收 — the whole bill above × (factor − 1).
        if (input.AdjustmentFactor is { } factor && factor != 1m)
        {
            var subtotal = lines.Sum(l => l.AmountNtd);
            lines.Add(new BillLine(BillGroup.Adjustment, "adjustment_factor", $"電價調整係數 {factor}", $"tariff adjustment factor {factor}",
                subtotal, "NT$", factor - 1m, 1m, subtotal * (factor - 1m)));
        }

        return new TouBillOutcome(new TouBillResult(plan, year, month, days, summerDays, input.PowerFactorPercent, lines, input), []);
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

    private static BillLine Line(BillGroup group, string key, string zh, string en, decimal quantity, string unit, decimal rate, decimal share) =>
        new(group, key, zh, en, quantity, unit, rate, share, quantity * rate * share);

    private static decimal Kw(IReadOnlyDictionary<ContractKind, decimal> c, ContractKind kind) => c.GetValueOrDefault(kind);

    private static (string Zh, string En) SeasonLabel(Season season) => season == Season.Summer ? ("夏月", "summer") : ("非夏月", "non-summer");
}
