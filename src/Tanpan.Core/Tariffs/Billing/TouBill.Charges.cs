using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>The bill's lines by charge: basic fee (五、(一)), energy (四), over contract (七).</summary>
public static partial class TouBill
{
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
        var outside = OutsideContractPeriods(input.ContractKw);
        foreach (var period in Enum.GetValues<BillPeriod>())
        {
            var withRate = seasons.Where(s => plan.Energy.ContainsKey((s.Season, period))).ToList();
            var given = seasons.Where(s => input.SeasonEnergy.ContainsKey((s.Season, period))).ToList();
            foreach (var (season, d) in withRate)
            {
                decimal kwh;
                decimal share = 1m;
                if (given.Count > 0)
                {
                    kwh = KilowattHours.In(input.SeasonEnergy.GetValueOrDefault((season, period)));
                }
                else if (input.Energy.TryGetValue(period, out var total))
                {
                    // Split by days only among the seasons of the month that have this period.
                    kwh = KilowattHours.In(total);
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
                if (outside.Contains(period))
                {
                    // 八、(六): kWh outside the contracted periods at 1.6 × the period's rate.
                    var m = BillRules.OutsideContractEnergyMultiplier;
                    yield return Line(BillGroup.EnergyCharge, $"{BillKeys.Key(period)}_outside_contract", $"{s.Zh}{BillKeys.Zh(period)}流動電費（未訂契約時段，{m} 倍）",
                        $"{BillKeys.En(period)} energy outside the contracted periods (×{m}) ({s.En})", kwh, "kWh", plan.Energy[(season, period)] * m, share);
                    continue;
                }

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

        var outside = OutsideContractPeriods(c);
        var before = 0m; // the largest excess of the periods before (超出部分不重複計算)
        foreach (var (period, capacity, rate) in steps)
        {
            if (!input.MaxDemandKw.TryGetValue(period, out var demand))
            {
                continue;
            }

            var excess = Math.Max(0m, demand - capacity);
            if (outside.Contains(period))
            {
                // 八、(六): the maximum demand outside the contracted periods at 4.8 × the period's contract rate, as basic fee.
                var m = BillRules.OutsideContractBasicFeeMultiplier;
                var charged = Math.Max(0m, excess - before);
                if (charged > 0)
                {
                    yield return Line(BillGroup.BasicFee, $"{BillKeys.Key(period)}_outside_contract", $"{s.Zh}{BillKeys.Zh(period)}最高需量（未訂契約時段，{m} 倍）",
                        $"{BillKeys.En(period)} maximum demand outside the contracted periods (×{m}) ({s.En})", charged, "kW", rate * m, share);
                }

                before = Math.Max(before, excess);
                continue;
            }

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

    /// <summary>
    /// The periods whose use 八、(六) charges at 4.8× / 1.6×: for a customer with no regular, semi-peak or non-summer contract,
    /// peak and semi-peak when it has a Saturday semi-peak contract, and every period but off-peak when it has an off-peak
    /// contract only. Empty for every other customer (and for no contract at all).
    /// </summary>
    internal static IReadOnlySet<BillPeriod> OutsideContractPeriods(IReadOnlyDictionary<ContractKind, decimal> c)
    {
        if (Kw(c, ContractKind.Regular) > 0 || Kw(c, ContractKind.SemiPeak) > 0 || Kw(c, ContractKind.NonSummer) > 0)
        {
            return new HashSet<BillPeriod>();
        }

        if (Kw(c, ContractKind.SaturdaySemiPeak) > 0)
        {
            return new HashSet<BillPeriod> { BillPeriod.Peak, BillPeriod.SemiPeak };
        }

        return Kw(c, ContractKind.OffPeak) > 0
            ? new HashSet<BillPeriod> { BillPeriod.Peak, BillPeriod.SemiPeak, BillPeriod.SaturdaySemiPeak }
            : new HashSet<BillPeriod>();
    }
}
