using System.Globalization;
using Tanpan.Core.Monitoring;
using Tanpan.Core.Tariffs;
using static Tanpan.Core.Tests.Tariffs.TouScheduleTests;

namespace Tanpan.Core.Tests.Tariffs;

/// <summary>
/// Taipower's off-peak days (離峰日) of the 20251001 tariff table (電價表 114年10月1日, 第五章 四、(四) 註1) against the
/// office calendar: only the holidays the table names are off-peak all day; 補假, 彈性放假 and 補行上班 are not.
/// </summary>
public class TaipowerOffPeakDaysTests
{
    private static readonly HolidayCalendar Taipower = TaipowerOffPeakDays.For("20251001");
    private static readonly TouSchedule HighThreeStage = TouSchedule.Build(TariffLibrary.Shipped.Find("high_voltage_three_stage")!).Schedule!;

    [Theory]
    [InlineData("2025-04-03", DayType.Weekday)]       // Thu 兒童節補假 (office day off): not named → weekday
    [InlineData("2025-09-29", DayType.Weekday)]       // Mon 教師節補假: not named → weekday
    [InlineData("2024-04-05", DayType.Weekday)]       // Fri 兒童節補假
    [InlineData("2023-01-02", DayType.Weekday)]       // Mon 開國紀念日補假
    [InlineData("2023-01-27", DayType.Weekday)]       // Fri 彈性放假 after 初五
    [InlineData("2023-02-27", DayType.Weekday)]       // Mon 彈性放假 before 和平紀念日
    [InlineData("2026-10-26", DayType.Weekday)]       // Mon 光復節補假
    [InlineData("2025-02-08", DayType.Saturday)]      // Sat 補行上班 (office workday): an ordinary Saturday to Taipower
    [InlineData("2023-01-07", DayType.Saturday)]      // Sat 補行上班
    [InlineData("2024-05-01", DayType.SundayHoliday)] // Wed 勞動節: named, although not an office holiday in 2024
    [InlineData("2025-10-10", DayType.SundayHoliday)] // Fri 國慶日
    [InlineData("2025-12-25", DayType.SundayHoliday)] // Thu 行憲紀念日 (named in the 20251001 table)
    [InlineData("2025-01-27", DayType.SundayHoliday)] // Mon 除夕前1日
    [InlineData("2025-05-31", DayType.SundayHoliday)] // Sat 端午節: off-peak all day, not Saturday rates
    [InlineData("2026-02-20", DayType.SundayHoliday)] // Fri 正月初四 (the office calendar calls it 小年夜補假)
    [InlineData("2026-02-21", DayType.SundayHoliday)] // Sat 正月初五
    [InlineData("2027-02-10", DayType.SundayHoliday)] // Wed 正月初五
    [InlineData("2027-02-11", DayType.Weekday)]       // Thu 正月初六
    [InlineData("2026-11-29", DayType.SundayHoliday)] // an ordinary Sunday
    [InlineData("2030-05-01", DayType.Weekday)]       // outside the listed years: plain week only
    public void DayType_IsTaipowersNotTheOfficeCalendars(string date, DayType expected) =>
        Taipower.DayTypeOf(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void ObservedDayOff_2025_09_29_IsPricedAsASummerWeekday()
    {
        // 2025-09-29 (Mon, 教師節補假): high-voltage three-stage summer weekday, 1 kWh per quarter:
        // 24 × 9.39 + 36 × 5.85 + 36 × 2.53 = 225.36 + 210.60 + 91.08 = 527.04 (the office calendar gave 96 × 2.53 = 242.88).
        var start = Taipei("2025-09-29 00:15:00");
        var t = Enumerable.Range(0, 96).Select(i => start + (i * 900L)).ToArray();

        TouCost.Monthly(HighThreeStage, Taipower, t, Enumerable.Repeat(1d, 96).ToArray()).Single().EnergyChargeNtd.ShouldBe(527.04m);
        TouCost.Monthly(HighThreeStage, HolidayCalendar.Shipped, t, Enumerable.Repeat(1d, 96).ToArray()).Single().EnergyChargeNtd.ShouldBe(242.88m);
    }

    [Fact]
    public void LabourDay_2024_IsPricedOffPeakAllDay()
    {
        // 2024-05-01 (Wed, non-summer for high voltage): 96 × 2.32 = 222.72.
        var start = Taipei("2024-05-01 00:15:00");
        var t = Enumerable.Range(0, 96).Select(i => start + (i * 900L)).ToArray();

        var month = TouCost.Monthly(HighThreeStage, Taipower, t, Enumerable.Repeat(1d, 96).ToArray()).Single();

        month.Periods.Single().Period.ShouldBe(TouPeriod.OffPeak);
        month.EnergyChargeNtd.ShouldBe(222.72m);
    }

    [Fact]
    public void LunarDates_AgreeWithTheTaiwanLunisolarCalendar()
    {
        var lunar = new TaiwanLunisolarCalendar();
        DateOnly Solar(int year, int month, int day)
        {
            var rocYear = year - 1911;
            var leap = lunar.GetLeapMonth(rocYear);
            return DateOnly.FromDateTime(lunar.ToDateTime(rocYear, leap > 0 && month >= leap ? month + 1 : month, day, 0, 0, 0, 0));
        }

        for (var year = 2023; year <= 2027; year++)
        {
            var newYear = Solar(year, 1, 1);
            var expected = Enumerable.Range(-2, 7).Select(newYear.AddDays).Append(Solar(year, 5, 5)).Append(Solar(year, 8, 15)).ToList();
            var listed = Taipower.Days.Where(d => d.Date.Year == year && (d.NameZh.Contains("春節", StringComparison.Ordinal)
                || d.NameZh.Contains("端午", StringComparison.Ordinal) || d.NameZh.Contains("中秋", StringComparison.Ordinal))).Select(d => d.Date).Order();
            listed.ShouldBe(expected.Order(), $"{year}");
        }
    }

    [Fact]
    public void EveryListedWeekday_IsAnOfficeHoliday_ExceptWhereTheOfficeCalendarDidNotYetHaveIt()
    {
        // Cross-check of the transcription against data/calendar/tw_holidays.csv (2023–2026): a named day on Mon–Fri is a day
        // off there too, except 勞動節 before 2026 and 教師節 / 光復節 / 行憲紀念日 before 2025 (not office holidays then).
        var office = HolidayCalendar.Shipped;
        foreach (var day in Taipower.Days.Where(d => d.Date.Year <= 2026 && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
        {
            var notYetOffice = (day.Date.Year < 2026 && day.NameZh == "勞動節")
                || (day.Date.Year < 2025 && day.NameZh is "教師節" or "臺灣光復紀念日" or "行憲紀念日");
            office.IsHoliday(day.Date).ShouldBe(!notYetOffice, $"{day.Date} {day.NameZh}");
        }
    }

    [Fact]
    public void EachYear_HasEighteenListedDays_SeventeenWhenTombSweepingFallsOnChildrensDay()
    {
        for (var year = 2023; year <= 2027; year++)
        {
            // 1/1, 7 Spring Festival days, 2/28, 4/4, 清明, 5/1, 端午, 中秋, 9/28, 10/10, 10/25, 12/25 = 18 days, or 17 when 清明 is 4/4.
            var count = Taipower.Days.Count(d => d.Date.Year == year);
            count.ShouldBe(year is 2024 or 2025 ? 17 : 18, $"{year}");
        }
    }

    [Fact]
    public void SeedAndUserPlanVersions_UseTheCurrentList()
    {
        TaipowerOffPeakDays.Versions.ShouldBe(["20251001"]);
        TaipowerOffPeakDays.ListVersionFor("2023-04").ShouldBe("20251001");
        TaipowerOffPeakDays.For(TariffLibrary.Shipped.Find("three_stage_2023_example")!).ShouldBeSameAs(Taipower);
    }
}
