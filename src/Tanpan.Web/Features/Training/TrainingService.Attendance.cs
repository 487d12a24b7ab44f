using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Training;

public sealed partial class TrainingService
{
    /// <summary>Records day <paramref name="day"/>'s attendance of every confirmed registration: present when its id is in <paramref name="present"/>.</summary>
    public async Task<ProblemHttpResult?> SaveAttendanceAsync(Guid sessionId, int day, IReadOnlyCollection<Guid> present, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(present);
        if (!CanRead || !await db.TrainingSessionDays.AnyAsync(d => d.SessionId == sessionId && d.Day == day, cancellationToken))
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var confirmed = await db.TrainingRegistrations.Where(r => r.SessionId == sessionId && r.Status == RegistrationStatuses.Confirmed).Select(r => r.Id).ToListAsync(cancellationToken);
        var existing = await db.TrainingAttendances.Where(a => a.Day == day && confirmed.Contains(a.RegistrationId)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var id in confirmed)
        {
            var mark = present.Contains(id);
            if (existing.FirstOrDefault(a => a.RegistrationId == id) is { } row)
            {
                if (row.Present != mark)
                {
                    (row.Present, row.RecordedAt) = (mark, now);
                }
            }
            else
            {
                db.TrainingAttendances.Add(new TrainingAttendance { Id = Guid.CreateVersion7(), RegistrationId = id, Day = day, Present = mark, RecordedAt = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Every confirmed registration of the session with its days present, the tier's completion rule applied, and its certificate.</summary>
    public async Task<List<SessionProgress>> ProgressAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.TrainingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is not { } session)
        {
            return [];
        }

        var tier = await TierOfCourseAsync(session.CourseId, cancellationToken);
        var dayCount = await db.TrainingSessionDays.CountAsync(d => d.SessionId == sessionId, cancellationToken);
        var registrations = (await RegistrationsAsync(sessionId, cancellationToken)).Where(r => r.Status == RegistrationStatuses.Confirmed).ToList();
        var ids = registrations.Select(r => r.Id).ToList();
        var attendance = await db.TrainingAttendances.AsNoTracking().Where(a => a.Present && ids.Contains(a.RegistrationId)).ToListAsync(cancellationToken);
        var certificates = await db.TrainingCertificates.AsNoTracking().Where(c => ids.Contains(c.RegistrationId)).ToListAsync(cancellationToken);
        return registrations.Select(r =>
        {
            var days = attendance.Where(a => a.RegistrationId == r.Id).Select(a => a.Day).ToHashSet();
            return new SessionProgress(r, days, tier.Completion.IsMet(days.Count, dayCount), certificates.SingleOrDefault(c => c.RegistrationId == r.Id));
        }).ToList();
    }

    /// <summary>The days marked present for day <paramref name="day"/> (registration ids).</summary>
    public async Task<HashSet<Guid>> PresentOnAsync(Guid sessionId, int day, CancellationToken cancellationToken) =>
        !CanRead ? [] : (await db.TrainingAttendances.AsNoTracking()
            .Where(a => a.Day == day && a.Present && db.TrainingRegistrations.Any(r => r.Id == a.RegistrationId && r.SessionId == sessionId))
            .Select(a => a.RegistrationId).ToListAsync(cancellationToken)).ToHashSet();

    private async Task<TrainingTier> TierOfCourseAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var key = await db.TrainingCourses.Where(c => c.Id == courseId).Select(c => c.TierKey).SingleAsync(cancellationToken);
        return TrainingTiers.Find(key) ?? throw new InvalidOperationException($"Course tier '{key}' is not in data/training/tiers.json.");
    }
}
