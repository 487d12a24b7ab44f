using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Training;

public sealed partial class TrainingService
{
    /// <summary>The session's registrations: confirmed first, then the wait list in order of arrival, then the cancelled.</summary>
    public async Task<List<TrainingRegistration>> RegistrationsAsync(Guid sessionId, CancellationToken cancellationToken) =>
        !CanRead ? [] : (await db.TrainingRegistrations.AsNoTracking().Where(r => r.SessionId == sessionId).ToListAsync(cancellationToken))
            .OrderBy(r => r.Status switch { RegistrationStatuses.Confirmed => 0, RegistrationStatuses.Waitlisted => 1, _ => 2 })
            .ThenBy(r => r.CreatedAt).ThenBy(r => r.Id).ToList();

    /// <summary>Registers through the staff's own context (a walk-in typed by staff); the public link uses <see cref="TrainingPublic"/>.</summary>
    public async Task<Results<Ok<TrainingRegistration>, ValidationProblem, ProblemHttpResult>> RegisterAsync(Guid sessionId, RegistrationRequest request,
        CancellationToken cancellationToken)
    {
        if (!CanRead)
        {
            return Problems.NotFound();
        }

        return CanWrite ? await SeatBooking.RegisterAsync(db, clock, sessionId, request, cancellationToken) : Problems.ReadOnly();
    }

    /// <summary>Cancels a registration; a seat it held goes to the first on the wait list. Refused once a certificate was issued (revoke that instead).</summary>
    public async Task<ProblemHttpResult?> CancelRegistrationAsync(Guid registrationId, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.TrainingRegistrations.SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken) is not { } registration)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (registration.Status == RegistrationStatuses.Cancelled)
        {
            return null;
        }

        if (await db.TrainingCertificates.AnyAsync(c => c.RegistrationId == registrationId, cancellationToken))
        {
            return Problems.Conflict("此報名已發結訓證書，不能取消；如需作廢請撤銷證書。", "A certificate was issued for this registration; revoke the certificate instead.");
        }

        using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var held = registration.Status == RegistrationStatuses.Confirmed;
            (registration.Status, registration.ActiveEmailKey) = (RegistrationStatuses.Cancelled, null);
            await db.SaveChangesAsync(cancellationToken);
            if (held)
            {
                await SeatBooking.ReleaseSeatAsync(db, registration.SessionId, cancellationToken);
                await SeatBooking.FillFromWaitListAsync(db, registration.SessionId, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return null;
    }

    /// <summary>Changes the seats; never below those already confirmed. More seats go to the wait list at once.</summary>
    public async Task<Results<Ok<TrainingSession>, ValidationProblem, ProblemHttpResult>> SetCapacityAsync(Guid sessionId, int? capacity, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is not { } session)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (capacity is not (>= 1 and <= 10_000))
        {
            return Invalid("capacity", "名額須為 1 到 10,000 的整數。", "Seats must be a whole number from 1 to 10,000.");
        }

        using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var taken = await db.TrainingSessions.Where(s => s.Id == sessionId).Select(s => s.SeatsTaken).SingleAsync(cancellationToken);
            if (capacity < taken)
            {
                return Invalid("capacity", $"已有 {taken} 人正取，名額不能少於 {taken}；請先取消報名。",
                    $"{taken} people already hold a seat; the seats cannot be fewer than {taken}. Cancel registrations first.");
            }

            session.Capacity = capacity.Value;
            await db.SaveChangesAsync(cancellationToken);
            await SeatBooking.FillFromWaitListAsync(db, sessionId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(session);
    }

    /// <summary>One field's message in both languages, as the pages show it next to the field.</summary>
    internal static ValidationProblem Invalid(string field, string chinese, string english)
    {
        var errors = new FieldErrors();
        errors.Add(field, chinese, english);
        return errors.ToResult();
    }
}
