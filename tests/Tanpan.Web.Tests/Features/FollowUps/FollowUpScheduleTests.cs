using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.FollowUps;

namespace Tanpan.Web.Tests.Features.FollowUps;

/// <summary>
/// The schedule's rules by hand (docs/follow-ups.md, "Schedule"; seed 004 注意事項三, 3 年內): three forms, due on the
/// anniversaries of the closing day, each reporting the calendar year before its due day; one reminder from 30 days
/// before the due day, one once it has passed.
/// </summary>
public sealed class FollowUpScheduleTests
{
    [Fact]
    public void For_ClosedOn20231130_DueOnTheThreeAnniversaries_Reporting2023To2025()
    {
        FollowUpSchedule.For(new DateOnly(2023, 11, 30)).ShouldBe([
            (1, new DateOnly(2024, 11, 30), 2023), (2, new DateOnly(2025, 11, 30), 2024), (3, new DateOnly(2026, 11, 30), 2025)]);
    }

    [Fact]
    public void For_ClosedOnLeapDay_FallsOn28FebruaryInCommonYears()
    {
        FollowUpSchedule.For(new DateOnly(2024, 2, 29)).Select(s => s.DueOn).ShouldBe([new DateOnly(2025, 2, 28), new DateOnly(2026, 2, 28), new DateOnly(2027, 2, 28)]);
    }

    [Theory]
    [InlineData("2025-05-30", null)]         // 31 days before 2025-06-30: not yet
    [InlineData("2025-05-31", "Before")]     // 30 days before
    [InlineData("2025-06-30", "Before")]     // the due day itself is not late
    [InlineData("2025-07-01", "Overdue")]    // the day after
    public void ReminderDue_AroundTheDueDay(string today, string? expected)
    {
        var followUp = New(new DateOnly(2025, 6, 30));

        var due = FollowUpSchedule.ReminderDue(followUp, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 30);

        (due?.ToString()).ShouldBe(expected);
    }

    [Fact]
    public void ReminderDue_EachOnce_AndNoneOnceReturned()
    {
        var followUp = New(new DateOnly(2025, 6, 30));
        followUp.RemindedAt = Data.Support.Seed.Time;
        FollowUpSchedule.ReminderDue(followUp, new DateOnly(2025, 6, 1), 30).ShouldBeNull();
        FollowUpSchedule.ReminderDue(followUp, new DateOnly(2025, 7, 1), 30).ShouldBe(ReminderKind.Overdue);
        followUp.OverdueRemindedAt = Data.Support.Seed.Time;
        FollowUpSchedule.ReminderDue(followUp, new DateOnly(2025, 8, 1), 30).ShouldBeNull();

        var returned = New(new DateOnly(2025, 6, 30));
        returned.ReturnedAt = Data.Support.Seed.Time;
        FollowUpSchedule.ReminderDue(returned, new DateOnly(2025, 7, 1), 30).ShouldBeNull();
        FollowUpSchedule.StateOf(returned, new DateOnly(2025, 7, 1)).ShouldBe(FollowUpSchedule.Returned);
    }

    [Theory]
    [InlineData("2025-05-01", false, FollowUpSchedule.Scheduled)]
    [InlineData("2025-06-01", true, FollowUpSchedule.Sent)]
    [InlineData("2025-06-30", true, FollowUpSchedule.Sent)]
    [InlineData("2025-07-01", true, FollowUpSchedule.Overdue)]
    [InlineData("2025-07-01", false, FollowUpSchedule.Overdue)]
    public void StateOf_ByDayAndReminder(string today, bool reminded, string expected)
    {
        var followUp = New(new DateOnly(2025, 6, 30));
        followUp.RemindedAt = reminded ? Data.Support.Seed.Time : null;

        FollowUpSchedule.StateOf(followUp, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    private static FollowUp New(DateOnly due) => new() { Id = Guid.CreateVersion7(), DueOn = due, ReportingYear = due.Year - 1, Email = "x@example.tw", Culture = "zh-TW" };
}
