using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction;

/// <summary>
/// Evaluates a measure: its yearly savings per carrier, CO₂e avoided (electricity × grid factor of the
/// year; fuels × the factor set's stationary-combustion factor with the GWP set; biomass 0), cost saved
/// at the given prices, and the finance over the lifetime. Parameters common to every measure:
/// <c>investment</c> and <c>subsidy</c> (NT$, default 0) and <c>price-{carrier}</c> (NT$ per unit, &gt; 0); and, for uneven
/// cash flows (<see cref="CashFlowParameters"/>, <see cref="CashFlowAssumptions"/>), <c>running-cost</c>, <c>degradation</c>,
/// <c>escalation</c>, <c>replacement-year</c> with <c>replacement-cost</c>, <c>residual-value</c> and <c>reinvest-rate</c>.
/// Without those the flows are level and the figures are the same as before they existed.
/// </summary>
public static class MeasureCalculator
{
    public const int MaxLifetimeYears = 50;

    public static IReadOnlyList<MeasureParameter> CommonParameters { get; } =
    [
        new("investment", "NT$", "投資金額（預設 0）", "investment (default 0)", false),
        new("subsidy", "NT$", "補助金額（預設 0，不超過投資）", "subsidy (default 0, at most the investment)", false),
        .. Carriers.All.Select(c => new MeasureParameter($"price-{Carriers.Key(c)}", $"NT$/{Carriers.Unit(c)}",
            $"{Carriers.Key(c)} 平均單價（算節省金額用）", $"average {Carriers.Key(c)} price (for cost saved)", false)),
    ];

    /// <summary>The optional parameters that make the yearly cash flows uneven (kept apart from <see cref="CommonParameters"/>).</summary>
    public static IReadOnlyList<MeasureParameter> CashFlowParameters { get; } =
    [
        new("running-cost", "NT$/yr", "每年運轉維護成本（預設 0）", "running and maintenance cost a year (default 0)", false),
        new("degradation", "fraction/yr", "每年性能衰退比例，例如 0.01（預設 0）", "performance lost per year of age, e.g. 0.01 (default 0)", false),
        new("escalation", "fraction/yr", "能源價格每年上漲率，例如 0.02（預設 0）", "energy-price escalation a year, e.g. 0.02 (default 0)", false),
        new("replacement-year", "year", "中期汰換的年度（1 至年限−1）", "year of a mid-life replacement (1 to lifetime − 1)", false),
        new("replacement-cost", "NT$", "中期汰換費用", "cost of the mid-life replacement", false),
        new("residual-value", "NT$", "期末殘值（預設 0）", "residual value at the end of the lifetime (default 0)", false),
        new("reinvest-rate", "fraction/yr", "MIRR 再投資率（預設為折現率）", "reinvestment rate for MIRR (default: the discount rate)", false),
    ];

    public static MeasureOutcome Evaluate(string kind, IReadOnlyDictionary<string, string> parameters, MeasureOptions options, MeasureContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        context ??= MeasureContext.Shipped;
        var measure = MeasureCatalog.Find(kind);
        if (measure is null)
        {
            var known = string.Join(", ", MeasureCatalog.All.Select(m => m.Kind));
            return Fail(new Problem("measure", $"不明的措施「{kind}」（可用：{known}）", $"unknown measure '{kind}' (known: {known})"));
        }

        var inputs = new MeasureInputs(parameters);
        var library = context.Factors;
        var set = library.FindSet(options.FactorSetId);
        var gwp = library.FindGwpSet(options.GwpId);
        var gridYear = options.GridYear ?? library.GridFactors.Keys.Max();
        CheckOptions(options, set, gwp, gridYear, library, inputs);
        var investment = inputs.Number("investment", false) ?? 0m;
        var subsidy = inputs.Number("subsidy", false) ?? 0m;
        if (subsidy > investment)
        {
            inputs.Fail("subsidy", "--subsidy 不可超過 --investment", "--subsidy must not exceed --investment");
        }

        var cashFlows = CashFlowReader.Read(inputs, options);
        var prices = Carriers.All.ToDictionary(c => c, c => inputs.Number($"price-{Carriers.Key(c)}", false, 0m, minExclusive: true));
        var savings = measure.Evaluate(inputs, context);
        if (savings is not null && set is not null)
        {
            CheckFuelFactors(savings, set, inputs);
        }

        foreach (var key in inputs.Unread.Order(StringComparer.Ordinal))
        {
            inputs.Fail(key, $"措施 {measure.Kind} 沒有參數 --{key}", $"measure {measure.Kind} has no parameter --{key}");
        }

        if (savings is null || inputs.Problems.Count > 0)
        {
            return new MeasureOutcome(null, inputs.Problems);
        }

        var lines = savings.Energy.Where(e => e.Value != 0m).OrderBy(e => e.Key)
            .Select(e => Line(e.Key, e.Value, prices[e.Key], set!, gwp!, library.GridFactors[gridYear]))
            .ToList();
        var missing = lines.Where(l => l.PriceNtdPerUnit is null).Select(l => l.Carrier).ToList();
        decimal? cost = missing.Count == 0 ? lines.Sum(l => l.CostNtd!.Value) + savings.OtherCostSavingsNtd : null;
        var net = investment - subsidy;
        if (cashFlows.IsLevel)
        {
            var flows = cost is null ? null : Finance.Flows(net, cost.Value, options.LifetimeYears);
            return new MeasureOutcome(new MeasureResult(measure.Kind, options, gridYear, lines, savings.OtherCostSavingsNtd, cost, missing, investment, subsidy,
                cost is null ? null : Finance.SimplePayback(net, cost.Value),
                flows is null ? null : Finance.Npv(options.DiscountRate, flows),
                flows is null ? null : Finance.Irr(flows),
                savings.Note), []);
        }

        var uneven = cost is null ? null : cashFlows.Flows(net, cost.Value - savings.OtherCostSavingsNtd, savings.OtherCostSavingsNtd, options.LifetimeYears);
        var irr = uneven is null ? null : Finance.AnalyseIrr(uneven);
        return new MeasureOutcome(new MeasureResult(measure.Kind, options, gridYear, lines, savings.OtherCostSavingsNtd, cost, missing, investment, subsidy,
            uneven is null ? null : Payback(net, uneven),
            uneven is null ? null : Finance.Npv(options.DiscountRate, uneven),
            irr?.Irr,
            savings.Note,
            cashFlows,
            uneven,
            irr,
            uneven is null ? null : Finance.DiscountedPayback(options.DiscountRate, uneven),
            uneven is null ? null : Finance.Mirr(uneven, options.DiscountRate, cashFlows.ReinvestRate ?? options.DiscountRate)), []);
    }

