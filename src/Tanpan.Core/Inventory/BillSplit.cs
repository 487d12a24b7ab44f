namespace Tanpan.Core.Inventory;

/// <summary>
/// Splits a bill whose period crosses 31 December into one part per calendar year, in proportion to the days of
/// each year in the period (both ends inclusive, <see cref="BillPeriod"/>). Decimal-exact: every part is the exact
/// share rounded down to thousandths of the bill's unit (or to the bill's own decimals if it has more), and the
/// thousandths left over go one each to the parts with the largest dropped remainder (the largest-remainder method;
/// on a tie the earlier part). So the parts always sum to the bill amount exactly, and no part is more than one
/// thousandth away from its exact share. Worked example: 2024-12-16..2025-01-15, 3,100 度 → 31 days, 16 in 2024
/// (1,600 度, booked in December) and 15 in 2025 (1,500 度, booked in January).
/// </summary>
public static class BillSplit
{
    /// <summary>Decimals every part keeps at least: thousandths of the unit typed (L, 度, m³ …).</summary>
    public const int MinScale = 3;

    /// <summary>Appended to a part's 資訊取得方式 so the grade and the trace say it was allocated (DataSourceMethods reads it).</summary>
    public const string Marker = "〔跨年按日分攤";

    /// <summary>The parts of a bill, one per calendar year, earliest first; a bill inside one year is one part equal to it.</summary>
    public static IReadOnlyList<BillPart> Split(BillPeriod period, decimal amount)
    {
        if (period.To < period.From)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The period ends before it starts.");
        }

        var spans = new List<(DateOnly From, DateOnly To)>();
        for (var year = period.From.Year; year <= period.To.Year; year++)
        {
            var from = year == period.From.Year ? period.From : new DateOnly(year, 1, 1);
            var to = year == period.To.Year ? period.To : new DateOnly(year, 12, 31);
            spans.Add((from, to));
        }

        var total = period.Days;
        var shares = Apportion(amount, spans.Select(s => s.To.DayNumber - s.From.DayNumber + 1).ToList(), total);
        return spans.Select((s, i) => new BillPart(s.From.Year, s.To.Month, s.From, s.To, s.To.DayNumber - s.From.DayNumber + 1, period, amount, shares[i])).ToList();
    }

    /// <summary>
    /// The row as one row per calendar year of its bill period, each marked in its data source; the row itself when it
    /// has no period or the period lies inside one year.
    /// </summary>
    public static IReadOnlyList<ActivityRow> Expand(ActivityRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Period is not { CrossesYear: true } period)
        {
            return [row];
        }

        return Split(period, row.Amount)
            .Select(p => row with { Amount = p.Amount, Year = p.Year, Month = p.Month, Part = p, DataSource = Mark(row.DataSource, p) })
            .ToList();
    }

    /// <summary>The data-source text of a part: the bill's own text, then <see cref="Marker"/> with the days, e.g. "電費單〔跨年按日分攤 16/31 日〕".</summary>
    public static string Mark(string? dataSource, BillPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return $"{dataSource?.Trim()}{Marker} {part.Days}/{part.Bill.Days} 日〕";
    }

    /// <summary>Splits <paramref name="amount"/> in proportion to <paramref name="days"/> out of <paramref name="total"/>, summing exactly to it.</summary>
    private static decimal[] Apportion(decimal amount, List<int> days, int total)
    {
        var sign = amount < 0 ? -1m : 1m;
        var whole = Math.Abs(amount);
        var scale = Math.Max(MinScale, (int)whole.Scale);
        var unit = 1m / Pow10(scale);
        var parts = new decimal[days.Count];
        var remainders = new decimal[days.Count];
        for (var i = 0; i < days.Count; i++)
        {
            var exact = whole * days[i] / total;
            parts[i] = Math.Round(exact, scale, MidpointRounding.ToZero);
            remainders[i] = exact - parts[i];
        }

        var left = (int)((whole - parts.Sum()) / unit);
        foreach (var i in Enumerable.Range(0, days.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(left))
        {
            parts[i] += unit;
        }

        return parts.Select(p => sign * p).ToArray();
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
