using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Organisations;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Training;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Training;

/// <summary>
/// Seats, the wait list and registrations on a real database (issue 20 item 6): no overbooking when many register at
/// once, the wait list filled in order of arrival, bad input refused on its field with nothing saved, and a registration
/// linked to the Tanpan organisation with its 統一編號.
/// </summary>
public abstract class TrainingServiceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task RegisterAsync_TwentyAtOnceForFiveSeats_FiveHoldSeatsAndFifteenWait()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync(capacity: 5);

        // Twenty people on twenty connections at the same moment, as twenty browsers posting the public form.
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await w.RegisterAsync(session.Id, TrainingWorld.Person($"學員{i}"));
        })).ToList();
        start.Release(20);
        var registrations = await Task.WhenAll(tasks);

        registrations.Count(r => r.Status == RegistrationStatuses.Confirmed).ShouldBe(5);
        registrations.Count(r => r.Status == RegistrationStatuses.Waitlisted).ShouldBe(15);
        await using var db = fixture.CreateContext(w.Agency);
        (await db.TrainingSessions.SingleAsync(s => s.Id == session.Id)).SeatsTaken.ShouldBe(5);
        (await db.TrainingRegistrations.CountAsync(r => r.SessionId == session.Id && r.Status == RegistrationStatuses.Confirmed)).ShouldBe(5);
    }

    [Fact]
    public async Task CancelRegistrationAsync_OfASeatHolder_GivesTheSeatToTheFirstWaiting()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync(capacity: 2);
        var first = await w.RegisterAsync(session.Id, TrainingWorld.Person("甲"));
        await w.RegisterAsync(session.Id, TrainingWorld.Person("乙"));
        w.Clock.Now = Seed.Time.AddMinutes(1);
        var third = await w.RegisterAsync(session.Id, TrainingWorld.Person("丙"));
        w.Clock.Now = Seed.Time.AddMinutes(2);
        var fourth = await w.RegisterAsync(session.Id, TrainingWorld.Person("丁"));
        (third.Status, fourth.Status).ShouldBe((RegistrationStatuses.Waitlisted, RegistrationStatuses.Waitlisted));

        (await w.Training.CancelRegistrationAsync(first.Id, default)).ShouldBeNull();

        var after = await w.Training.RegistrationsAsync(session.Id, default);
        after.Single(r => r.Id == third.Id).Status.ShouldBe(RegistrationStatuses.Confirmed);   // 丙 came before 丁
        after.Single(r => r.Id == fourth.Id).Status.ShouldBe(RegistrationStatuses.Waitlisted);
        after.Single(r => r.Id == first.Id).Status.ShouldBe(RegistrationStatuses.Cancelled);
        (await w.Training.FindSessionAsync(session.Id, default))!.SeatsTaken.ShouldBe(2);
    }

    [Fact]
    public async Task SetCapacityAsync_MoreSeats_FillFromTheWaitListAndFewerThanTakenIsRefused()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync(capacity: 1);
        for (var i = 0; i < 4; i++)
        {
            w.Clock.Now = Seed.Time.AddMinutes(i);
            await w.RegisterAsync(session.Id);
        }

        (await w.Training.SetCapacityAsync(session.Id, 3, default)).Result.ShouldBeOfType<Ok<TrainingSession>>();
        var refused = (await w.Training.SetCapacityAsync(session.Id, 2, default)).Result;

        var error = FieldErrors.Of(refused.ShouldBeOfType<ValidationProblem>()).ShouldHaveSingleItem();
        (error.Field, error.Chinese).ShouldBe(("capacity", "已有 3 人正取，名額不能少於 3；請先取消報名。"));
        var list = await w.Training.RegistrationsAsync(session.Id, default);
        list.Select(r => r.Status).ShouldBe([RegistrationStatuses.Confirmed, RegistrationStatuses.Confirmed, RegistrationStatuses.Confirmed, RegistrationStatuses.Waitlisted]);
        (await w.Training.FindSessionAsync(session.Id, default))!.Capacity.ShouldBe(3);
    }

    [Theory]
    [InlineData("22099132", "taxId")]       // check digit wrong: 2+4+0+9+9+2+3+2 = 31
    [InlineData("2209913", "taxId")]
    [InlineData("", "taxId")]
    [InlineData("22099131", "email", "not-an-address")]
    [InlineData("22099131", "email", "林 <lin@example.com.tw>")]
    [InlineData("22099131", "phone", null, "call me")]
    public async Task RegisterAsync_BadInput_IsRefusedOnTheFieldAndNothingSaved(string taxId, string field, string? email = null, string? phone = null)
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync(capacity: 5);
        var request = TrainingWorld.Person(taxId: taxId, email: email) with { Phone = phone ?? "02-2784-4188" };

        var result = (await SeatBooking.RegisterAsync(w.Db, w.Clock, session.Id, request, default)).Result;

        FieldErrors.Of(result.ShouldBeOfType<ValidationProblem>()).Select(e => e.Field).ShouldContain(field);
        (await w.Db.TrainingRegistrations.CountAsync(r => r.SessionId == session.Id)).ShouldBe(0);
        (await w.Training.FindSessionAsync(session.Id, default))!.SeatsTaken.ShouldBe(0);
    }

    [Fact]
    public async Task RegisterAsync_SameEmailTwice_IsRefusedUntilTheFirstIsCancelled()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync(capacity: 5);
        var first = await w.RegisterAsync(session.Id, TrainingWorld.Person(email: "Lin@Example.com.tw"));

        var again = (await SeatBooking.RegisterAsync(w.Db, w.Clock, session.Id, TrainingWorld.Person(email: "lin@example.com.tw"), default)).Result;
        FieldErrors.Of(again.ShouldBeOfType<ValidationProblem>()).Single().Field.ShouldBe("email");

        await w.Training.CancelRegistrationAsync(first.Id, default);
        (await w.RegisterAsync(session.Id, TrainingWorld.Person(email: "lin@example.com.tw"))).Status.ShouldBe(RegistrationStatuses.Confirmed);
    }

    [Fact]
    public async Task RegisterAsync_TaxIdOfATanpanOrganisation_IsLinkedToIt()
    {
        var taxId = UniqueTaxId();
        var company = Seed.Organisation("鋁業股份有限公司");
        company.TaxId = taxId;
        await using (var db = fixture.CreateContext(company.Id))
        {
            db.Organisations.Add(company);
            await db.SaveChangesAsync();
        }

        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync();

        var linked = await w.RegisterAsync(session.Id, TrainingWorld.Person(taxId: taxId));
        var unknown = await w.RegisterAsync(session.Id, TrainingWorld.Person(taxId: UniqueTaxId()));

        (linked.LinkedOrganisationId, unknown.LinkedOrganisationId).ShouldBe((company.Id, null));
    }

    [Fact]
    public async Task RegisterAsync_ClosedOrBegunSession_IsRefused()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync(first: new DateOnly(2026, 12, 11));
        (await w.Training.SetRegistrationOpenAsync(session.Id, false, default)).ShouldBeNull();
        (await SeatBooking.RegisterAsync(w.Db, w.Clock, session.Id, TrainingWorld.Person(), default)).Result.ShouldBeOfType<ProblemHttpResult>()
            .StatusCode.ShouldBe(StatusCodes.Status409Conflict);

        await w.Training.SetRegistrationOpenAsync(session.Id, true, default);
        w.Clock.Now = new DateTimeOffset(2026, 12, 10, 16, 0, 0, TimeSpan.Zero);   // 2026-12-11 00:00 in Taiwan: the first day has begun
        (await SeatBooking.RegisterAsync(w.Db, w.Clock, session.Id, TrainingWorld.Person(), default)).Result.ShouldBeOfType<ProblemHttpResult>();
        w.Clock.Now = new DateTimeOffset(2026, 12, 10, 15, 59, 0, TimeSpan.Zero);   // 23:59 the evening before: still open
        (await w.RegisterAsync(session.Id)).Status.ShouldBe(RegistrationStatuses.Confirmed);
    }

    [Fact]
    public async Task Viewer_ReadsButCannotCreateOrCancel_AndAnotherAgencySeesNothing()
    {
        await using var owner = await TrainingWorld.CreateAsync(fixture);
        var (course, session) = await owner.SessionAsync();
        var registration = await owner.RegisterAsync(session.Id);
        await using var viewer = TrainingWorld.For(fixture, owner.Agency, MembershipRole.Viewer);
        await using var other = await TrainingWorld.CreateAsync(fixture, name: "財團法人工業技術研究院");

        (await viewer.Training.FindSessionAsync(session.Id, default)).ShouldNotBeNull();
        (await viewer.Training.CancelRegistrationAsync(registration.Id, default))!.StatusCode.ShouldBe(StatusCodes.Status403Forbidden);
        (await viewer.Training.CreateCourseAsync(new CourseRequest("ceo", "x", null), default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
        (await other.Training.FindCourseAsync(course.Id, default)).ShouldBeNull();
        (await other.Training.RegistrationsAsync(session.Id, default)).ShouldBeEmpty();
        (await other.Training.CancelRegistrationAsync(registration.Id, default))!.StatusCode.ShouldBe(StatusCodes.Status404NotFound);
        (await other.Training.CreateSessionAsync(course.Id, new SessionRequest("x", new DateOnly(2026, 12, 1), 1, 1m, 1), default)).Result
            .ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        (await owner.Training.RegistrationsAsync(session.Id, default)).Single().Status.ShouldBe(RegistrationStatuses.Confirmed);
    }

    /// <summary>A random eight-digit number passing the 統一編號 check (so tests do not meet each other's organisations).</summary>
    internal static string UniqueTaxId()
    {
        while (true)
        {
            var stem = Random.Shared.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            if (Enumerable.Range(0, 10).Select(d => stem + d).FirstOrDefault(TaxId.IsValid) is { } id)
            {
                return id;
            }
        }
    }
}

public sealed class SqliteTrainingServiceTests(SqliteFixture fixture) : TrainingServiceTests<SqliteFixture>(fixture);

public sealed class PostgresTrainingServiceTests(PostgresFixture fixture) : TrainingServiceTests<PostgresFixture>(fixture);
