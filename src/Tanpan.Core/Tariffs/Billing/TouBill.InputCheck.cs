using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>What a bill's input must satisfy before it is computed: a real month, no negative figure, only the plan's periods and contract kinds.</summary>
public static partial class TouBill
{
    private static List<Problem> Check(BillPlan plan, int year, int month, BillInput input)
    {
        var problems = new List<Problem>();
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            problems.Add(new Problem("month", $"月份 {year}-{month:00} 不正確", $"month {year}-{month:00} is not valid"));
            return problems;
        }

        foreach (var (key, value) in input.Energy.Select(k => (BillKeys.Key(k.Key), KilowattHours.In(k.Value)))
            .Concat(input.SeasonEnergy.Select(k => ($"{TariffKeys.Key(k.Key.Season)}:{BillKeys.Key(k.Key.Period)}", KilowattHours.In(k.Value))))
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

        if (input.OwnSubstationKv is { } kv)
        {
            if (BillRules.SubstationDiscount(kv) is null)
            {
                problems.Add(new Problem("own-substation", $"自備變電設備電壓須為 161 或 345 kV（{kv}）", $"the own substation must be 161 or 345 kV ({kv})"));
            }
            else if (!plan.Id.StartsWith("extra_high_voltage_", StringComparison.Ordinal))
            {
                problems.Add(new Problem("own-substation", $"自備變電設備折扣按特高壓供電電價計算，方案 {plan.Id} 不是特高壓（電價表 第五章 五、(六)）",
                    $"the own-substation discount is on extra-high voltage rates; plan {plan.Id} is not extra-high voltage (tariff table ch. 5, 5.(6))"));
            }
        }

        if (input.AdjustmentFactor is { } f && f is <= 0 or > 2)
        {
            problems.Add(new Problem("adjustment-factor", $"電價調整係數須大於 0 且不超過 2（{f}）", $"the tariff adjustment factor must be above 0 and at most 2 ({f})"));
        }

        var days = DateTime.DaysInMonth(year, month);
        var seasons = Enumerable.Range(1, days).Select(d => plan.SeasonOf(new DateOnly(year, month, d))).Distinct().ToList();
        foreach (var period in input.Energy.Keys.Concat(input.MaxDemandKw.Keys).Distinct())
        {
            if (!seasons.Any(s => plan.Energy.ContainsKey((s, period))))
            {
                problems.Add(new Problem(BillKeys.Key(period), $"方案 {plan.Id} 在 {year}-{month:00} 沒有{BillKeys.Zh(period)}時段",
                    $"plan {plan.Id} has no {BillKeys.En(period)} period in {year}-{month:00}"));
            }
        }

        foreach (var (season, period) in input.SeasonEnergy.Keys)
        {
            if (!seasons.Contains(season) || !plan.Energy.ContainsKey((season, period)))
            {
                problems.Add(new Problem(BillKeys.Key(period), $"方案 {plan.Id} 在 {year}-{month:00} 的{(season == Season.Summer ? "夏月" : "非夏月")}沒有{BillKeys.Zh(period)}時段",
                    $"plan {plan.Id} has no {TariffKeys.Key(season)} {BillKeys.En(period)} period in {year}-{month:00}"));
            }
            else if (input.Energy.ContainsKey(period))
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
}
