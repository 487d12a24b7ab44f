using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// The agency's side of the 成效追蹤表 (docs/follow-ups.md): the schedule kept in step with closed cases, the list per
/// programme and case with its counts, a returned form, and the reminders. Readers (owner, editor, viewer) read; owners
/// and editors send reminders. Works in the current organisation (the agency) only.
/// </summary>
public sealed class FollowUpDesk(AppDbContext db, TenantContext tenant, TimeProvider clock, FollowUpReminders reminders, IOptions<FollowUpOptions> options)
{
    public bool CanRead => tenant.CanRead();

    public bool CanSend => tenant.CanWrite();

    /// <summary>Today in Taiwan (Asia/Taipei, UTC+8 with no daylight saving): due days and overdue are counted in it.</summary>
    public DateOnly Today => TaipeiDay(clock.GetUtcNow());

    public static DateOnly TaipeiDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Every follow-up of the agency with its case and programme, the schedule first brought up to date.</summary>
    public async Task<List<FollowUpRow>> ListAsync(CancellationToken ct)
    {
        if (!CanRead)
        {
            return [];
        }

        await FollowUpScheduler.SyncAsync(db, clock, ct);
        var today = Today;
        var rows = await db.FollowUps.AsNoTracking()
            .Join(db.ProgrammeCases.AsNoTracking(), f => f.CaseId, c => c.Id, (f, c) => new { f, c })
            .Join(db.Programmes.AsNoTracking(), x => x.c.ProgrammeId, p => p.Id, (x, p) => new { x.f, x.c, p })
            .Join(db.ProgrammeServices.AsNoTracking(), x => x.c.ServiceId, s => s.Id, (x, s) => new { x.f, x.c, x.p, s })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(x => x.p.Year).ThenBy(x => x.p.TitleZh).ThenBy(x => x.c.ApplicationNumber).ThenBy(x => x.c.ClientName).ThenBy(x => x.f.Ordinal)
            .Select(x => new FollowUpRow(x.f, FollowUpSchedule.StateOf(x.f, today), x.p.Id, x.p.Year, x.p.TitleZh, x.p.TitleEn, x.c.Id, x.c.ClientName,
                x.c.ApplicationNumber, x.s.NameZh, x.s.NameEn, x.c.ClosedOn))];
    }

    /// <summary>One follow-up with its measures, for the officer; null when it is not this agency's.</summary>
    public async Task<FollowUpView?> FindAsync(Guid id, CancellationToken ct) =>
        CanRead ? await FollowUpStore.ViewAsync(db, id, Today, ct) : null;

    /// <summary>
    /// Sends the reminders due today (<see cref="FollowUpSchedule.ReminderDue"/>), each once; the links point at
    /// <paramref name="baseUri"/>. Null when the caller may not send.
    /// </summary>
    public async Task<ReminderRun?> SendDueRemindersAsync(string baseUri, CancellationToken ct)
    {
        if (!CanSend || tenant.OrganisationId is not Guid agency)
        {
            return null;
        }

        await FollowUpScheduler.SyncAsync(db, clock, ct);
        return await reminders.SendAsync(db, agency, Today, options.Value.ReminderDaysBefore, baseUri, ct);
    }
}

/// <summary>A follow-up as the agency's list shows it.</summary>
public sealed record FollowUpRow(
    FollowUp FollowUp, string State, Guid ProgrammeId, int ProgrammeYear, string ProgrammeZh, string ProgrammeEn, Guid CaseId, string ClientName,
    int? ApplicationNumber, string ServiceZh, string ServiceEn, DateOnly? ClosedOn);
