using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// Keeps the follow-ups in step with the agency's closed cases (<see cref="FollowUpSchedule.For"/>): a case with a
/// closing day and no follow-ups gets its three, addressed to the application's contact e-mail and the client's Tanpan
/// organisation. Run before every list and reminder run, so no hook in the cases feature is needed; idempotent, and two
/// runs at once cannot both schedule a case (unique case + ordinal: the second save fails and schedules nothing).
/// The schedule is fixed at the first closing; follow-ups already scheduled are not moved.
/// </summary>
internal static class FollowUpScheduler
{
    public static async Task<int> SyncAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var closed = await db.ProgrammeCases.AsNoTracking()
            .Where(c => c.ClosedOn != null && !db.FollowUps.Any(f => f.CaseId == c.Id))
            .Join(db.ProgrammeApplications.AsNoTracking(), c => c.ApplicationId, a => a.Id,
                (c, a) => new { c.Id, c.ClosedOn, c.ClientOrganisationId, a.Email, a.Culture })
            .ToListAsync(ct);
        if (closed.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var added = closed.SelectMany(c => FollowUpSchedule.For(c.ClosedOn!.Value).Select(s => new FollowUp
        {
            Id = Guid.CreateVersion7(), CaseId = c.Id, Ordinal = s.Ordinal, DueOn = s.DueOn, ReportingYear = s.ReportingYear,
            ClientOrganisationId = c.ClientOrganisationId, Email = c.Email, Culture = c.Culture, CreatedAt = now,
        })).ToList();
        db.FollowUps.AddRange(added);
        try
        {
            await db.SaveChangesAsync(ct);
            return added.Count;
        }
        catch (DbUpdateException)
        {
            // Another run scheduled the same case first; its rows stand.
            foreach (var row in added)
            {
                db.Entry(row).State = EntityState.Detached;
            }

            return 0;
        }
    }
}
