using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure.Mail;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// The reminder mails (docs/follow-ups.md, "Reminders"): for each follow-up with a reminder due, the reminder is first
/// claimed — its time stamped in a save guarded by the row version, so of two runs at once only one wins — then mailed
/// with a fresh <see cref="FollowUpTokens"/> link. A mail that fails un-claims it for the next run. With mail off nothing
/// is claimed; the officer sees each follow-up's link to pass on instead.
/// </summary>
public sealed partial class FollowUpReminders(FollowUpTokens tokens, IMailSender mail, TimeProvider clock, ILogger<FollowUpReminders> log)
{
    public string Link(Guid agency, Guid followUpId, string baseUri) =>
        $"{baseUri.TrimEnd('/')}/follow-up/form?token={Uri.EscapeDataString(tokens.Issue(agency, followUpId))}";

    internal async Task<ReminderRun> SendAsync(AppDbContext db, Guid agency, DateOnly today, int daysBefore, string baseUri, CancellationToken ct)
    {
        if (!mail.Enabled)
        {
            return new(0, 0, MailOff: true);
        }

        var horizon = today.AddDays(daysBefore);
        var open = await db.FollowUps.Where(f => f.ReturnedAt == null && f.DueOn <= horizon && (f.RemindedAt == null || f.OverdueRemindedAt == null))
            .Join(db.ProgrammeCases, f => f.CaseId, c => c.Id, (f, c) => new { f, c.ClientName, c.ProgrammeId })
            .Join(db.Programmes, x => x.ProgrammeId, p => p.Id, (x, p) => new { x.f, x.ClientName, p.TitleZh, p.TitleEn })
            .ToListAsync(ct);
        int sent = 0, failed = 0;
        foreach (var x in open.OrderBy(x => x.f.DueOn).ThenBy(x => x.f.Id))
        {
            if (FollowUpSchedule.ReminderDue(x.f, today, daysBefore) is not { } kind || !await ClaimAsync(db, x.f, kind, ct))
            {
                continue;
            }

            var english = x.f.Culture.StartsWith("en", StringComparison.Ordinal);
            var message = Message(x.f, kind, english, english ? x.TitleEn : x.TitleZh, x.ClientName, Link(agency, x.f.Id, baseUri));
            try
            {
                await mail.SendAsync(message, ct);
                sent++;
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException)
            {
                LogFailed(log, e, x.f.Id);
                failed++;
                await UnclaimAsync(db, x.f, kind, ct);
            }
        }

        return new(sent, failed, MailOff: false);
    }

    private async Task<bool> ClaimAsync(AppDbContext db, FollowUp followUp, ReminderKind kind, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (kind == ReminderKind.Before)
        {
            followUp.RemindedAt = now;
        }
        else
        {
            followUp.OverdueRemindedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run claimed (or the client returned) it since it was read.
            db.Entry(followUp).State = EntityState.Detached;
            return false;
        }
    }

    private static async Task UnclaimAsync(AppDbContext db, FollowUp followUp, ReminderKind kind, CancellationToken ct)
    {
        if (kind == ReminderKind.Before)
        {
            followUp.RemindedAt = null;
        }
        else
        {
            followUp.OverdueRemindedAt = null;
        }

        await db.SaveChangesAsync(ct);
    }

    private static OutgoingMail Message(FollowUp f, ReminderKind kind, bool english, string programme, string client, string link)
    {
        var due = f.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var year = f.ReportingYear.ToString(CultureInfo.InvariantCulture);
        if (english)
        {
            var subject = kind == ReminderKind.Overdue ? $"Overdue: follow-up form {year} ({programme})" : $"Reminder: follow-up form {year} due {due} ({programme})";
            var body = $"{client}\n\nAs a company guided by {programme}, you agreed to return the follow-up form (成效追蹤表) for three years after the guidance. "
                + $"Form {f.Ordinal} of 3 reports {year} and " + (kind == ReminderKind.Overdue ? $"was due on {due}." : $"is due on {due}.")
                + $"\n\nFill it in here (the link works for {FollowUpTokens.Lifetime.Days} days):\n\n{link}\n";
            return new(f.Email, subject, body);
        }

        var zhSubject = kind == ReminderKind.Overdue ? $"逾期提醒：{year} 年成效追蹤表（{programme}）" : $"填報提醒：{year} 年成效追蹤表，{due} 到期（{programme}）";
        var zhBody = $"{client} 您好：\n\n依「{programme}」注意事項，受輔導廠商於計畫結束後 3 年內，有義務配合填報成效追蹤表。"
            + $"第 {f.Ordinal} 份（共 3 份）填報 {year} 年的成效，" + (kind == ReminderKind.Overdue ? $"已於 {due} 到期，尚未收到。" : $"請於 {due} 前填報。")
            + $"\n\n請開啟下列連結填寫（{FollowUpTokens.Lifetime.Days} 日內有效）：\n\n{link}\n";
        return new(f.Email, zhSubject, zhBody);
    }

    [LoggerMessage(Level = LogLevel.Warning, EventId = 2101, Message = "The reminder for follow-up {FollowUp} could not be sent; the next run tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid followUp);
}

/// <summary>What a reminder run did: mails sent, mails that failed (tried again next run), or nothing because mail is off.</summary>
public sealed record ReminderRun(int Sent, int Failed, bool MailOff);
