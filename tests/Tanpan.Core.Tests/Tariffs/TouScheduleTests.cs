using System.Globalization;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Time;

namespace Tanpan.Core.Tests.Tariffs;

public class TouScheduleTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.Shipped;

    private static TouSchedule Schedule(string planId, Voltage? voltage = null) =>
        TouSchedule.Build(TariffLibrary.Shipped.Find(planId)!, voltage).Schedule!;

    /// <summary>Unix seconds of a Taipei local time written as yyyy-MM-dd HH:mm:ss.</summary>
    internal static long Taipei(string local) =>
        TaipeiTime.At(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).ToUnixTimeSeconds();

    [Fact]
    public void EveryShippedPlan_BuildsASchedule()
    {
        foreach (var plan in TariffLibrary.Shipped.Plans)
        {
            foreach (var v in plan.Voltages)
            {
                var (schedule, problems) = TouSchedule.Build(plan, v);
                problems.ShouldBeEmpty(plan.Id);
                schedule.ShouldNotBeNull();
            }
        }
    }

    // Hand-checked against data/tariffs/taipower_tou_energy_rates_20251001.csv and data/calendar/tw_holidays.csv.
    [Theory]
    [InlineData("2025-07-15 17:00:00", Season.Summer, DayType.Weekday, TouPeriod.Peak, 9.39)] // Tuesday, summer peak 16–22
    [InlineData("2025-07-15 15:59:59", Season.Summer, DayType.Weekday, TouPeriod.SemiPeak, 5.85)] // one second before the peak
    [InlineData("2025-07-15 16:00:00", Season.Summer, DayType.Weekday, TouPeriod.Peak, 9.39)]
    [InlineData("2025-07-15 21:59:59", Season.Summer, DayType.Weekday, TouPeriod.Peak, 9.39)]
    [InlineData("2025-07-15 22:00:00", Season.Summer, DayType.Weekday, TouPeriod.SemiPeak, 5.85)]
    [InlineData("2025-07-15 08:59:59", Season.Summer, DayType.Weekday, TouPeriod.OffPeak, 2.53)]
    [InlineData("2025-07-19 10:00:00", Season.Summer, DayType.Saturday, TouPeriod.SemiPeak, 2.6)] // Saturday semi-peak 09–24
    [InlineData("2025-07-19 08:00:00", Season.Summer, DayType.Saturday, TouPeriod.OffPeak, 2.53)]
    [InlineData("2025-07-20 17:00:00", Season.Summer, DayType.SundayHoliday, TouPeriod.OffPeak, 2.53)] // Sunday
    [InlineData("2025-10-10 17:00:00", Season.Summer, DayType.SundayHoliday, TouPeriod.OffPeak, 2.53)] // National Day, a Friday
    [InlineData("2024-02-14 17:00:00", Season.NonSummer, DayType.SundayHoliday, TouPeriod.OffPeak, 2.32)] // Lunar New Year observed, a Wednesday
    [InlineData("2025-02-08 17:00:00", Season.NonSummer, DayType.Weekday, TouPeriod.SemiPeak, 5.47)] // make-up workday, a Saturday
    [InlineData("2025-02-15 17:00:00", Season.NonSummer, DayType.Saturday, TouPeriod.SemiPeak, 2.41)] // ordinary Saturday
    [InlineData("2025-05-15 17:00:00", Season.NonSummer, DayType.Weekday, TouPeriod.SemiPeak, 5.47)] // last non-summer day (high voltage)
    [InlineData("2025-05-16 17:00:00", Season.Summer, DayType.Weekday, TouPeriod.Peak, 9.39)] // first summer day
    [InlineData("2025-10-15 17:00:00", Season.Summer, DayType.Weekday, TouPeriod.Peak, 9.39)] // last summer day
    [InlineData("2025-10-16 17:00:00", Season.NonSummer, DayType.Weekday, TouPeriod.SemiPeak, 5.47)] // first non-summer day
    [InlineData("2025-10-16 12:00:00", Season.NonSummer, DayType.Weekday, TouPeriod.OffPeak, 2.32)] // non-summer midday off-peak 11–14
    public void Classify_HighVoltageThreeStage(string local, Season season, DayType day, TouPeriod period, double rate)
    {
        var c = Schedule("high_voltage_three_stage").Classify(Taipei(local), Calendar);

        c.Season.ShouldBe(season);
        c.Day.ShouldBe(day);
        c.Period.ShouldBe(period);
        c.Rate!.Price.NtdPerKwh.ShouldBe((decimal)rate);
    }

    [Theory]
    [InlineData("2025-05-29 17:00:00", Season.NonSummer, TouPeriod.SemiPeak)] // low voltage summer starts 6/1, not 5/16
    [InlineData("2025-06-02 17:00:00", Season.Summer, TouPeriod.Peak)]
    [InlineData("2025-09-30 17:00:00", Season.Summer, TouPeriod.Peak)]
    [InlineData("2025-10-01 17:00:00", Season.NonSummer, TouPeriod.SemiPeak)]
    public void Classify_LowVoltageSummer_Is0601To0930(string local, Season season, TouPeriod period)
    {
        var c = Schedule("low_voltage_three_stage").Classify(Taipei(local), Calendar);

        c.Season.ShouldBe(season);
        c.Period.ShouldBe(period);
    }

    [Fact]
    public void Classify_UsesUtcPlus8AllYear_AsTimeZoneInfoAsiaTaipeiDoes()
    {
        var taipei = TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei");
        for (var t = Taipei("2023-01-01 00:00:00"); t < Taipei("2027-01-01 00:00:00"); t += 3600 * 7 + 900)
        {
            var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(t), taipei);
            TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(t)).ShouldBe(DateOnly.FromDateTime(local.DateTime));
            TouSchedule.LocalSlot(t).ShouldBe(((local.Hour * 60) + local.Minute) / 15);
        }
    }

    [Fact]
    public void Classify_MidnightLocal_IsTheNewDay()
    {
        var c = Schedule("high_voltage_three_stage").Classify(Taipei("2025-07-16 00:00:00"), Calendar);

        c.LocalDate.ShouldBe(new DateOnly(2025, 7, 16));
        c.Period.ShouldBe(TouPeriod.OffPeak);
    }

    [Fact]
    public void SeedExample_OutsideSummerWeekdays_HasNoRate()
    {
        var schedule = Schedule("three_stage_2023_example", Voltage.High);

        schedule.Classify(Taipei("2023-07-12 17:00:00"), Calendar).Rate!.Price.NtdPerKwh.ShouldBe(7.03m);
        schedule.Classify(Taipei("2023-07-15 17:00:00"), Calendar).Rate.ShouldBeNull();
    }

    [Fact]
    public void Calendar_HolidaysAndMakeUpWorkdays()
    {
        Calendar.DayTypeOf(new DateOnly(2023, 1, 7)).ShouldBe(DayType.Weekday); // make-up Saturday
        Calendar.DayTypeOf(new DateOnly(2024, 2, 17)).ShouldBe(DayType.Weekday);
        Calendar.DayTypeOf(new DateOnly(2024, 2, 24)).ShouldBe(DayType.Saturday);
        Calendar.DayTypeOf(new DateOnly(2026, 2, 20)).ShouldBe(DayType.SundayHoliday); // Friday off in the 2026 New Year
        Calendar.DayTypeOf(new DateOnly(2025, 5, 31)).ShouldBe(DayType.SundayHoliday); // Dragon Boat on a Saturday
        Calendar.DayTypeOf(new DateOnly(2026, 11, 30)).ShouldBe(DayType.Weekday);
        Calendar.FirstYear.ShouldBe(2023);
        Calendar.LastYear.ShouldBe(2026);
        Calendar.Days.Where(d => !d.IsHoliday).ShouldAllBe(d => d.Date.DayOfWeek == DayOfWeek.Saturday);
        foreach (var year in Enumerable.Range(2023, 4))
        {
            Calendar.Days.ShouldContain(d => d.Date == new DateOnly(year, 10, 10) && d.IsHoliday);
            Calendar.Days.ShouldContain(d => d.Date == new DateOnly(year, 2, 28) && d.IsHoliday);
        }
    }

    [Fact]
    public void UserPlan_OfTheSameShape_BuildsAndClassifies()
    {
        const string csv = """
            plan_id,plan_name_zh,season,season_dates,day_type,period,time_windows,energy_rate_ntd_per_kwh
            my_plan,自訂,summer,07-01~08-31,weekday,peak,08:00-20:00,6
            my_plan,自訂,summer,07-01~08-31,weekday,off_peak,00:00-08:00;20:00-24:00,2
            my_plan,自訂,non_summer,,,flat,,3
            """;
        var (plans, problems) = UserTariffPlans.Parse(csv.Replace("my_plan", "low_voltage_my_plan", StringComparison.Ordinal));

        problems.ShouldBeEmpty();
        var schedule = TouSchedule.Build(plans.Single()).Schedule!;
        schedule.Classify(Taipei("2025-07-15 09:00:00"), Calendar).Rate!.Price.NtdPerKwh.ShouldBe(6m);
        schedule.Classify(Taipei("2025-07-15 20:15:00"), Calendar).Rate!.Price.NtdPerKwh.ShouldBe(2m);
        schedule.Classify(Taipei("2025-06-30 09:00:00"), Calendar).Rate!.Price.NtdPerKwh.ShouldBe(3m); // summer starts 7/1 in this plan
        schedule.Classify(Taipei("2025-07-19 09:00:00"), Calendar).Rate.ShouldBeNull(); // no Saturday rows in summer
    }

    [Theory]
    [InlineData("08:00-20:00", "00:00-09:00;20:00-24:00", "overlaps")]
    [InlineData("08:00-20:00", "00:00-07:00;20:00-24:00", "do not cover")]
    [InlineData("08:10-20:00", "00:00-08:10;20:00-24:00", "15-minute")]
    public void UserPlan_WithBadWindows_IsRefused(string peak, string offPeak, string message)
    {
        var csv = $"""
            plan_id,season,day_type,period,time_windows,energy_rate_ntd_per_kwh,voltage
            p,summer,weekday,peak,{peak},6,high
            p,summer,weekday,off_peak,{offPeak},2,high
            """;
        var (plans, problems) = UserTariffPlans.Parse(csv);

        plans.ShouldBeEmpty();
        problems.ShouldContain(p => p.MessageEn.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void UserPlan_WithoutAVoltage_IsRefused()
    {
        var (_, problems) = UserTariffPlans.Parse("plan_id,season,day_type,period,time_windows,energy_rate_ntd_per_kwh\np,summer,,flat,,3\n");

        problems.ShouldContain(p => p.Column == "voltage");
    }
}
