using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Tariffs;

public partial class PeakShiftTests
{
    private static readonly TariffLibrary Library = TariffLibrary.Shipped;

    private static PeakShiftResult Run(string planId, Voltage? voltage, Season season, DayType day, decimal kwh, TouPeriod from, params ShiftShare[] shares)
    {
        var outcome = PeakShift.Simulate(Library.Find(planId)!, voltage, season, day, KilowattHours.Of(kwh), from, shares);
        outcome.Problems.ShouldBeEmpty();
        return outcome.Result!;
    }

    /// <summary>
    /// Seed 000, 移轉電費試算 example 1 (high voltage, summer weekday): 27,920 kWh × 7.03 = 196,277.60;
    /// after: 22,336 kWh × 4.39 = 98,055.04 plus 5,584 kWh × 1.91 = 10,665.44, total 108,720.48;
    /// savings 87,557.12, shown as NT$87,557.
    /// </summary>
    [Fact]
    public void Simulate_SeedExample1HighVoltage_Saves87557Point12()
    {
        var r = Run("three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, 27_920m, TouPeriod.Peak,
            new ShiftShare(TouPeriod.SemiPeak, 0.8m), new ShiftShare(TouPeriod.OffPeak, 0.2m));

        r.CostBefore.BaseValue.ShouldBe(196_277.60m);
        r.To.Select(l => l.Cost.BaseValue).ShouldBe([98_055.04m, 10_665.44m]);
        r.CostAfter.BaseValue.ShouldBe(108_720.48m);
        r.Savings.BaseValue.ShouldBe(87_557.12m);
        Rounding.Round(r.Savings.BaseValue, 0).ShouldBe(87_557m);
    }

    /// <summary>Seed 000 example 2 (extra-high voltage): 607,200 kWh × (6.58 − 4.08) = NT$1,518,000.</summary>
    [Fact]
    public void Simulate_SeedExample2ExtraHighVoltage_Saves1518000()
    {
        var r = Run("three_stage_2023_example", Voltage.ExtraHigh, Season.Summer, DayType.Weekday, 607_200m, TouPeriod.Peak,
            new ShiftShare(TouPeriod.SemiPeak, 1m));

        r.CostBefore.BaseValue.ShouldBe(3_995_376m);
        r.CostAfter.BaseValue.ShouldBe(2_477_376m);
        r.Savings.BaseValue.ShouldBe(1_518_000m);
    }

    /// <summary>Hand-checked on the 20251001 plans: kWh × (rate from − rate to), rates from data/tariffs.</summary>
    [Theory]
    [InlineData("high_voltage_three_stage", Season.Summer, DayType.Weekday, TouPeriod.Peak, TouPeriod.OffPeak, 1000, 6860)] // 9.39 − 2.53
    [InlineData("high_voltage_three_stage", Season.Summer, DayType.Saturday, TouPeriod.SemiPeak, TouPeriod.OffPeak, 1000, 70)] // 2.60 − 2.53
    [InlineData("high_voltage_three_stage", Season.NonSummer, DayType.Weekday, TouPeriod.SemiPeak, TouPeriod.OffPeak, 500, 1575)] // 5.47 − 2.32
    [InlineData("low_voltage_three_stage", Season.Summer, DayType.Weekday, TouPeriod.Peak, TouPeriod.SemiPeak, 100, 310)] // 8.12 − 5.02
    [InlineData("extra_high_voltage_three_stage", Season.Summer, DayType.Weekday, TouPeriod.Peak, TouPeriod.OffPeak, 10, 62.9)] // 8.69 − 2.40
    [InlineData("high_voltage_batch", Season.Summer, DayType.Weekday, TouPeriod.Peak, TouPeriod.OffPeak, 1, 9.29)] // 12.47 − 3.18
    public void Simulate_WholeShiftOn20251001Plan_SavesKwhTimesRateDifference(string plan, Season season, DayType day, TouPeriod from, TouPeriod to,
        double kwh, double savings)
    {
        var r = Run(plan, null, season, day, (decimal)kwh, from, new ShiftShare(to, 1m));

        r.Savings.BaseValue.ShouldBe((decimal)savings);
    }

    [Fact]
    public void Simulate_ShiftIntoDearerPeriod_GivesNegativeSavings()
    {
        var r = Run("high_voltage_three_stage", Voltage.High, Season.Summer, DayType.Weekday, 100m, TouPeriod.OffPeak, new ShiftShare(TouPeriod.Peak, 1m));

        r.Savings.BaseValue.ShouldBe(-686m); // 100 × (2.53 − 9.39)
    }

    [Fact]
    public void Simulate_ZeroKwh_CostsNothing()
    {
        var r = Run("high_voltage_three_stage", null, Season.Summer, DayType.Weekday, 0m, TouPeriod.Peak, new ShiftShare(TouPeriod.OffPeak, 1m));

        r.CostBefore.BaseValue.ShouldBe(0m);
        r.Savings.BaseValue.ShouldBe(0m);
    }

    [Fact]
    public void Simulate_SingleVoltagePlanWithoutVoltage_UsesThePlansVoltage()
    {
        Run("extra_high_voltage_three_stage", null, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak, new ShiftShare(TouPeriod.OffPeak, 1m))
            .Voltage.ShouldBe(Voltage.ExtraHigh);
    }
}
