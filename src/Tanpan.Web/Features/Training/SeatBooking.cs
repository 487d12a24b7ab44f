using System.Net.Mail;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Organisations;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Training;

/// <summary>
/// Seats of a session, on a context whose current organisation is the agency. A seat is taken by one conditional
/// UPDATE (<c>SeatsTaken = SeatsTaken + 1 WHERE SeatsTaken &lt; Capacity</c>) in the transaction that inserts the
/// registration: PostgreSQL re-checks the condition on the row it waited for, and SQLite runs one writer at a time
/// (<see cref="SqliteWriteGate"/>), so two people can never both take the last seat. One who finds none is wait-listed,
/// in order of arrival, and gets the next seat that frees (<see cref="FillFromWaitListAsync"/>).
/// </summary>
internal static class SeatBooking
{
    /// <summary>Taiwan's offset (no daylight saving): registration closes when the session's first day begins there.</summary>
    public static readonly TimeSpan TaiwanOffset = TimeSpan.FromHours(8);

    public static async Task<Results<Ok<TrainingRegistration>, ValidationProblem, ProblemHttpResult>> RegisterAsync(AppDbContext db, TimeProvider clock, Guid sessionId,
        RegistrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = await db.TrainingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound();
        }

        if (!session.RegistrationOpen || await HasBegunAsync(db, clock, sessionId, cancellationToken))
        {
            return Problems.Conflict("本場次已截止報名。", "Registration for this session has closed.");
        }

        var errors = new FieldErrors();
        var company = errors.Text("companyName", request.CompanyName, 200, required: true);
        var taxId = TaxId.Normalize(request.TaxId);
        if (string.IsNullOrWhiteSpace(request.TaxId))
        {
            errors.Add("taxId", "此欄位必填。", "This field is required.");
        }
        else if (taxId is null)
        {
            errors.Add("taxId", "統一編號須為 8 位數字且通過檢查碼驗證（財政部規則）。", "The tax id (統一編號) must be 8 digits with a valid check digit (Ministry of Finance rule).");
        }

        var person = errors.Text("personName", request.PersonName, 100, required: true);
        var title = errors.Text("jobTitle", request.JobTitle, 100);
        var email = errors.Text("email", request.Email, 254, required: true);
        if (email is not null && (!MailAddress.TryCreate(email, out var address) || address.Address != email || !address.Host.Contains('.', StringComparison.Ordinal)))
        {
            errors.Add("email", "請填寫有效的 e-mail，例如 name@example.com.tw。", "Enter a valid e-mail address, e.g. name@example.com.tw.");
            email = null;
        }

        var phone = errors.Text("phone", request.Phone, 50, required: true);
        if (phone is not null && (phone.Count(char.IsAsciiDigit) < 6 || phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '#' or ','))))
        {
            errors.Add("phone", "電話只能有數字與 + - ( ) # 等符號，至少 6 位數字，例如 02-2784-4188#5130。",
                "A phone number has digits and + - ( ) # only, at least 6 digits, e.g. 02-2784-4188#5130.");
        }

        var key = email?.ToLowerInvariant();
        if (key is not null && await db.TrainingRegistrations.AnyAsync(r => r.SessionId == sessionId && r.ActiveEmailKey == key, cancellationToken))
        {
            errors.Add("email", "此 e-mail 已報名本場次。", "This e-mail is already registered for this session.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        // The company's Tanpan organisation, when one has this 統一編號 in its profile (the lowest id if several do).
        var linked = await db.Organisations.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(o => o.TaxId == taxId)
            .OrderBy(o => o.Id).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        var registration = new TrainingRegistration
        {
            Id = Guid.CreateVersion7(), SessionId = sessionId, CompanyName = company!, TaxId = taxId!, PersonName = person!, JobTitle = title, Email = email!,
            ActiveEmailKey = key, Phone = phone, Status = RegistrationStatuses.Waitlisted, LinkedOrganisationId = linked, CreatedAt = clock.GetUtcNow(),
        };
        using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var seat = await TakeSeatAsync(db, sessionId, cancellationToken);
            registration.Status = seat ? RegistrationStatuses.Confirmed : RegistrationStatuses.Waitlisted;
            db.TrainingRegistrations.Add(registration);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same e-mail registered at the same moment (the unique index); the seat goes back with the rollback.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return TrainingService.Invalid("email", "此 e-mail 已報名本場次。", "This e-mail is already registered for this session.");
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(registration);
    }

    /// <summary>Wait-listed registrations ahead of this one, plus one (its place in the queue); 0 when it is not waiting.</summary>
    public static async Task<int> WaitListPlaceAsync(AppDbContext db, TrainingRegistration registration, CancellationToken cancellationToken) =>
        registration.Status != RegistrationStatuses.Waitlisted ? 0
            : 1 + (await db.TrainingRegistrations.AsNoTracking().Where(r => r.SessionId == registration.SessionId && r.Status == RegistrationStatuses.Waitlisted)
                .Select(r => new { r.Id, r.CreatedAt }).ToListAsync(cancellationToken))
                .Count(r => r.CreatedAt < registration.CreatedAt || (r.CreatedAt == registration.CreatedAt && r.Id.CompareTo(registration.Id) < 0));

    /// <summary>
    /// Gives free seats to the wait list in order of arrival; inside the caller's transaction (and write turn).
    /// Returns how many were confirmed.
    /// </summary>
    public static async Task<int> FillFromWaitListAsync(AppDbContext db, Guid sessionId, CancellationToken cancellationToken)
    {
        var waiting = (await db.TrainingRegistrations.Where(r => r.SessionId == sessionId && r.Status == RegistrationStatuses.Waitlisted).ToListAsync(cancellationToken))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToList();
        var confirmed = 0;
        foreach (var registration in waiting)
        {
            if (!await TakeSeatAsync(db, sessionId, cancellationToken))
            {
                break;
            }

            registration.Status = RegistrationStatuses.Confirmed;
            confirmed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return confirmed;
    }

    /// <summary>The one statement that takes a seat: true when a seat was free (and is now taken).</summary>
    public static async Task<bool> TakeSeatAsync(AppDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        await db.TrainingSessions.Where(s => s.Id == sessionId && s.SeatsTaken < s.Capacity)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken + 1), cancellationToken) == 1;

    public static Task<int> ReleaseSeatAsync(AppDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.TrainingSessions.Where(s => s.Id == sessionId && s.SeatsTaken > 0)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken - 1), cancellationToken);

    /// <summary>True once the session's first day has begun in Taiwan (registration closes then).</summary>
    public static async Task<bool> HasBegunAsync(AppDbContext db, TimeProvider clock, Guid sessionId, CancellationToken cancellationToken)
    {
        var first = await db.TrainingSessionDays.AsNoTracking().Where(d => d.SessionId == sessionId).OrderBy(d => d.Day).Select(d => (DateOnly?)d.Date).FirstOrDefaultAsync(cancellationToken);
        return first is { } date && DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TaiwanOffset).DateTime) >= date;
    }
}
