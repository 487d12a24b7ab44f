using Tanpan.Core.Tariffs;
using Tanpan.Core.Tariffs.Billing;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Tariffs;

/// <summary>
/// Bills worked by hand from the rows of 台灣電力公司 電價表 (114年10月1日起) 第五章: 四、(一)(二)(三) rates, 五、(一) basic fee,
/// 六 power factor, 七 over contract. Rates: data/tariffs/taipower_tou_*_20251001.csv.
/// </summary>
public class TouBillTests
{
    private static readonly Dictionary<(Season, BillPeriod), decimal> NoSeasonKwh = [];

    private static BillInput Input(Dictionary<BillPeriod, decimal>? kwh = null, Dictionary<ContractKind, decimal>? contract = null,
        Dictionary<BillPeriod, decimal>? demand = null, decimal? pf = null, Dictionary<(Season, BillPeriod), decimal>? seasonKwh = null) =>
        new(Energy(kwh ?? []), Energy(seasonKwh ?? NoSeasonKwh), contract ?? [], demand ?? [], pf);

    /// <summary>The kWh of a table as energy (the bill's input is typed).</summary>
    private static Dictionary<TKey, Quantity<Energy>> Energy<TKey>(Dictionary<TKey, decimal> kwh)
        where TKey : notnull => kwh.ToDictionary(k => k.Key, k => KilowattHours.Of(k.Value));

    private static TouBillResult Bill(string plan, int year, int month, BillInput input)
    {
        var outcome = TouBill.Compute(BillPlan.Find(plan)!, year, month, input);
        outcome.Problems.ShouldBeEmpty();
        return outcome.Bill!;
    }

    /// <summary>
    /// 高壓三段式 July 2025 (summer), by hand:
    /// basic 1000 × 223.60 + 200 × 166.90 + 44.70 × [(100 + 700) − (1000 + 200) × 0.5 = 200] = 223,600 + 33,380 + 8,940 = 265,920;
    /// energy 100,000 × 9.39 + 150,000 × 5.85 + 20,000 × 2.60 + 200,000 × 2.53 = 939,000 + 877,500 + 52,000 + 506,000 = 2,374,500;
    /// over contract: peak 1,050 − 1,000 = 50 (≤ 10 % of 1,000) × 2 × 223.60 = 22,360; semi-peak 1,350 − 1,200 = 150, less the
    /// peak's 50 → kW 50–120 (≤ 10 % of 1,200) 70 × 2 × 166.90 = 23,366 and kW 120–150 30 × 3 × 166.90 = 15,021; Saturday 1,300
    /// − 1,300 = 0; off-peak 2,100 − 2,000 = 100, already counted in the semi-peak's 150 → 0; total 60,747;
    /// power factor 92 % → −(92 − 80) × 0.1 % = −1.2 % × 265,920 = −3,191.04 → −3,191;
    /// total 265,920 + 2,374,500 + 60,747 − 3,191 = 2,697,976.
    /// </summary>
    [Fact]
    public void HighVoltageThreeStage_July2025_ByHand_2697976()
    {
        var bill = Bill("high_voltage_three_stage", 2025, 7, Input(
            new() { [BillPeriod.Peak] = 100_000, [BillPeriod.SemiPeak] = 150_000, [BillPeriod.SaturdaySemiPeak] = 20_000, [BillPeriod.OffPeak] = 200_000 },
            new() { [ContractKind.Regular] = 1000, [ContractKind.SemiPeak] = 200, [ContractKind.SaturdaySemiPeak] = 100, [ContractKind.OffPeak] = 700 },
            new() { [BillPeriod.Peak] = 1050, [BillPeriod.SemiPeak] = 1350, [BillPeriod.SaturdaySemiPeak] = 1300, [BillPeriod.OffPeak] = 2100 },
            pf: 92));

        bill.BasicFeeNtd.ShouldBe(265_920m);
        bill.EnergyChargeNtd.ShouldBe(2_374_500m);
        bill.OverContractNtd.ShouldBe(60_747m);
        bill.PowerFactorAdjustmentNtd.ShouldBe(-3_191m);
        bill.TotalNtd.ShouldBe(2_697_976m);
        bill.Lines.Where(l => l.Group == BillGroup.OverContract).Select(l => (l.Key, l.Quantity, l.Rate))
            .ShouldBe([("peak_x2", 50m, 447.2m), ("semi_peak_x2", 70m, 333.8m), ("semi_peak_x3", 30m, 500.7m)]);
        bill.Lines.Single(l => l.Key == "saturday_off_peak").Quantity.ShouldBe(200m);
    }

