using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Training;

/// <summary>
/// The agency's training courses and sessions for its staff pages (docs/training.md). The agency is an ordinary
/// organisation: owners and editors manage, viewers read, verifiers see none. Every query goes through the tenant
/// filter, so another organisation's course, session, registration or certificate is simply not found. Nothing is saved
/// unless the whole request is valid.
/// </summary>
public sealed partial class TrainingService(AppDbContext db, TenantContext tenant, TimeProvider clock)
{
    /// <summary>Most days a session may have (the longest tier in the seeds has three).</summary>
    public const int MaxDays = 10;

    public AppDbContext Db => db;

    public bool CanRead => tenant.CanRead();

    public bool CanWrite => tenant.CanWrite();

    public Guid? OrganisationId => tenant.OrganisationId;

    public async Task<List<TrainingCourse>> ListCoursesAsync(CancellationToken cancellationToken) =>
        CanRead ? (await db.TrainingCourses.AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Title, StringComparer.Ordinal).ToList() : [];

    public async Task<TrainingCourse?> FindCourseAsync(Guid id, CancellationToken cancellationToken) =>
        CanRead ? await db.TrainingCourses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) : null;

    public async Task<TrainingSession?> FindSessionAsync(Guid id, CancellationToken cancellationToken) =>
        CanRead ? await db.TrainingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;

    /// <summary>The course's sessions with their days, the earliest first.</summary>
    public async Task<List<(TrainingSession Session, List<TrainingSessionDay> Days)>> SessionsAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (!CanRead)
        {
            return [];
        }

        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.CourseId == courseId).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var days = await db.TrainingSessionDays.AsNoTracking().Where(d => ids.Contains(d.SessionId)).ToListAsync(cancellationToken);
        return sessions.Select(s => (s, days.Where(d => d.SessionId == s.Id).OrderBy(d => d.Day).ToList()))
            .OrderBy(x => x.Item2.FirstOrDefault()?.Date ?? DateOnly.MaxValue).ThenBy(x => x.s.CreatedAt).ToList();
    }

    public async Task<List<TrainingSessionDay>> DaysAsync(Guid sessionId, CancellationToken cancellationToken) =>
        CanRead ? await db.TrainingSessionDays.AsNoTracking().Where(d => d.SessionId == sessionId).OrderBy(d => d.Day).ToListAsync(cancellationToken) : [];

    public async Task<Results<Created<TrainingCourse>, ValidationProblem, ProblemHttpResult>> CreateCourseAsync(CourseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanWrite)
        {
            return CanRead ? Problems.ReadOnly() : Problems.NotFound();
        }

        var errors = new FieldErrors();
        var tier = TrainingTiers.Find(request.TierKey);
        if (tier is null)
        {
            errors.Add("tierKey", "請選擇課程類別。", "Choose the course tier.");
        }

        var title = errors.Text("title", request.Title, 200, required: true);
        var description = errors.Text("description", request.Description, 2000);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var course = new TrainingCourse { Id = Guid.CreateVersion7(), TierKey = tier!.Key, Title = title!, Description = description, CreatedAt = clock.GetUtcNow() };
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/training/courses/{course.Id}", course);
    }

    /// <summary>A session of the course on <c>Days</c> consecutive days from the first (the 種子班's 五/六/日), each of the hours given.</summary>
    public async Task<Results<Created<TrainingSession>, ValidationProblem, ProblemHttpResult>> CreateSessionAsync(Guid courseId, SessionRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CanRead || !await db.TrainingCourses.AnyAsync(c => c.Id == courseId, cancellationToken))
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var errors = new FieldErrors();
        var place = errors.Text("place", request.Place, 200, required: true);
        if (request.FirstDate is null)
        {
            errors.Add("firstDate", "請填寫第一天的日期。", "Enter the first day's date.");
        }

        if (request.Days is not (>= 1 and <= MaxDays))
        {
            errors.Add("days", $"天數須為 1 到 {MaxDays}。", $"The number of days is from 1 to {MaxDays}.");
        }

        if (request.HoursPerDay is not (> 0m and <= 24m))
        {
            errors.Add("hoursPerDay", "每日時數須大於 0 且不超過 24。", "Hours per day must be more than 0 and at most 24.");
        }

        if (request.Capacity is not (>= 1 and <= 10_000))
        {
            errors.Add("capacity", "名額須為 1 到 10,000 的整數。", "Seats must be a whole number from 1 to 10,000.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var session = new TrainingSession { Id = Guid.CreateVersion7(), CourseId = courseId, Place = place!, Capacity = request.Capacity!.Value, CreatedAt = clock.GetUtcNow() };
        db.TrainingSessions.Add(session);
        for (var day = 1; day <= request.Days!.Value; day++)
        {
            db.TrainingSessionDays.Add(new TrainingSessionDay
            {
                Id = Guid.CreateVersion7(), SessionId = session.Id, Day = day, Date = request.FirstDate!.Value.AddDays(day - 1), Hours = request.HoursPerDay!.Value,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/training/sessions/{session.Id}", session);
    }

    /// <summary>Opens or closes registration: a closed session's links register nobody.</summary>
    public async Task<ProblemHttpResult?> SetRegistrationOpenAsync(Guid sessionId, bool open, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is not { } session)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        session.RegistrationOpen = open;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
