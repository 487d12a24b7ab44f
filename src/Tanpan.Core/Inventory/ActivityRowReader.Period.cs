namespace Tanpan.Core.Inventory;

/// <summary>The bill-period step: the period_from/period_to pair, and the month a bill is booked under.</summary>
public sealed partial class ActivityRowReader
{
    /// <summary>
    /// The bill period of the row (period_from, period_to, both inclusive), null when neither is given; a half-given,
    /// unreadable, reversed or over-long period is an issue.
    /// </summary>
    private static BillPeriod? ReadPeriod(RawActivityRecord raw, List<ActivityIssue> issues)
    {
        var fromText = Optional(raw, ActivityColumn.PeriodFrom);
        var toText = Optional(raw, ActivityColumn.PeriodTo);
        if (fromText is null && toText is null)
        {
            return null;
        }

        var before = issues.Count;
        DateOnly from = default, to = default;
        foreach (var (column, text) in new[] { (ActivityColumn.PeriodFrom, fromText), (ActivityColumn.PeriodTo, toText) })
        {
            if (text is null)
            {
                Fail(issues, raw.Line, column, $"計費期間須同時填寫起日與迄日（缺少{ActivityColumns.NameZh(column)}）",
                    $"a bill period needs both dates ({ActivityColumns.Key(column)} is empty)");
            }
            else if (!TryParseDate(text, out var date))
            {
                Fail(issues, raw.Line, column, $"日期「{text}」無效（例：2024-12-16 或民國 113/12/16）", $"date '{text}' is not valid (e.g. 2024-12-16 or ROC 113/12/16)");
            }
            else if (column == ActivityColumn.PeriodFrom)
            {
                from = date;
            }
            else
            {
                to = date;
            }
        }

        if (issues.Count > before)
        {
            return null;
        }

        var period = new BillPeriod(from, to);
        if (to < from || period.Days > BillPeriod.MaxDays)
        {
            Fail(issues, raw.Line, ActivityColumn.PeriodTo, $"計費期間 {from:yyyy-MM-dd}–{to:yyyy-MM-dd} 無效（迄日不可早於起日，且不超過 {BillPeriod.MaxDays} 日）",
                $"bill period {from:yyyy-MM-dd}–{to:yyyy-MM-dd} is not valid (it must not end before it starts or last more than {BillPeriod.MaxDays} days)");
            return null;
        }

        return period;
    }

    /// <summary>
    /// The bill is booked under the month of its last day; a year or month typed beside the period must say the same.
    /// Returns the year and month the row is booked under.
    /// </summary>
    private static (int Year, int? Month) BookUnderLastDay(int line, BillPeriod period, string? yearText, int year, int? month, List<ActivityIssue> issues)
    {
        if ((yearText is not null && year != period.To.Year) || (month is not null && month != period.To.Month))
        {
            Fail(issues, line, ActivityColumn.Year, $"年度／月份須為計費期間迄日 {period.To:yyyy-MM-dd} 的年月（或留空）",
                $"year/month must be those of the bill's last day {period.To:yyyy-MM-dd} (or empty)");
        }

        return (period.To.Year, period.To.Month);
    }
}