    [Fact]
    public void SaturdayAndOffPeakContract_WithinHalfTheRegularAndSemiPeak_IsFree()
    {
        // (100 + 500) − (1000 + 200) × 0.5 = 0 → the last term counts 0 (五、(一)2「惟最後一項計得之值為負時，則按0計算」).
        var bill = Bill("high_voltage_three_stage", 2025, 7, Input(contract: new()
        {
            [ContractKind.Regular] = 1000, [ContractKind.SemiPeak] = 200, [ContractKind.SaturdaySemiPeak] = 100, [ContractKind.OffPeak] = 500,
        }));

        bill.BasicFeeNtd.ShouldBe(223_600m + 33_380m);
        bill.Lines.ShouldNotContain(l => l.Key == "saturday_off_peak");
    }

    /// <summary>
    /// 高壓二段式 January 2026 (non-summer), by hand: basic 500 × 166.90 + 100 × 166.90 (非夏月契約) + 33.30 × max(0, 300 − 600 × 0.5)
    /// = 83,450 + 16,690 = 100,140; energy 50,000 × 6.37 + 5,000 × 2.54 + 80,000 × 2.46 = 318,500 + 12,700 + 196,800 = 528,000;
    /// over contract: non-summer peak 700 − (500 + 100) = 100, 60 kW (10 % of 600) × 2 × 166.90 = 20,028 and 40 × 3 × 166.90 = 20,028;
    /// power factor 70 % → +(80 − 70) × 0.1 % = +1 % × 100,140 = 1,001.40 → 1,001. Total 100,140 + 528,000 + 40,056 + 1,001 = 669,197.
    /// </summary>
    [Fact]
    public void HighVoltageTwoStage_January2026_ByHand_669197()
    {
        var bill = Bill("high_voltage_2_tier", 2026, 1, Input(
            new() { [BillPeriod.Peak] = 50_000, [BillPeriod.SaturdaySemiPeak] = 5_000, [BillPeriod.OffPeak] = 80_000 },
            new() { [ContractKind.Regular] = 500, [ContractKind.NonSummer] = 100, [ContractKind.OffPeak] = 300 },
            new() { [BillPeriod.Peak] = 700 },
            pf: 70));

        bill.BasicFeeNtd.ShouldBe(100_140m);
        bill.EnergyChargeNtd.ShouldBe(528_000m);
        bill.OverContractNtd.ShouldBe(40_056m);
        bill.PowerFactorAdjustmentNtd.ShouldBe(1_001m);
        bill.TotalNtd.ShouldBe(669_197m);
    }

    [Fact]
    public void TwoStage_Summer_DoesNotChargeTheNonSummerContract_ButCountsItInTheHalf()
    {
        // July: 500 × 223.60 = 111,800; 非夏月契約 not charged; 44.70 × [(0 + 400) − (500 + 100) × 0.5 = 100] = 4,470.
        // Summer peak excess is over the regular contract alone: 560 − 500 = 60 > 50 (10 %) → 50 × 2 × 223.60 + 10 × 3 × 223.60.
        var bill = Bill("high_voltage_2_tier", 2025, 7, Input(
            contract: new() { [ContractKind.Regular] = 500, [ContractKind.NonSummer] = 100, [ContractKind.OffPeak] = 400 },
            demand: new() { [BillPeriod.Peak] = 560 }));

        bill.BasicFeeNtd.ShouldBe(111_800m + 4_470m);
        bill.OverContractNtd.ShouldBe(22_360m + 6_708m);
    }

