using Tanpan.Core.Inventory;

namespace Tanpan.Core.Tests.Inventory;

/// <summary>The one overlap rule: periods of the same source that share a day count the same energy twice.</summary>
public sealed class PeriodOverlapsTests
{
    [Theory]
    [InlineData(2024, 3, "2024-03-01", "2024-03-31", "2024-03")]
    [InlineData(2024, 2, "2024-02-01", "2024-02-29", "2024-02")]   // leap year
    [InlineData(2023, 2, "2023-02-01", "2023-02-28", "2023-02")]
    [InlineData(2024, null, "2024-01-01", "2024-12-31", "2024")]
    public void Of_MonthOrYear_CoversItsDays(int year, int? month, string first, string last, string shown)
    {
        var period = ActivityPeriod.Of(year, month);

        (period.First, period.Last).ShouldBe((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
        period.ToString().ShouldBe(shown);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-12-31", "2024-03-01", "2024-03-31", true)]    // a year and one of its months
    [InlineData("2024-03-01", "2024-03-31", "2024-04-01", "2024-04-30", false)]   // consecutive months
    [InlineData("2024-03-05", "2024-04-04", "2024-04-01", "2024-04-30", true)]    // a bill across months and the next month
    [InlineData("2024-03-05", "2024-04-04", "2024-04-04", "2024-05-03", true)]    // bills sharing one day
    [InlineData("2024-03-05", "2024-04-04", "2024-04-05", "2024-05-04", false)]   // consecutive bills
    [InlineData("2023-01-01", "2023-12-31", "2024-01-01", "2024-01-31", false)]
    public void Overlaps_SharedDay_IsSymmetric(string a1, string a2, string b1, string b2, bool expected)
    {
        var a = ActivityPeriod.Between(D(a1), D(a2));
        var b = ActivityPeriod.Between(D(b1), D(b2));

        (a.Overlaps(b), b.Overlaps(a)).ShouldBe((expected, expected));
    }

    [Fact]
    public void Between_LastBeforeFirst_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ActivityPeriod.Between(D("2024-03-02"), D("2024-03-01")));

    [Fact]
    public void Find_YearOverTwoTypedMonths_NamesBoth()
    {
        (string, ActivityPeriod)[] stored = [("jan", ActivityPeriod.Of(2021, 1)), ("feb", ActivityPeriod.Of(2021, 2)), ("2020", ActivityPeriod.Of(2020, null))];

        PeriodOverlaps.Find(stored, ActivityPeriod.Of(2021, null)).ShouldBe(["jan", "feb"]);
        PeriodOverlaps.Find(stored, ActivityPeriod.Of(2021, 3)).ShouldBeEmpty();
    }

    [Fact]
    public void CountedTwice_TypedMonthsAndTheYear_ListsTheTypedMonthsWithTwoEntries()
    {
        var counted = PeriodOverlaps.CountedTwice(D("2021-01-01"), D("2021-12-31"),
            [ActivityPeriod.Of(2021, 1), ActivityPeriod.Of(2021, 2), ActivityPeriod.Of(2021, null)]);

        counted.ShouldBe([(new YearMonth(2021, 1), 2), (new YearMonth(2021, 2), 2)]);
    }

    [Fact]
    public void MissingMonths_BillAcrossMonths_CoversBoth()
    {
        var missing = ReadingReminder.MissingMonthsOf(D("2024-01-01"), D("2024-04-30"), [ActivityPeriod.Between(D("2024-01-15"), D("2024-02-14"))]);

        missing.ShouldBe([new YearMonth(2024, 3), new YearMonth(2024, 4)]);
    }

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
