using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Tariffs;

public partial class PeakShiftTests
{
    private static readonly ShiftShare[] EightyTwenty = [new(TouPeriod.SemiPeak, 0.8m), new(TouPeriod.OffPeak, 0.2m)];

    public static TheoryData<string, string, Voltage?, Season, DayType, decimal, TouPeriod, ShiftShare[], string> Cases() => new()
    {
        { "negative kWh", "three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, -1m, TouPeriod.Peak, EightyTwenty, "kWh must not be negative (-1)" },
        { "shares sum to 0.9", "three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak,
            [new(TouPeriod.SemiPeak, 0.7m), new(TouPeriod.OffPeak, 0.2m)], "the shares must sum to 1 (they sum to 0.9)" },
        { "shares sum to 1.1", "three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak,
            [new(TouPeriod.SemiPeak, 0.9m), new(TouPeriod.OffPeak, 0.2m)], "the shares must sum to 1 (they sum to 1.1)" },
        { "negative share", "three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak,
            [new(TouPeriod.SemiPeak, 1.2m), new(TouPeriod.OffPeak, -0.2m)], "the share of off_peak must be between 0 and 1 (-0.2)" },
        { "duplicate period", "three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak,
            [new(TouPeriod.OffPeak, 0.5m), new(TouPeriod.OffPeak, 0.5m)], "period off_peak is given more than once" },
        { "into the same period", "three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak,
            [new(TouPeriod.Peak, 1m)], "cannot shift into the period it leaves (peak)" },
        { "no shares", "three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak, [], "give the periods to shift to" },
        { "seed plan has no non-summer", "three_stage_2023_example", Voltage.High, Season.NonSummer, DayType.Weekday, 1m, TouPeriod.Peak, EightyTwenty,
            "has no peak period on non-summer weekday (it has: none)" },
        { "no peak on Sunday", "high_voltage_three_stage", null, Season.Summer, DayType.SundayHoliday, 1m, TouPeriod.Peak, [new(TouPeriod.OffPeak, 1m)],
            "has no peak period on summer sunday (it has: off_peak)" },
        { "no semi-peak target on Sunday", "high_voltage_three_stage", null, Season.Summer, DayType.SundayHoliday, 1m, TouPeriod.OffPeak, [new(TouPeriod.SemiPeak, 1m)],
            "has no semi_peak period on summer sunday" },
        { "several voltages, none given", "three_stage_2023_example", null, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak, EightyTwenty,
            "plan three_stage_2023_example has several voltages; give --voltage (low, high, extra-high)" },
        { "voltage the plan lacks", "high_voltage_three_stage", Voltage.Low, Season.Summer, DayType.Weekday, 1m, TouPeriod.Peak, EightyTwenty,
            "plan high_voltage_three_stage has no low voltage rates (only high)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Simulate_BadInput_ReportsProblemInBothLanguages(string name, string plan, Voltage? voltage, Season season, DayType day, decimal kwh,
        TouPeriod from, ShiftShare[] shares, string english)
    {
        var outcome = PeakShift.Simulate(TariffLibrary.Shipped.Find(plan)!, voltage, season, day, KilowattHours.Of(kwh), from, shares);

        outcome.Succeeded.ShouldBeFalse(name);
        outcome.Result.ShouldBeNull();
        outcome.Problems.ShouldContain(p => p.MessageEn.Contains(english, StringComparison.Ordinal), name);
        outcome.Problems.ShouldAllBe(p => p.MessageZh.Length > 0);
    }

    [Fact]
    public void Resolve_UnknownPlan_ReportsProblemInBothLanguages()
    {
        var (plan, problem) = TariffLibrary.Shipped.Resolve("no_such_plan");

        plan.ShouldBeNull();
        problem!.MessageEn.ShouldBe("unknown tariff plan 'no_such_plan' (see tanpan tariff list)");
        problem.MessageZh.ShouldContain("不明的電價方案");
    }
}
