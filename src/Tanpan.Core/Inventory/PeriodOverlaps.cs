namespace Tanpan.Core.Inventory;

/// <summary>
/// The one overlap rule of activity data (hand entry, the month grid, bills, imports and meters alike): an amount
/// overlaps an existing amount of the same source when their <see cref="ActivityPeriod"/>s share a day. Callers pass
/// only the entries of one source; the rule knows nothing of where an amount came from.
/// </summary>
public static class PeriodOverlaps
{
    /// <summary>The keys of the <paramref name="existing"/> periods that share a day with <paramref name="candidate"/>, in the order given.</summary>
    public static IReadOnlyList<TKey> Find<TKey>(IEnumerable<(TKey Key, ActivityPeriod Period)> existing, ActivityPeriod candidate)
    {
        ArgumentNullException.ThrowIfNull(existing);
        return [.. existing.Where(e => e.Period.Overlaps(candidate)).Select(e => e.Key)];
    }

    /// <summary>
    /// The months of the inventory period (<paramref name="start"/>–<paramref name="end"/>) that two or more of
    /// <paramref name="periods"/> cover, with how many cover each: the months counted more than once.
    /// </summary>
    public static IReadOnlyList<(YearMonth Month, int Entries)> CountedTwice(DateOnly start, DateOnly end, IEnumerable<ActivityPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var list = periods.ToList();
        return [.. ReadingReminder.MonthsOf(start, end)
            .Select(m => (Month: m, Entries: list.Count(p => p.Covers(m))))
            .Where(x => x.Entries > 1)];
    }
}
