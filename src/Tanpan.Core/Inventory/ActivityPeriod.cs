namespace Tanpan.Core.Inventory;

/// <summary>
/// The days an activity amount covers, first and last day inclusive: a month (a monthly entry), a bill's dates, or a
/// calendar year (an entry whose month is empty). Two amounts of the same source whose periods share a day count the
/// same energy twice unless the user says otherwise (<see cref="PeriodOverlaps"/>).
/// </summary>
/// <param name="First">First day covered.</param>
/// <param name="Last">Last day covered; never before <paramref name="First"/>.</param>
public readonly record struct ActivityPeriod(DateOnly First, DateOnly Last)
{
    /// <summary>A bill's dates (or any span); <paramref name="last"/> must not be before <paramref name="first"/>.</summary>
    public static ActivityPeriod Between(DateOnly first, DateOnly last) =>
        last < first ? throw new ArgumentOutOfRangeException(nameof(last), "The last day is before the first.") : new(first, last);

    /// <summary>A month (1–12) of <paramref name="year"/>, or the whole calendar year when <paramref name="month"/> is null — how entries are stored.</summary>
    public static ActivityPeriod Of(int year, int? month)
    {
        if (month is null)
        {
            return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var first = new DateOnly(year, month.Value, 1);
        return new(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>True when the two periods share at least one day.</summary>
    public bool Overlaps(ActivityPeriod other) => First <= other.Last && other.First <= Last;

    /// <summary>True when <paramref name="month"/> has at least one day inside this period.</summary>
    public bool Covers(YearMonth month) => Overlaps(Of(month.Year, month.Month));

    /// <summary>The period as a bill writes it: <c>2024-03</c> for a month, <c>2024</c> for a calendar year, else <c>2024-03-05–2024-04-04</c>.</summary>
    public override string ToString()
    {
        if (First.Day == 1 && Last == First.AddMonths(1).AddDays(-1))
        {
            return First.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }

        return First is { Month: 1, Day: 1 } && Last == new DateOnly(First.Year, 12, 31)
            ? First.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{First:yyyy-MM-dd}–{Last:yyyy-MM-dd}");
    }
}
