using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Training;

/// <summary>
/// The two anonymous pages' work (DESIGN.md, wave 2): registration by a session's signed link, and certificate
/// verification by number and check code. Neither touches the request's <see cref="TenantContext"/>: a registration is
/// written in a scope of its own whose current organisation is the agency the link names (no user), and verification
/// reads one certificate by its number and code. No sign-in, cookie or session with tenant rights comes of either.
/// </summary>
public sealed class TrainingPublic(IServiceScopeFactory scopes, TrainingLinks links, TimeProvider clock)
{
    /// <summary>The session a valid, unexpired link names; null for a changed, expired or foreign link, or a session gone.</summary>
    public async Task<PublicSession?> SessionAsync(string? token, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } link)
        {
            return null;
        }

        await using var scope = AgencyScope(link.OrganisationId, out var db);
        if (await db.TrainingSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == link.SessionId, cancellationToken) is not { } session)
        {
            return null;
        }

        var course = await db.TrainingCourses.AsNoTracking().SingleAsync(c => c.Id == session.CourseId, cancellationToken);
        var agency = await db.Organisations.AsNoTracking().Where(o => o.Id == link.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var days = (await db.TrainingSessionDays.AsNoTracking().Where(d => d.SessionId == session.Id).ToListAsync(cancellationToken))
            .OrderBy(d => d.Day).Select(d => (d.Day, d.Date, d.Hours)).ToList();
        var open = session.RegistrationOpen && !await SeatBooking.HasBegunAsync(db, clock, session.Id, cancellationToken);
        return new PublicSession(link.OrganisationId, session.Id, agency, course.Title, TrainingTiers.Find(course.TierKey)!, session.Place, days,
            Math.Max(0, session.Capacity - session.SeatsTaken), open);
    }

    /// <summary>Registers by the link: a seat when one is free, else the wait list (with the place in it). 404 for a bad link.</summary>
    public async Task<(Results<Ok<TrainingRegistration>, ValidationProblem, ProblemHttpResult> Result, int WaitListPlace)> RegisterAsync(string? token,
        RegistrationRequest request, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } link)
        {
            return (Problems.NotFound(), 0);
        }

        await using var scope = AgencyScope(link.OrganisationId, out var db);
        var result = await SeatBooking.RegisterAsync(db, clock, link.SessionId, request, cancellationToken);
        var place = result.Result is Ok<TrainingRegistration> { Value: { } registration } ? await SeatBooking.WaitListPlaceAsync(db, registration, cancellationToken) : 0;
        return (result, place);
    }

    /// <summary>The certificate with this number and check code (as typed: case and hyphens ignored); null when none matches both.</summary>
    public async Task<CertificateCheck?> VerifyAsync(string? number, string? code, CancellationToken cancellationToken)
    {
        var checkCode = CertificateNumbers.ReadCheckCode(code);
        var wanted = number?.Trim().ToUpperInvariant();
        if (checkCode is null || string.IsNullOrEmpty(wanted) || wanted.Length > 40)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Numbers are per agency, so two agencies may both have TP-2026-SEED-0001; the check code tells them apart.
        var candidates = await db.TrainingCertificates.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking().Where(c => c.Number == wanted).ToListAsync(cancellationToken);
        var match = candidates.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(c.CheckCode), Encoding.ASCII.GetBytes(checkCode)));
        if (match is null)
        {
            return null;
        }

        var agency = await db.Organisations.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking().Where(o => o.Id == match.OrganisationId)
            .Select(o => o.Name).SingleAsync(cancellationToken);
        return new CertificateCheck(match.Number, match.HolderName, match.CompanyName, match.CourseTitle, TrainingTiers.Find(match.TierKey)!, match.CompletedOn, agency,
            match.RevokedAt);
    }

    private AsyncServiceScope AgencyScope(Guid organisationId, out AppDbContext db)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, organisationId, null);
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }
}
