using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Training;

public sealed partial class TrainingService
{
    public async Task<TrainingCertificate?> FindCertificateAsync(Guid id, CancellationToken cancellationToken) =>
        CanRead ? await db.TrainingCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) : null;

    /// <summary>The session a certificate was issued in (through its registration).</summary>
    public async Task<Guid?> SessionOfCertificateAsync(TrainingCertificate certificate, CancellationToken cancellationToken) =>
        await db.TrainingRegistrations.Where(r => r.Id == certificate.RegistrationId).Select(r => (Guid?)r.SessionId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Issues a certificate to every confirmed registration that met the tier's completion rule and has none yet, numbered
    /// on from the agency's last number of that course year and tier (<see cref="CertificateNumbers"/>). Two issuings at
    /// once cannot share a number: the number is unique per agency, and the loser retries with the next.
    /// </summary>
    public async Task<Results<Ok<List<TrainingCertificate>>, ProblemHttpResult>> IssueCertificatesAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.TrainingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is not { } session)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var course = await db.TrainingCourses.AsNoTracking().SingleAsync(c => c.Id == session.CourseId, cancellationToken);
        var tier = TrainingTiers.Find(course.TierKey)!;
        var lastDay = await db.TrainingSessionDays.Where(d => d.SessionId == sessionId).MaxAsync(d => d.Date, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var due = (await ProgressAsync(sessionId, cancellationToken)).Where(p => p.Completed && p.Certificate is null).Select(p => p.Registration).ToList();
            if (due.Count == 0)
            {
                return TypedResults.Ok(new List<TrainingCertificate>());
            }

            using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var last = await db.TrainingCertificates.Where(c => c.Year == lastDay.Year && c.TierKey == tier.Key).MaxAsync(c => (int?)c.Sequence, cancellationToken) ?? 0;
                var issued = due.Select((r, i) => new TrainingCertificate
                {
                    Id = Guid.CreateVersion7(), RegistrationId = r.Id, Year = lastDay.Year, TierKey = tier.Key, Sequence = last + 1 + i,
                    Number = CertificateNumbers.Format(lastDay.Year, tier.Code, last + 1 + i), CheckCode = CertificateNumbers.NewCheckCode(), HolderName = r.PersonName,
                    CompanyName = r.CompanyName, TaxId = r.TaxId, CourseTitle = course.Title, CompletedOn = lastDay, IssuedAt = clock.GetUtcNow(),
                }).ToList();
                db.TrainingCertificates.AddRange(issued);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return TypedResults.Ok(issued);
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    /// <summary>Revokes a certificate with a reason (the audit trail keeps who, when and why); the public page then shows it revoked.</summary>
    public async Task<Results<Ok<TrainingCertificate>, ValidationProblem, ProblemHttpResult>> RevokeCertificateAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.TrainingCertificates.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } certificate)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (certificate.RevokedAt is not null)
        {
            return Problems.Conflict("此證書已撤銷。", "This certificate is already revoked.");
        }

        var errors = new FieldErrors();
        var text = errors.Text("reason", reason, 500, required: true);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        (certificate.RevokedAt, certificate.RevokedReason) = (clock.GetUtcNow(), text);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(certificate);
    }
}
