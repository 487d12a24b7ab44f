namespace Tanpan.Core.Inventory;

/// <summary>
/// The reading reminder (閱讀提醒, seed 001's calculator): the months of an inventory period for which a source has
/// no activity data yet. An entry for a whole year (month null) covers every month of that year.
/// </summary>
public static class ReadingReminder
{
    /// <summary>The (year, month) pairs from the month of <paramref name="start"/> to that of <paramref name="end"/>, in order; empty when end is before start.</summary>
    public static IReadOnlyList<YearMonth> MonthsOf(DateOnly start, DateOnly end)
    {
        var months = new List<YearMonth>();
        for (var m = new DateOnly(start.Year, start.Month, 1); m <= end; m = m.AddMonths(1))
        {
            months.Add(new YearMonth(m.Year, m.Month));
        }

        return months;
    }

    /// <summary>The months of the period that no entry covers.</summary>
    /// <param name="start">First day of the inventory period.</param>
    /// <param name="end">Last day of the inventory period.</param>
    /// <param name="entries">The source's entries: year and month (1–12), or year and null for the whole year.</param>
    public static IReadOnlyList<YearMonth> MissingMonths(DateOnly start, DateOnly end, IEnumerable<(int Year, int? Month)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var wholeYears = list.Where(e => e.Month is null).Select(e => e.Year).ToHashSet();
        var months = list.Where(e => e.Month is not null).Select(e => new YearMonth(e.Year, e.Month!.Value)).ToHashSet();
        return MonthsOf(start, end).Where(m => !wholeYears.Contains(m.Year) && !months.Contains(m)).ToList();
    }

    /// <summary>The months of the period that no <paramref name="periods"/> covers (a period covers a month when it has a day in it: bills across months).</summary>
    public static IReadOnlyList<YearMonth> MissingMonthsOf(DateOnly start, DateOnly end, IEnumerable<ActivityPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var list = periods.ToList();
        return [.. MonthsOf(start, end).Where(m => !list.Any(p => p.Covers(m)))];
    }
}
