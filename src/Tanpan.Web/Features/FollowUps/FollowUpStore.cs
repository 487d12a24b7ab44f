using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>Reads and returns one follow-up in the agency's context (the caller has set the agency as the tenant).</summary>
internal static class FollowUpStore
{
    public static async Task<FollowUpView?> ViewAsync(AppDbContext db, Guid id, DateOnly today, CancellationToken ct)
    {
        var found = await db.FollowUps.AsNoTracking().Where(f => f.Id == id)
            .Join(db.ProgrammeCases.AsNoTracking(), f => f.CaseId, c => c.Id, (f, c) => new { f, c })
            .Join(db.Programmes.AsNoTracking(), x => x.c.ProgrammeId, p => p.Id, (x, p) => new { x.f, x.c, p })
            .Join(db.ProgrammeServices.AsNoTracking(), x => x.c.ServiceId, s => s.Id, (x, s) => new { x.f, x.c, x.p, s })
            .Join(db.Organisations.AsNoTracking(), x => x.f.OrganisationId, o => o.Id, (x, o) => new { x.f, x.c, x.p, x.s, Agency = o.Name })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var measures = await db.FollowUpMeasures.AsNoTracking().Where(m => m.FollowUpId == id).OrderBy(m => m.Position).ToListAsync(ct);
        return new(found.f, measures, FollowUpSchedule.StateOf(found.f, today), found.Agency, found.p.Year, found.p.TitleZh, found.p.TitleEn,
            found.s.NameZh, found.s.NameEn, found.c.ClientName, found.c.ApplicationNumber, found.c.ClosedOn);
    }

    /// <summary>
    /// Stores a valid form and marks the follow-up returned, in one save (the follow-up and its measures together);
    /// the errors, with nothing saved, otherwise. A follow-up is returned once: a second return (or one that lost a race
    /// to another) is refused with a form message.
    /// </summary>
    public static async Task<FieldErrors> ReturnAsync(
        AppDbContext db, Guid id, FollowUpInput input, string? prefillSource, Guid? userId, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, ct) is not { } followUp)
        {
            errors.Add("form", "找不到這份成效追蹤表。", "This follow-up form was not found.");
            return errors;
        }

        if (followUp.ReturnedAt is not null)
        {
            errors.Add("form", "這份成效追蹤表已經送出。", "This follow-up form has already been returned.");
            return errors;
        }

        var (answers, invalid) = FollowUpValidator.Read(input, followUp.ReportingYear - 1, followUp.DueOn.Year);
        if (answers is null)
        {
            return invalid;
        }

        db.FollowUpMeasures.AddRange(answers.ApplyTo(followUp));
        (followUp.ReturnedAt, followUp.ReturnedByUserId, followUp.PrefillSource) = (clock.GetUtcNow(), userId, prefillSource);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            errors.Add("form", "這份成效追蹤表已經送出。", "This follow-up form has already been returned.");
        }

        return errors;
    }
}
