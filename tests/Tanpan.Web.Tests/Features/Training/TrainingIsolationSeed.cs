using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Training;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Training;

/// <summary>
/// For the tenant-isolation probes (<c>IsolationTests</c>): a course of B with a one-day session, a registration that
/// attended and its certificate (another agency must reach none of them, nor change them).
/// </summary>
public sealed record TrainingIsolationSeed(Guid CourseId, Guid SessionId, Guid RegistrationId, Guid CertificateId, string CertificateNumber)
{
    public static async Task<TrainingIsolationSeed> CreateAsync(DatabaseFixture fixture, Guid organisationId)
    {
        await using var w = TrainingWorld.For(fixture, organisationId);
        var (course, session) = await w.SessionAsync("lecture", capacity: 5, days: 1, first: new DateOnly(2026, 12, 4), title: "乙講習班");
        var registration = await w.RegisterAsync(session.Id, TrainingWorld.Person("乙學員"));
        await w.Training.SaveAttendanceAsync(session.Id, 1, [registration.Id], default);
        var certificate = (await w.Training.IssueCertificatesAsync(session.Id, default)).Result
            .ShouldBeOfType<Microsoft.AspNetCore.Http.HttpResults.Ok<List<TrainingCertificate>>>().Value!.Single();
        return new TrainingIsolationSeed(course.Id, session.Id, registration.Id, certificate.Id, certificate.Number);
    }

    /// <summary>Everything seeded is still there, unchanged, and nothing was added.</summary>
    public async Task ShouldBeUnchangedAsync(DatabaseFixture fixture, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateContext(organisationId);
        (await db.TrainingCourses.SingleAsync()).Id.ShouldBe(CourseId);
        var session = await db.TrainingSessions.SingleAsync();
        (session.Id, session.Capacity, session.SeatsTaken, session.RegistrationOpen).ShouldBe((SessionId, 5, 1, true));
        var registration = await db.TrainingRegistrations.SingleAsync();
        (registration.Id, registration.Status).ShouldBe((RegistrationId, RegistrationStatuses.Confirmed));
        (await db.TrainingAttendances.SingleAsync()).Present.ShouldBeTrue();
        var certificate = await db.TrainingCertificates.SingleAsync();
        (certificate.Id, certificate.RevokedAt).ShouldBe((CertificateId, null));
    }
}
