using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.FollowUps;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.FollowUps;

/// <summary>
/// The schedule across three years on a manual clock (docs/follow-ups.md): a case closed on 2024-06-30 (Taiwan) has its
/// forms due 2025-06-30, 2026-06-30 and 2027-06-30, reporting 2024, 2025 and 2026; each reminder goes once, 30 days
/// before the due day (2025-05-31 …), and once more the day after an unreturned due day. The app's own SMTP client
/// delivers to a loopback SMTP server, so every mail counted here really went out.
/// </summary>
public abstract class FollowUpReminderTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task ThreeYears_OnAManualClock_RemindersOnceEach_OverdueWhenUnreturned()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var app = FollowUpWorld.MailingApp(fixture, smtp);
        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30));

        // The day after closing: scheduled, nothing to send.
        (await SendAsync(app, world, "2024-07-01T09:00:00+08:00")).Sent.ShouldBe(0);
        var scheduled = await world.FollowUpsAsync(fixture);
        scheduled.Select(f => (f.Ordinal, f.DueOn, f.ReportingYear)).ShouldBe([
            (1, new DateOnly(2025, 6, 30), 2024), (2, new DateOnly(2026, 6, 30), 2025), (3, new DateOnly(2027, 6, 30), 2026)]);
        scheduled.ShouldAllBe(f => f.Email == "lin@example.com.tw");

        // 31 days before the first due day: not yet; 30 days before: the first form's reminder, once.
        (await SendAsync(app, world, "2025-05-30T09:00:00+08:00")).Sent.ShouldBe(0);
        (await SendAsync(app, world, "2025-05-31T09:00:00+08:00")).Sent.ShouldBe(1);
        var (to, first) = await smtp.NextAsync();
        to.ShouldBe(["lin@example.com.tw"]);
        first.Subject.ShouldBe("填報提醒：2024 年成效追蹤表，2025-06-30 到期（112 年度中小型製造業低碳輔導計畫）");
        first.TextBody.ShouldNotBeNull().ShouldContain("/follow-up/form?token=");
        (await SendAsync(app, world, "2025-05-31T18:00:00+08:00")).Sent.ShouldBe(0);
        (await SendAsync(app, world, "2025-06-30T23:00:00+08:00")).Sent.ShouldBe(0);   // due today: not late, already reminded
        await StatesAsync(app, world, "2025-06-30T23:00:00+08:00", FollowUpSchedule.Sent, FollowUpSchedule.Scheduled, FollowUpSchedule.Scheduled);

        // The day after: overdue, one overdue reminder, once.
        (await SendAsync(app, world, "2025-07-01T00:30:00+08:00")).Sent.ShouldBe(1);
        (await smtp.NextAsync()).Message.Subject.ShouldStartWith("逾期提醒：2024 年成效追蹤表");
        (await SendAsync(app, world, "2025-08-01T09:00:00+08:00")).Sent.ShouldBe(0);
        await StatesAsync(app, world, "2025-08-01T09:00:00+08:00", FollowUpSchedule.Overdue, FollowUpSchedule.Scheduled, FollowUpSchedule.Scheduled);

        // Year two: reminded, then returned before its due day — no overdue reminder.
        (await SendAsync(app, world, "2026-06-01T09:00:00+08:00")).Sent.ShouldBe(1);
        (await smtp.NextAsync()).Message.Subject.ShouldNotBeNull().ShouldContain("2025 年成效追蹤表，2026-06-30 到期");
        await ReturnAsync(world, scheduled[1].Id, "2026-06-10T09:00:00+08:00");
        (await SendAsync(app, world, "2026-07-01T09:00:00+08:00")).Sent.ShouldBe(0);

        // Year three: a run only after the due day sends the overdue reminder alone.
        (await SendAsync(app, world, "2027-07-02T09:00:00+08:00")).Sent.ShouldBe(1);
        (await smtp.NextAsync()).Message.Subject.ShouldStartWith("逾期提醒：2026 年成效追蹤表");
        (await SendAsync(app, world, "2030-01-01T09:00:00+08:00")).Sent.ShouldBe(0);
        await StatesAsync(app, world, "2030-01-01T09:00:00+08:00", FollowUpSchedule.Overdue, FollowUpSchedule.Returned, FollowUpSchedule.Overdue);
        smtp.TryTake(out _).ShouldBeFalse();   // four mails in three years, no more

        var final = await world.FollowUpsAsync(fixture);
        (final[2].RemindedAt, final[2].OverdueRemindedAt is not null).ShouldBe((null, true));
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendEachReminderOnce()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var app = FollowUpWorld.MailingApp(fixture, smtp);
        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30));
        await SendAsync(app, world, "2024-07-01T09:00:00+08:00");

        app.Clock.Now = DateTimeOffset.Parse("2025-06-01T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.AsAgencyAsync(app, s => s.GetRequiredService<FollowUpDesk>().SendDueRemindersAsync("http://localhost/", default))));

        runs.Sum(r => r!.Sent).ShouldBe(1);
        await smtp.NextAsync();
        smtp.TryTake(out _).ShouldBeFalse();
    }

    [Fact]
    public async Task SendDueReminders_AsViewer_IsRefused_AndSendsNothing()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var app = FollowUpWorld.MailingApp(fixture, smtp);
        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30));
        app.Clock.Now = DateTimeOffset.Parse("2025-06-01T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

        (await world.AsAgencyAsync(app, s => s.GetRequiredService<FollowUpDesk>().SendDueRemindersAsync("http://localhost/", default), MembershipRole.Viewer)).ShouldBeNull();
        (await world.FollowUpsAsync(fixture)).ShouldBeEmpty();   // not even scheduled by a viewer's call
    }

    private static async Task<ReminderRun> SendAsync(Accounts.AccountsApp app, FollowUpWorld world, string at)
    {
        app.Clock.Now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        return (await world.AsAgencyAsync(app, s => s.GetRequiredService<FollowUpDesk>().SendDueRemindersAsync("http://localhost/", default)))!;
    }

    private static async Task StatesAsync(Accounts.AccountsApp app, FollowUpWorld world, string at, params string[] expected)
    {
        app.Clock.Now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        var rows = await world.AsAgencyAsync(app, s => s.GetRequiredService<FollowUpDesk>().ListAsync(default), MembershipRole.Viewer);
        rows.Where(r => r.CaseId == world.CaseId).Select(r => r.State).ShouldBe(expected);
    }

    /// <summary>Marks a follow-up returned as the form would (the form itself is tested in <c>FollowUpFormTests</c>).</summary>
    private async Task ReturnAsync(FollowUpWorld world, Guid id, string at)
    {
        await using var db = fixture.CreateContext(world.Agency);
        var followUp = await db.FollowUps.SingleAsync(f => f.Id == id);
        (followUp.ReturnedAt, followUp.Scope1Tonnes, followUp.Scope2Tonnes) = (DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime(), 1m, 2m);
        await db.SaveChangesAsync();
    }
}
