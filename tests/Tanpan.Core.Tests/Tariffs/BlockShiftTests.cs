using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Tariffs;

/// <summary>The load-block form of the peak-shift simulator, hand-checked against the kWh form and seed 000.</summary>
public class BlockShiftTests
{
    private static readonly TariffLibrary Library = TariffLibrary.Shipped;

    private static BlockShiftResult Run(string planId, Voltage? voltage, Season season, DayType day, decimal kw, string from, string to, int days)
    {
        var outcome = BlockShift.Simulate(Library.Find(planId)!, voltage, season, day, kw, from, to, days);
        outcome.Problems.ShouldBeEmpty();
        return outcome.Result!;
    }

    /// <summary>500 kW × 2 h × 22 days = 22,000 kWh, all peak (16:00–18:00) → all off-peak (00:00–02:00): the kWh form's figures.</summary>
    [Fact]
    public void Simulate_BlockInOnePeriod_EqualsTheKwhForm()
    {
        var block = Run("high_voltage_three_stage", null, Season.Summer, DayType.Weekday, 500m, "16:00-18:00", "00:00-02:00", 22);
        var kwh = PeakShift.Simulate(Library.Find("high_voltage_three_stage")!, null, Season.Summer, DayType.Weekday, KilowattHours.Of(22_000m), TouPeriod.Peak,
            [new ShiftShare(TouPeriod.OffPeak, 1m)]).Result!;

        KilowattHours.In(block.Energy).ShouldBe(22_000m);
        block.CostBefore.ShouldBe(kwh.CostBefore);
        block.CostAfter.ShouldBe(kwh.CostAfter);
        block.Savings.BaseValue.ShouldBe(22_000m * (9.39m - 2.53m)); // 150,920
        block.Before.ShouldHaveSingleItem().Period.ShouldBe(TouPeriod.Peak);
        block.After.ShouldHaveSingleItem().Period.ShouldBe(TouPeriod.OffPeak);
    }

    /// <summary>
    /// 21:00–23:00 on a summer weekday is 1 h peak (21–22) + 1 h semi-peak (22–23): 100 kW × 10 days → 1,000 kWh each,
    /// 9,390 + 5,850 = NT$15,240; moved to 08:00–10:00 = 1 h off-peak + 1 h semi-peak: 2,530 + 5,850 = NT$8,380.
    /// </summary>
    [Fact]
    public void Simulate_WindowAcrossAPeriodBoundary_SplitsByTheHoursInEach()
    {
        var r = Run("high_voltage_three_stage", null, Season.Summer, DayType.Weekday, 100m, "21:00-23:00", "08:00-10:00", 10);

        r.Before.Select(l => (l.Period, l.Hours, KilowattHours.In(l.Energy), l.Cost.BaseValue)).ShouldBe([(TouPeriod.Peak, 1m, 1000m, 9390m), (TouPeriod.SemiPeak, 1m, 1000m, 5850m)]);
        r.After.Select(l => (l.Period, l.Hours, KilowattHours.In(l.Energy), l.Cost.BaseValue)).ShouldBe([(TouPeriod.SemiPeak, 1m, 1000m, 5850m), (TouPeriod.OffPeak, 1m, 1000m, 2530m)]);
        r.CostBefore.BaseValue.ShouldBe(15_240m);
        r.CostAfter.BaseValue.ShouldBe(8_380m);
        r.Savings.BaseValue.ShouldBe(6_860m);
    }

    /// <summary>A quarter-hour split: 21:45–22:15 is 15 min peak + 15 min semi-peak; 400 kW × 1 day → 100 kWh each.</summary>
    [Fact]
    public void Simulate_QuarterHourAcrossTheBoundary_SplitsExactly()
    {
        var r = Run("high_voltage_three_stage", null, Season.Summer, DayType.Weekday, 400m, "21:45-22:15", "23:45-00:15", 1);

        r.Before.Select(l => (l.Period, KilowattHours.In(l.Energy))).ShouldBe([(TouPeriod.Peak, 100m), (TouPeriod.SemiPeak, 100m)]);
        r.After.Select(l => (l.Period, KilowattHours.In(l.Energy))).ShouldBe([(TouPeriod.SemiPeak, 100m), (TouPeriod.OffPeak, 100m)]); // runs past midnight
        r.Savings.BaseValue.ShouldBe((100m * 9.39m) - (100m * 2.53m));
    }

    /// <summary>
    /// Seed 000's two examples as blocks: 5,584 kW over 16:00–21:00 (5 h peak, 27,920 kWh) moved to 08:00–13:00 (1 h off-peak,
    /// 4 h semi-peak: the 20/80 split) → NT$87,557.12; 4,600 kW × 6 h × 22 days = 607,200 kWh peak → semi-peak → NT$1,518,000.
    /// </summary>
    [Theory]
    [InlineData(Voltage.High, 5584, "16:00-21:00", "08:00-13:00", 1, 27920, 87557.12)]
    [InlineData(Voltage.ExtraHigh, 4600, "16:00-22:00", "09:00-15:00", 22, 607200, 1518000)]
    public void Simulate_Seed000AsBlocks_StillExact(Voltage voltage, int kw, string from, string to, int days, int kwh, double savings)
    {
        var r = Run("three_stage_2023_example", voltage, Season.Summer, DayType.Weekday, kw, from, to, days);

        KilowattHours.In(r.Energy).ShouldBe(kwh);
        r.Savings.BaseValue.ShouldBe((decimal)savings);
    }

    [Theory]
    [InlineData(-1, "22:00-24:00", "00:00-02:00", 1, "kw")]
    [InlineData(1, "22:00-24:00", "00:00-02:00", 0, "days")]
    [InlineData(1, "22:10-24:00", "00:00-02:00", 1, "window")]
    [InlineData(1, "22:00-24:00", "25:00-02:00", 1, "to_window")]
    [InlineData(1, "22:00-24:00", "00:00-03:00", 1, "to_window")]
    public void Simulate_BadInput_NamesTheField(decimal kw, string from, string to, int days, string field)
    {
        var outcome = BlockShift.Simulate(Library.Find("high_voltage_three_stage")!, null, Season.Summer, DayType.Weekday, kw, from, to, days);

        outcome.Succeeded.ShouldBeFalse();
        outcome.Problems.Select(p => p.Column).ShouldContain(field);
    }

    [Fact]
    public void Simulate_WindowThePlanDoesNotPrice_IsRefused()
    {
        // The 2023 seed plan prices summer weekdays only.
        var outcome = BlockShift.Simulate(Library.Find("three_stage_2023_example")!, Voltage.High, Season.Summer, DayType.Saturday, 100m, "16:00-18:00", "00:00-02:00", 1);

        outcome.Problems.ShouldContain(p => p.Column == "window" && p.MessageEn.Contains("has no rate on summer saturday at 16:00"));
    }
}
