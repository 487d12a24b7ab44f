using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Training;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Training;

/// <summary>An agency organisation and the training service acting as one of its members, on one context (as a request would).</summary>
internal sealed class TrainingWorld : IAsyncDisposable
{
    private TrainingWorld(DatabaseFixture fixture, Guid agency, Guid userId, AppDbContext db, TrainingService training, ManualClock clock) =>
        (Fixture, Agency, UserId, Db, Training, Clock) = (fixture, agency, userId, db, training, clock);

    /// <summary>The member acting (no user row: the audit trail records the id).</summary>
    public Guid UserId { get; }

    public DatabaseFixture Fixture { get; }

    public Guid Agency { get; }

    public AppDbContext Db { get; }

    public TrainingService Training { get; }

    /// <summary>2026-11-22 08:30 UTC (<see cref="Seed.Time"/>): before every session the tests create.</summary>
    public ManualClock Clock { get; }

    /// <summary>A new agency (an ordinary organisation) and its member.</summary>
    public static async Task<TrainingWorld> CreateAsync(DatabaseFixture fixture, MembershipRole role = MembershipRole.Owner, string name = "財團法人台灣產業服務基金會")
    {
        var organisation = Seed.Organisation(name);
        await using (var db = fixture.CreateContext(organisation.Id))
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        return For(fixture, organisation.Id, role);
    }

    public static TrainingWorld For(DatabaseFixture fixture, Guid agency, MembershipRole role = MembershipRole.Owner)
    {
        var tenant = new TenantContext();
        var userId = Guid.CreateVersion7();
        tenant.Set(userId, agency, role);
        var clock = new ManualClock(Seed.Time);
        var db = fixture.CreateContext(tenant, clock);
        return new TrainingWorld(fixture, agency, userId, db, new TrainingService(db, tenant, clock), clock);
    }

    /// <summary>A course of the tier with one session of <paramref name="days"/> consecutive days from <paramref name="first"/>.</summary>
    public async Task<(TrainingCourse Course, TrainingSession Session)> SessionAsync(string tier = "seed", int capacity = 30, int days = 3, DateOnly? first = null,
        string title = "115年碳盤查種子班")
    {
        var course = (await Training.CreateCourseAsync(new CourseRequest(tier, title, null), default)).Result
            .ShouldBeOfType<Microsoft.AspNetCore.Http.HttpResults.Created<TrainingCourse>>().Value!;
        var session = await AnotherSessionAsync(course, capacity, days, first);
        return (course, session);
    }

    public async Task<TrainingSession> AnotherSessionAsync(TrainingCourse course, int capacity = 30, int days = 3, DateOnly? first = null) =>
        (await Training.CreateSessionAsync(course.Id, new SessionRequest("台北市大安區四維路 198 巷", first ?? new DateOnly(2026, 12, 11), days, 6m, capacity), default)).Result
            .ShouldBeOfType<Microsoft.AspNetCore.Http.HttpResults.Created<TrainingSession>>().Value!;

    /// <summary>A valid registration; each call a new e-mail unless one is given.</summary>
    public static RegistrationRequest Person(string name = "王小明", string taxId = "22099131", string? email = null) =>
        new("台灣測試股份有限公司", taxId, name, "廠務課長", email ?? $"{Guid.NewGuid():N}@example.com.tw", "02-2784-4188#5130");

    /// <summary>Registers on a context of its own (as the public link does: the agency current, no user).</summary>
    public async Task<TrainingRegistration> RegisterAsync(Guid sessionId, RegistrationRequest? person = null)
    {
        await using var db = Fixture.CreateContext(Agency, null, Clock);
        var result = (await SeatBooking.RegisterAsync(db, Clock, sessionId, person ?? Person(), default)).Result;
        return result.ShouldBeOfType<Microsoft.AspNetCore.Http.HttpResults.Ok<TrainingRegistration>>().Value!;
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