    /// <summary>Level flows keep the simple payback net ÷ yearly flow (also beyond the lifetime); uneven ones the cumulative payback.</summary>
    private static decimal? Payback(decimal net, IReadOnlyList<decimal> flows) =>
        flows.Skip(1).Distinct().Count() == 1 ? Finance.SimplePayback(net, flows[1]) : Finance.Payback(flows);

    private static CarrierSaving Line(Carrier carrier, decimal quantity, decimal? price, FactorSet set, Gases.GwpSet gwp, EmissionFactor grid)
    {
        var (id, kgPerUnit) = carrier switch
        {
            Carrier.Electricity => (grid.Id, grid.Gases.Sum(g => g.KgPerUnit)),
            Carrier.Biomass => ("biogenic", 0m),
            _ => Fuel(set.Find(Carriers.MaterialKey(carrier)!, SourceType.Stationary)!, gwp),
        };
        return new CarrierSaving(carrier, quantity, Co2e.FromKilograms(quantity * kgPerUnit), id, kgPerUnit, price);
    }

    private static (string, decimal) Fuel(EmissionFactor factor, Gases.GwpSet gwp) =>
        (factor.Id, factor.IsCo2e ? factor.Gases.Sum(g => g.KgPerUnit) : factor.Gases.Sum(g => g.KgPerUnit * (gwp.Find(g.Species) ?? 0m)));

    private static void CheckOptions(MeasureOptions options, FactorSet? set, Gases.GwpSet? gwp, int gridYear, FactorLibrary library, MeasureInputs inputs)
    {
        if (set is null)
        {
            var sets = string.Join(", ", library.Sets.Select(s => s.Id));
            inputs.Fail("factor-set", $"不明的係數集「{options.FactorSetId}」（可用：{sets}）", $"unknown factor set '{options.FactorSetId}' (known: {sets})");
        }

        if (gwp is null)
        {
            var sets = string.Join(", ", library.GwpSets.Keys);
            inputs.Fail("gwp", $"不明的 GWP 版本「{options.GwpId}」（可用：{sets}）", $"unknown GWP set '{options.GwpId}' (known: {sets})");
        }

        if (!library.GridFactors.ContainsKey(gridYear))
        {
            var years = $"{library.GridFactors.Keys.Min()}–{library.GridFactors.Keys.Max()}";
            inputs.Fail("grid-year", $"{gridYear} 年沒有電力排碳係數（可用年度 {years}）", $"no grid electricity factor for {gridYear} (available: {years})");
        }

        if (options.LifetimeYears is < 1 or > MaxLifetimeYears)
        {
            inputs.Fail("lifetime", $"--lifetime 須為 1–{MaxLifetimeYears} 年（收到 {options.LifetimeYears}）",
                $"--lifetime must be 1–{MaxLifetimeYears} years (got {options.LifetimeYears})");
        }

        if (options.DiscountRate is < 0m or >= 1m)
        {
            inputs.Fail("discount-rate", $"--discount-rate 須在 0 與 1 之間，例如 0.05（收到 {MeasureInputs.Inv(options.DiscountRate)}）",
                $"--discount-rate must be a fraction in [0, 1), e.g. 0.05 (got {MeasureInputs.Inv(options.DiscountRate)})");
        }
    }

    private static void CheckFuelFactors(MeasureSavings savings, FactorSet set, MeasureInputs inputs)
    {
        foreach (var carrier in savings.Energy.Keys.Where(c => c is not Carrier.Electricity and not Carrier.Biomass).Order())
        {
            // A per-TJ factor without a heat value (moenv-2024 coal) cannot price a saving entered in kg.
            if (set.Find(Carriers.MaterialKey(carrier)!, SourceType.Stationary) is not { } factor || factor is { PerTerajoule: not null, HeatValueKcal: null })
            {
                inputs.Fail("factor-set", $"係數集 {set.Id} 沒有 {Carriers.Key(carrier)} 的固定燃燒係數（請改用 moenv-6.0.4）",
                    $"factor set {set.Id} has no stationary-combustion factor for {Carriers.Key(carrier)} (use moenv-6.0.4)");
            }
        }
    }

    private static MeasureOutcome Fail(Problem problem) => new(null, [problem]);
}
