using Tanpan.Core.Monitoring;
using Tanpan.Core.Tariffs;
using static Tanpan.Core.Tests.Tariffs.TouScheduleTests;

namespace Tanpan.Core.Tests.Monitoring;

public class AnomalyDetectorTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.Shipped;

    // The checked window: Mon 2025-10-06 (中秋節, a holiday) … Mon 2025-10-13; baseline: the 8 weeks before.
    private static readonly long WindowStart = Taipei("2025-10-06 00:00:00");
    private static readonly long WindowEnd = Taipei("2025-10-13 00:00:00");
    private static readonly long SeriesStart = WindowStart - (8 * 7 * 86400L);

    /// <summary>A plant working weekdays 09–17 at 10 kWh a quarter, idle (1 kWh) otherwise and on holidays, ±2.5 % noise.</summary>
    private static (long[] T, double[] Q) Clean()
    {
        var random = new Random(42);
        var t = new List<long>();
        var q = new List<double>();
        for (var end = SeriesStart + 900; end <= WindowEnd; end += 900)
        {
            var begin = end - 900;
            var date = TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(begin));
            var hour = TouSchedule.LocalSlot(begin) / 4;
            var working = Calendar.DayTypeOf(date) == DayType.Weekday && hour is >= 9 and < 17;
            t.Add(end);
            q.Add((working ? 10 : 1) * (1 + (0.05 * (random.NextDouble() - 0.5))));
        }

        return (t.ToArray(), q.ToArray());
    }

    private static IReadOnlyList<MeterAnomaly> Detect((long[] T, double[] Q) s) =>
        AnomalyDetector.Detect(s.T, s.Q, 15, WindowStart, WindowEnd, Calendar);

    private static void Set((long[] T, double[] Q) s, string fromLocal, string toLocal, Func<double, double> change)
    {
        for (var i = 0; i < s.T.Length; i++)
        {
            if (s.T[i] - 900 >= Taipei(fromLocal) && s.T[i] <= Taipei(toLocal))
            {
                s.Q[i] = change(s.Q[i]);
            }
        }
    }

    [Fact]
    public void CleanSeries_HasNoAnomaly()
    {
        Detect(Clean()).ShouldBeEmpty();
    }

    [Fact]
    public void DaytimeSpike_IsHighUse_ForExactlyThoseHours()
    {
        var s = Clean();
        Set(s, "2025-10-08 14:00:00", "2025-10-08 16:00:00", q => q * 2);

        var a = Detect(s).ShouldHaveSingleItem();

        a.Kind.ShouldBe(AnomalyKind.HighUse);
        a.StartUtc.ShouldBe(Taipei("2025-10-08 14:00:00"));
        a.EndUtc.ShouldBe(Taipei("2025-10-08 16:00:00"));
        a.Observed.ShouldBeGreaterThan(a.Threshold);
    }

    [Fact]
    public void NightUse_IsOffHoursUse()
    {
        var s = Clean();
        Set(s, "2025-10-09 01:00:00", "2025-10-09 03:00:00", _ => 8);

        var a = Detect(s).ShouldHaveSingleItem();

        a.Kind.ShouldBe(AnomalyKind.OffHoursUse);
        a.StartUtc.ShouldBe(Taipei("2025-10-09 01:00:00"));
        a.EndUtc.ShouldBe(Taipei("2025-10-09 03:00:00"));
    }

    [Fact]
    public void WorkingOnAHoliday_IsOffHoursUse()
    {
        var s = Clean();
        Set(s, "2025-10-10 10:00:00", "2025-10-10 12:00:00", _ => 10); // National Day, a Friday

        Detect(s).ShouldHaveSingleItem().Kind.ShouldBe(AnomalyKind.OffHoursUse);
    }

    [Fact]
    public void StuckValue_IsFlatLine()
    {
        var s = Clean();
        Set(s, "2025-10-07 00:00:00", "2025-10-07 08:00:00", _ => 1.0);

        var a = Detect(s).ShouldHaveSingleItem();

        a.Kind.ShouldBe(AnomalyKind.FlatLine);
        a.StartUtc.ShouldBe(Taipei("2025-10-07 00:00:00"));
        a.Expected.ShouldBe(32);
    }

    [Fact]
    public void TwoHourGap_IsMissingData()
    {
        var s = Clean();
        var gapFrom = Taipei("2025-10-08 10:00:00");
        var gapTo = Taipei("2025-10-08 12:00:00");
        var keep = s.T.Select((t, i) => (t, i)).Where(x => x.t - 900 < gapFrom || x.t > gapTo).Select(x => x.i).ToArray();

        var found = AnomalyDetector.Detect(keep.Select(i => s.T[i]).ToArray(), keep.Select(i => s.Q[i]).ToArray(), 15, WindowStart, WindowEnd, Calendar);

        var a = found.ShouldHaveSingleItem();
        a.Kind.ShouldBe(AnomalyKind.MissingData);
        (a.StartUtc, a.EndUtc).ShouldBe((gapFrom, gapTo));
        a.Expected.ShouldBe(8);
    }

    [Fact]
    public void NoReadingsAtTheEnd_IsMissingDataUpToTheWindowEnd()
    {
        var s = Clean();
        var cut = Taipei("2025-10-12 18:00:00");
        var keep = s.T.Count(t => t <= cut);

        var a = AnomalyDetector.Detect(s.T.AsSpan(0, keep), s.Q.AsSpan(0, keep), 15, WindowStart, WindowEnd, Calendar).ShouldHaveSingleItem();

        a.Kind.ShouldBe(AnomalyKind.MissingData);
        (a.StartUtc, a.EndUtc).ShouldBe((cut, WindowEnd));
    }

    [Fact]
    public void WindowStartingOffTheHour_StillJudgesWholeClockHours()
    {
        var s = Clean();
        Set(s, "2025-10-08 14:00:00", "2025-10-08 16:00:00", q => q * 2);

        var a = AnomalyDetector.Detect(s.T, s.Q, 15, WindowStart + 1800, WindowEnd, Calendar).ShouldHaveSingleItem();

        (a.Kind, a.StartUtc, a.EndUtc).ShouldBe((AnomalyKind.HighUse, Taipei("2025-10-08 14:00:00"), Taipei("2025-10-08 16:00:00")));
    }
}
