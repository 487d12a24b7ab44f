using System.Globalization;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Time;

namespace Tanpan.Core.Tests.Time;

public class TaipeiTimeTests
{
    /// <summary>2025-12-31T16:15Z is 2026-01-01 00:15 in Taipei: eight hours ahead, across the new year.</summary>
    [Fact]
    public void Of_UtcInstant_EightHoursAheadWithTaipeisOffset()
    {
        var taipei = TaipeiTime.Of(new DateTimeOffset(2025, 12, 31, 16, 15, 0, TimeSpan.Zero));

        (taipei.Year, taipei.Month, taipei.Day, taipei.Hour, taipei.Minute).ShouldBe((2026, 1, 1, 0, 15));
        taipei.Offset.ShouldBe(TimeSpan.FromHours(8));
    }

    /// <summary>2025-01-01T00:15:00+08:00 is Unix 1735661700 (= 2024-12-31T16:15:00Z), the figure the reading-batch tests use.</summary>
    [Fact]
    public void At_LocalWallTime_IsTheInstantTaipeiShowsIt()
    {
        TaipeiTime.At(new DateTime(2025, 1, 1, 0, 15, 0)).ToUnixTimeSeconds().ShouldBe(1_735_661_700);
        TaipeiTime.At(new DateTime(2025, 1, 1, 0, 15, 0, DateTimeKind.Utc)).ToUnixTimeSeconds().ShouldBe(1_735_661_700);
        TaipeiTime.OfUnixSeconds(1_735_661_700).ShouldBe(new DateTimeOffset(2025, 1, 1, 0, 15, 0, TimeSpan.FromHours(8)));
    }

    /// <summary>No daylight saving: the offset is +08:00 in every month of the years the application handles.</summary>
    [Theory]
    [InlineData(1990)]
    [InlineData(2024)]
    [InlineData(2030)]
    public void Zone_EveryMonth_UtcPlus8(int year)
    {
        foreach (var month in Enumerable.Range(1, 12))
        {
            TaipeiTime.Zone.GetUtcOffset(new DateTime(year, month, 15, 12, 0, 0, DateTimeKind.Unspecified)).ShouldBe(TaipeiTime.Offset, $"{year}-{month}");
        }

        TaipeiTime.OffsetSeconds.ShouldBe(28_800);
    }

    /// <summary>At 2026-03-31T16:00Z it is already April 1st in Taipei; a second earlier it is still March 31st.</summary>
    [Fact]
    public void Today_AroundTaipeiMidnight_TaipeisDate()
    {
        TaipeiTime.Today(new FixedClock(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero))).ShouldBe(new DateOnly(2026, 4, 1));
        TaipeiTime.Today(new FixedClock(new DateTimeOffset(2026, 3, 31, 15, 59, 59, TimeSpan.Zero))).ShouldBe(new DateOnly(2026, 3, 31));
    }

    [Fact]
    public void Format_CurrentCulture_TaipeiTimeToTheSecond()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            TaipeiTime.Format(new DateTimeOffset(2026, 11, 22, 10, 30, 5, TimeSpan.Zero)).ShouldBe("11/22/2026 18:30:05");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>The schedule's day arithmetic on Unix seconds and the zone agree (local day 0 = 1970-01-01 in Taipei).</summary>
    [Fact]
    public void OffsetSeconds_AgreesWithTheZoneForTouScheduleDays()
    {
        var instant = new DateTimeOffset(2025, 7, 15, 23, 59, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();

        TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(instant)).ShouldBe(DateOnly.FromDateTime(TaipeiTime.OfUnixSeconds(instant).DateTime));
        TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(instant + 60)).ShouldBe(new DateOnly(2025, 7, 16));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