    [Fact]
    public void ExtraHighVoltageBatch_FollowsTheTwoStageRules_WithItsOwnRates()
    {
        // 特高壓批次 August 2025: 2,000 × 217.30 = 434,600; peak 10,000 × 11.44 = 114,400, off-peak 300,000 × 2.99 = 897,000.
        var bill = Bill("extra_high_voltage_batch", 2025, 8, Input(
            new() { [BillPeriod.Peak] = 10_000, [BillPeriod.OffPeak] = 300_000 },
            new() { [ContractKind.Regular] = 2000 }));

        bill.BasicFeeNtd.ShouldBe(434_600m);
        bill.EnergyChargeNtd.ShouldBe(1_011_400m);
        bill.TotalNtd.ShouldBe(1_446_000m);
    }

    [Fact]
    public void May_StraddlesTheSeasonChange_ProratedByDays()
    {
        // May 2025: 5/1–5/15 non-summer (15 days), 5/16–5/31 summer (16 days).
        // Basic: 100 × 223.60 × 16/31 = 11,540.65 → 11,541 and 100 × 166.90 × 15/31 = 8,075.81 → 8,076.
        // Peak exists in summer only: all 1,000 kWh × 9.39 = 9,390. Semi-peak 3,100 kWh split 16/31: 1,600 × 5.85 = 9,360 and 1,500 × 5.47 = 8,205.
        var bill = Bill("high_voltage_three_stage", 2025, 5, Input(
            new() { [BillPeriod.Peak] = 1000, [BillPeriod.SemiPeak] = 3100 },
            new() { [ContractKind.Regular] = 100 }));

        bill.SummerDays.ShouldBe(16);
        bill.Lines.Where(l => l.Group == BillGroup.BasicFee).Select(l => l.AmountNtd).ShouldBe([11_541m, 8_076m]);
        bill.Lines.Where(l => l.Group == BillGroup.EnergyCharge).Select(l => l.AmountNtd).ShouldBe([9_390m, 9_360m, 8_205m]);
    }

    [Fact]
    public void May_KwhGivenPerSeason_AreNotSplit()
    {
        var bill = Bill("high_voltage_three_stage", 2025, 5, Input(seasonKwh: new()
        {
            [(Season.Summer, BillPeriod.SemiPeak)] = 1000, [(Season.NonSummer, BillPeriod.SemiPeak)] = 3000,
        }));

        bill.EnergyChargeNtd.ShouldBe((1000 * 5.85m) + (3000 * 5.47m));
    }

    [Fact]
    public void VariablePeak_DesignatedDayPeakAt18_33()
    {
        // 尖峰時間可變動 (四、(二) 可變動 rows): summer designated-day peak 18.33, semi-peak 5.85; contract rates are the fixed plan's (八、(七)).
        var bill = Bill("high_voltage_three_stage_variable", 2025, 7, Input(
            new() { [BillPeriod.Peak] = 1_000, [BillPeriod.SemiPeak] = 10_000 },
            new() { [ContractKind.Regular] = 100 }));

        bill.EnergyChargeNtd.ShouldBe(18_330m + 58_500m);
        bill.BasicFeeNtd.ShouldBe(22_360m);
        bill.Plan.VariablePeak.ShouldBeTrue();
    }

    [Theory]
    [InlineData(80, 0)]
    [InlineData(80.4, 0)]        // counted as 80 %
    [InlineData(81, -0.001)]
    [InlineData(95, -0.015)]
    [InlineData(100, -0.015)]    // no reduction above 95 % (六「超過95%部分不予扣減」)
    [InlineData(79, 0.001)]
    [InlineData(79.5, 0)]        // half away from zero → 80 %
    [InlineData(60, 0.02)]
    public void PowerFactorRate_PerPercentAroundEighty_CappedAtNinetyFive(decimal pf, decimal expected) =>
        TouBill.PowerFactorRate(pf).ShouldBe(expected);

