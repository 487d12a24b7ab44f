using Tanpan.Core.Inventory;

namespace Tanpan.Core.Tests.Inventory;

public class ReadingReminderTests
{
    private static readonly DateOnly January = new(2024, 1, 1);
    private static readonly DateOnly December = new(2024, 12, 31);

    [Fact]
    public void MissingMonths_NoEntries_IsEveryMonthOfTheYear()
    {
        var missing = ReadingReminder.MissingMonths(January, December, []);

        missing.Select(m => m.Month).ShouldBe(Enumerable.Range(1, 12));
        missing.ShouldAllBe(m => m.Year == 2024);
    }

    [Fact]
    public void MissingMonths_SomeMonthsEntered_AreLeftOut()
    {
        var missing = ReadingReminder.MissingMonths(January, December, [(2024, 1), (2024, 2), (2024, 2), (2024, 12)]);

        missing.Select(m => m.Month).ShouldBe([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    }

    [Fact]
    public void MissingMonths_WholeYearEntry_CoversEveryMonth()
    {
        ReadingReminder.MissingMonths(January, December, [(2024, null)]).ShouldBeEmpty();
    }

    [Fact]
    public void MissingMonths_EntriesOfAnotherYear_CoverNothing()
    {
        ReadingReminder.MissingMonths(January, December, [(2023, null), (2025, 1)]).Count.ShouldBe(12);
    }

    [Fact]
    public void MissingMonths_PartialPeriod_OnlyItsMonths()
    {
        var missing = ReadingReminder.MissingMonths(new DateOnly(2024, 3, 15), new DateOnly(2024, 6, 1), [(2024, 4)]);

        missing.ShouldBe([new YearMonth(2024, 3), new YearMonth(2024, 5), new YearMonth(2024, 6)]);
    }

    [Fact]
    public void MissingMonths_PeriodAcrossYears_WholeYearCoversOnlyItsYear()
    {
        var missing = ReadingReminder.MissingMonths(new DateOnly(2023, 11, 1), new DateOnly(2024, 2, 29), [(2024, null)]);

        missing.ShouldBe([new YearMonth(2023, 11), new YearMonth(2023, 12)]);
    }

    [Fact]
    public void MonthsOf_EndBeforeStart_IsEmpty()
    {
        ReadingReminder.MonthsOf(December, January).ShouldBeEmpty();
    }
}
