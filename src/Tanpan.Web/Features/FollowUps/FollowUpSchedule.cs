using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// When the 成效追蹤表 are due and what they report (docs/follow-ups.md, "Schedule"). Seed 004 注意事項三:
/// 「受輔導廠商於計畫結束後 3 年內，有義務配合工業局填報成效追蹤表」. Reading: the obligation starts when the client's own
/// case closes; one form a year for three years, due on the 1st, 2nd and 3rd anniversary of the closing day (29 February
/// falls on 28 February in common years), each reporting the calendar year before its due date, so the forms line up
/// with the client's yearly inventories.
/// </summary>
public static class FollowUpSchedule
{
    /// <summary>Three yearly forms (注意事項三: 3 年內).</summary>
    public const int Years = 3;

    public const string Scheduled = "scheduled";
    public const string Sent = "sent";
    public const string Overdue = "overdue";
    public const string Returned = "returned";

    /// <summary>The follow-ups of a case closed on <paramref name="closedOn"/>: ordinal, due day and the year reported.</summary>
    public static IReadOnlyList<(int Ordinal, DateOnly DueOn, int ReportingYear)> For(DateOnly closedOn) =>
        [.. Enumerable.Range(1, Years).Select(n => closedOn.AddYears(n)).Select((due, i) => (i + 1, due, due.Year - 1))];

    /// <summary>The state the agency sees: returned; overdue once the due day has passed; sent once reminded; else scheduled.</summary>
    public static string StateOf(FollowUp followUp, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return followUp.ReturnedAt is not null ? Returned
            : today > followUp.DueOn ? Overdue
            : followUp.RemindedAt is not null ? Sent
            : Scheduled;
    }

    /// <summary>The reminder due today, if any: "before" from <paramref name="daysBefore"/> days ahead up to the due day, "overdue" after it; each once.</summary>
    public static ReminderKind? ReminderDue(FollowUp followUp, DateOnly today, int daysBefore)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        if (followUp.ReturnedAt is not null)
        {
            return null;
        }

        if (today > followUp.DueOn)
        {
            return followUp.OverdueRemindedAt is null ? ReminderKind.Overdue : null;
        }

        return followUp.RemindedAt is null && today >= followUp.DueOn.AddDays(-daysBefore) ? ReminderKind.Before : null;
    }
}

/// <summary>Which of a follow-up's two reminders.</summary>
public enum ReminderKind
{
    /// <summary>Sent from <c>FollowUps:ReminderDaysBefore</c> days before the due day.</summary>
    Before,

    /// <summary>Sent once, the first run after the due day has passed unreturned.</summary>
    Overdue,
}