    [Fact]
    public void PowerFactor_DoesNotTouchTheOverContractPart()
    {
        // 七、(二): the over-contract part gets no power-factor reduction; the adjustment is on the basic fee only.
        var input = Input(contract: new() { [ContractKind.Regular] = 100 }, demand: new() { [BillPeriod.Peak] = 200 }, pf: 95);
        var bill = Bill("high_voltage_three_stage", 2025, 7, input);

        bill.PowerFactorAdjustmentNtd.ShouldBe(Math.Round(-22_360m * 0.015m, 0, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void BadInput_IsRefusedWithEveryReason()
    {
        var outcome = TouBill.Compute(BillPlan.Find("high_voltage_three_stage")!, 2026, 1, Input(
            new() { [BillPeriod.Peak] = 10, [BillPeriod.OffPeak] = -1 },
            new() { [ContractKind.NonSummer] = 100 },
            pf: 120));

        outcome.Bill.ShouldBeNull();
        outcome.Problems.Select(p => p.Column).ShouldBe(["off_peak", "power-factor", "peak", "non_summer"], ignoreOrder: true);
        outcome.Problems.ShouldContain(p => p.MessageZh.Contains("沒有尖峰時段", StringComparison.Ordinal)); // no peak in non-summer three-stage
    }

    [Fact]
    public void EveryHighAndExtraHighPlan_IsBillable_AndLowVoltageIsNot()
    {
        BillPlan.All.Select(p => p.Id).Order().ShouldBe([
            "extra_high_voltage_2_tier", "extra_high_voltage_batch", "extra_high_voltage_power", "extra_high_voltage_three_stage",
            "extra_high_voltage_three_stage_variable",
            "high_voltage_2_tier", "high_voltage_batch", "high_voltage_power", "high_voltage_three_stage", "high_voltage_three_stage_variable"]);
        foreach (var plan in BillPlan.All)
        {
            // 「週六半尖峰或離峰契約電價」: one rate for both kinds.
            plan.Contract[(Season.Summer, ContractKind.SaturdaySemiPeak)].ShouldBe(plan.Contract[(Season.Summer, ContractKind.OffPeak)], plan.Id);
            plan.Contract[(Season.NonSummer, ContractKind.SaturdaySemiPeak)].ShouldBe(plan.Contract[(Season.NonSummer, ContractKind.OffPeak)], plan.Id);
            (plan.SummerStart, plan.SummerEnd).ShouldBe((516, 1015), plan.Id);
        }
    }

    [Fact]
    public void Property_TotalIsTheSumOfTheLines_AndGroupsAddUp()
    {
        var random = new Random(20251001);
        var plans = BillPlan.All.ToList();
        for (var i = 0; i < 400; i++)
        {
            var plan = plans[random.Next(plans.Count)];
            var month = random.Next(1, 13);
            var days = DateTime.DaysInMonth(2025, month);
            var seasons = Enumerable.Range(1, days).Select(d => plan.SeasonOf(new DateOnly(2025, month, d))).Distinct().ToList();
            var periods = plan.Periods.Where(p => seasons.Any(s => plan.Energy.ContainsKey((s, p)))).ToList();
            var kwh = periods.ToDictionary(p => p, _ => (decimal)random.Next(0, 500_000) + (random.Next(0, 1000) / 1000m));
            var demand = periods.ToDictionary(p => p, _ => (decimal)random.Next(0, 3000));
            var contract = plan.ContractKinds.ToDictionary(k => k, _ => (decimal)random.Next(0, 1500));
            var pf = random.Next(0, 2) == 0 ? (decimal?)null : random.Next(50, 101);

            var bill = Bill(plan.Id, 2025, month, Input(kwh, contract, demand, pf));

            bill.TotalNtd.ShouldBe(bill.Lines.Sum(l => l.AmountNtd));
            bill.TotalNtd.ShouldBe(bill.EnergyChargeNtd + bill.BasicFeeNtd + bill.OverContractNtd + bill.PowerFactorAdjustmentNtd);
            bill.Lines.ShouldAllBe(l => Math.Abs(l.AmountNtd - l.ExactNtd) <= 0.5m);
            bill.OverContractNtd.ShouldBeGreaterThanOrEqualTo(0m);
            // Never more than ×3 the regular rate on the largest excess, never a reduction beyond 1.5 % of the basic fee.
            bill.PowerFactorAdjustmentNtd.ShouldBeGreaterThanOrEqualTo(Math.Floor(-0.015m * bill.BasicFeeNtd) - 1);
        }
    }

    [Fact]
    public void Property_NoDemandAboveTheCapacities_NoOverContractLine()
    {
        var random = new Random(7);
        foreach (var plan in BillPlan.All)
        {
            var contract = plan.ContractKinds.ToDictionary(k => k, _ => (decimal)random.Next(100, 1000));
            var regular = contract[ContractKind.Regular];
            var demand = plan.Periods.ToDictionary(p => p, _ => regular); // regular ≤ every period's capacity
            Bill(plan.Id, 2025, 8, Input(contract: contract, demand: demand)).OverContractNtd.ShouldBe(0m);
        }
    }
}

public class MeteredMonthTests
{
    [Fact]
    public void Measure_SplitsWeekdaySaturdayAndOffPeakDays_AndTakesTheLargestQuarterAsDemand()
    {
        // July 2025 (summer), high-voltage three-stage: 2025-07-15 (Tue) 1 kWh per quarter and 5 kWh at 17:00–17:15;
        // 2025-07-19 (Sat) 2 kWh per quarter; 2025-07-20 (Sun) 3 kWh per quarter.
        var schedule = TouSchedule.Build(TariffLibrary.Shipped.Find("high_voltage_three_stage")!).Schedule!;
        long Day(int d) => TouSchedule.LocalDayOf(new DateOnly(2025, 7, d));
        var slots = new double[3 * 96];
        Array.Fill(slots, 1, 0, 96);
        slots[68] = 5; // 17:00
        Array.Fill(slots, 2, 96, 96);
        Array.Fill(slots, 3, 192, 96);

        var m = MeteredMonth.Measure(schedule, TaipowerOffPeakDays.For("20251001"), 2025, 7, [Day(15), Day(19), Day(20)], slots, [96, 96, 96], 15);

        // Tue: peak 16–22 = 23 × 1 + 5 = 28; semi-peak 09–16 + 22–24 = 36; off-peak 00–09 = 36.
        // Sat: semi-peak 09–24 = 60 × 2 = 120 (週六半尖峰); off-peak 36 × 2 = 72. Sun: 96 × 3 = 288 off-peak.
        KilowattHours.In(m.Energy[(Season.Summer, BillPeriod.Peak)]).ShouldBe(28m);
        KilowattHours.In(m.Energy[(Season.Summer, BillPeriod.SemiPeak)]).ShouldBe(36m);
        KilowattHours.In(m.Energy[(Season.Summer, BillPeriod.SaturdaySemiPeak)]).ShouldBe(120m);
        KilowattHours.In(m.Energy[(Season.Summer, BillPeriod.OffPeak)]).ShouldBe(36m + 72m + 288m);
        m.MaxDemandKw[BillPeriod.Peak].ShouldBe(20m);            // 5 kWh in 15 min
        m.MaxDemandKw[BillPeriod.SaturdaySemiPeak].ShouldBe(8m);
        m.MaxDemandKw[BillPeriod.OffPeak].ShouldBe(12m);
        m.DaysWithReadings.ShouldBe(3);
    }

    [Fact]
    public void Measure_ObservedDayOff_IsAWeekday_LabourDay_IsOffPeak()
    {
        // 2025-09-29 (Mon, 教師節補假) has peak hours; 2025-05-01 (Thu, 勞動節) is off-peak all day (電價表 離峰日).
        var schedule = TouSchedule.Build(TariffLibrary.Shipped.Find("high_voltage_three_stage")!).Schedule!;
        var ones = Enumerable.Repeat(1d, 96).ToArray();
        var sept = MeteredMonth.Measure(schedule, TaipowerOffPeakDays.For("20251001"), 2025, 9, [TouSchedule.LocalDayOf(new DateOnly(2025, 9, 29))], ones, [96], 15);
        var may = MeteredMonth.Measure(schedule, TaipowerOffPeakDays.For("20251001"), 2025, 5, [TouSchedule.LocalDayOf(new DateOnly(2025, 5, 1))], ones, [96], 15);

        KilowattHours.In(sept.Energy[(Season.Summer, BillPeriod.Peak)]).ShouldBe(24m);
        may.Energy.ShouldBe(new Dictionary<(Season, BillPeriod), Quantity<Energy>> { [(Season.NonSummer, BillPeriod.OffPeak)] = KilowattHours.Of(96m) });
    }
}
