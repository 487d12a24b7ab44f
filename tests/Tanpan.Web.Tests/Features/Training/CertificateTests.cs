using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Training;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Training;

/// <summary>
/// Attendance → completion → certificate (issue 20 item 6): the tier's rule decides who completed (種子班: all three days),
/// certificates are numbered TP-{year}-{tier code}-{sequence} per agency, course year and tier, never twice the same
/// number, and a revocation is audited and ends the certificate's training priority.
/// </summary>
public abstract class CertificateTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task IssueCertificatesAsync_SeedClass_OnlyThoseAtAllThreeDaysGetNumbersInSequence()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (course, session) = await w.SessionAsync("seed", days: 3, first: new DateOnly(2026, 12, 11));   // 五/六/日: 12-11, 12-12, 12-13
        var a = await RegisterAtAsync(w, session, "甲", 0);
        var b = await RegisterAtAsync(w, session, "乙", 1);
        var c = await RegisterAtAsync(w, session, "丙", 2);
        await w.Training.SaveAttendanceAsync(session.Id, 1, [a.Id, b.Id, c.Id], default);
        await w.Training.SaveAttendanceAsync(session.Id, 2, [a.Id, c.Id], default);       // 乙 missed day 2
        await w.Training.SaveAttendanceAsync(session.Id, 3, [a.Id, b.Id, c.Id], default);

        var progress = await w.Training.ProgressAsync(session.Id, default);
        progress.Select(p => (p.Registration.PersonName, p.DaysPresent.Count, p.Completed)).ShouldBe([("甲", 3, true), ("乙", 2, false), ("丙", 3, true)]);
        var issued = (await w.Training.IssueCertificatesAsync(session.Id, default)).Result.ShouldBeOfType<Ok<List<TrainingCertificate>>>().Value!;

        issued.Select(x => (x.HolderName, x.Number)).ShouldBe([("甲", "TP-2026-SEED-0001"), ("丙", "TP-2026-SEED-0002")]);
        issued.ShouldAllBe(x => x.CompletedOn == new DateOnly(2026, 12, 13) && x.CourseTitle == course.Title && x.CheckCode.Length == 10);
        (await w.Training.IssueCertificatesAsync(session.Id, default)).Result.ShouldBeOfType<Ok<List<TrainingCertificate>>>().Value!.ShouldBeEmpty();   // none twice

        // 乙 attends a make-up of day 2: completes, and gets the next number of the year and tier.
        await w.Training.SaveAttendanceAsync(session.Id, 2, [a.Id, b.Id, c.Id], default);
        (await w.Training.IssueCertificatesAsync(session.Id, default)).Result.ShouldBeOfType<Ok<List<TrainingCertificate>>>().Value!
            .Single().Number.ShouldBe("TP-2026-SEED-0003");
    }

    [Fact]
    public async Task IssueCertificatesAsync_OtherTierYearOrAgency_StartsItsOwnSequence()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (seedCourse, seed2026) = await w.SessionAsync("seed", days: 3, first: new DateOnly(2026, 12, 11));
        var seed2027 = await w.AnotherSessionAsync(seedCourse, days: 3, first: new DateOnly(2027, 1, 8));
        var (_, ceo) = await w.SessionAsync("ceo", days: 1, first: new DateOnly(2026, 12, 4), title: "115年CEO班");
        await using var other = await TrainingWorld.CreateAsync(fixture, name: "財團法人工業技術研究院");
        var (_, otherSeed) = await other.SessionAsync("seed", days: 1, first: new DateOnly(2026, 12, 11));

        var numbers = new List<string>();
        foreach (var (world, session) in new[] { (w, seed2026), (w, seed2027), (w, ceo), (other, otherSeed) })
        {
            var registration = await world.RegisterAsync(session.Id);
            var days = await world.Training.DaysAsync(session.Id, default);
            foreach (var day in days)
            {
                await world.Training.SaveAttendanceAsync(session.Id, day.Day, [registration.Id], default);
            }

            numbers.Add((await world.Training.IssueCertificatesAsync(session.Id, default)).Result.ShouldBeOfType<Ok<List<TrainingCertificate>>>().Value!.Single().Number);
        }

        numbers.ShouldBe(["TP-2026-SEED-0001", "TP-2027-SEED-0001", "TP-2026-CEO-0001", "TP-2026-SEED-0001"]);
    }

    [Fact]
    public async Task IssueCertificatesAsync_TwoSessionsAtOnce_NeverShareANumber()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (course, first) = await w.SessionAsync("lecture", days: 1, first: new DateOnly(2026, 12, 4), title: "115年講習班");
        var second = await w.AnotherSessionAsync(course, days: 1, first: new DateOnly(2026, 12, 5));
        foreach (var session in new[] { first, second })
        {
            var ids = new List<Guid>();
            for (var i = 0; i < 3; i++)
            {
                ids.Add((await w.RegisterAsync(session.Id)).Id);
            }

            await w.Training.SaveAttendanceAsync(session.Id, 1, ids, default);
        }

        // Two staff members press 發證 for the two sessions at the same moment, each on a context of their own.
        var results = await Task.WhenAll(new[] { first, second }.Select(s => Task.Run(async () =>
        {
            await using var staff = TrainingWorld.For(fixture, w.Agency);
            return (await staff.Training.IssueCertificatesAsync(s.Id, default)).Result.ShouldBeOfType<Ok<List<TrainingCertificate>>>().Value!;
        })));

        results.SelectMany(r => r).Select(c => c.Number).Order(StringComparer.Ordinal)
            .ShouldBe(Enumerable.Range(1, 6).Select(i => $"TP-2026-LECT-{i:0000}"));
    }

    [Fact]
    public async Task RevokeCertificateAsync_IsAuditedAndEndsThePriority()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync("pcf", days: 1, first: new DateOnly(2026, 12, 4), title: "115年產品碳足跡實踐體驗講習");
        var taxId = TrainingServiceTests<TFixture>.UniqueTaxId();
        var registration = await w.RegisterAsync(session.Id, TrainingWorld.Person(taxId: taxId));
        await w.Training.SaveAttendanceAsync(session.Id, 1, [registration.Id], default);
        var certificate = (await w.Training.IssueCertificatesAsync(session.Id, default)).Result.ShouldBeOfType<Ok<List<TrainingCertificate>>>().Value!.Single();
        await using var readDb = fixture.CreateContext();
        var checks = new TrainingCertificateChecks(readDb);

        (await checks.HasValidCertificateAsync(taxId, "pcf", default)).ShouldBeTrue();
        (await checks.HasValidCertificateAsync(taxId, "lecture", default)).ShouldBeFalse();    // seed 004 asks for this course, not any 講習
        (await checks.HasValidCertificateAsync(taxId, "seed", default)).ShouldBeFalse();
        (await checks.HasValidCertificateAsync(TrainingServiceTests<TFixture>.UniqueTaxId(), "pcf", default)).ShouldBeFalse();

        var missing = (await w.Training.RevokeCertificateAsync(certificate.Id, "  ", default)).Result;
        FieldErrors.Of(missing.ShouldBeOfType<ValidationProblem>()).Single().Field.ShouldBe("reason");
        w.Clock.Now = Seed.Time.AddDays(30);
        (await w.Training.RevokeCertificateAsync(certificate.Id, "出席紀錄登錄錯誤", default)).Result.ShouldBeOfType<Ok<TrainingCertificate>>();

        (await checks.HasValidCertificateAsync(taxId, "pcf", default)).ShouldBeFalse();
        await using var db = fixture.CreateContext(w.Agency);
        var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(TrainingCertificate) && e.EntityId == certificate.Id && e.Action == AuditAction.Update).SingleAsync();
        audit.NewValues!.ShouldContain("出席紀錄登錄錯誤");
        (audit.UserId, audit.At).ShouldBe((w.UserId, Seed.Time.AddDays(30)));
        (await w.Training.RevokeCertificateAsync(certificate.Id, "again", default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
    }

    [Fact]
    public async Task HasValidCertificateAsync_ALectureCertificate_DoesNotGiveTheFootprintPriority()
    {
        await using var w = await TrainingWorld.CreateAsync(fixture);
        var (_, session) = await w.SessionAsync("lecture", days: 1, first: new DateOnly(2026, 12, 4), title: "115年碳盤查講習班");
        var taxId = TrainingServiceTests<TFixture>.UniqueTaxId();
        var registration = await w.RegisterAsync(session.Id, TrainingWorld.Person(taxId: taxId));
        await w.Training.SaveAttendanceAsync(session.Id, 1, [registration.Id], default);
        await w.Training.IssueCertificatesAsync(session.Id, default);
        await using var readDb = fixture.CreateContext();
        var checks = new TrainingCertificateChecks(readDb);

        (await checks.HasValidCertificateAsync(taxId, "lecture", default)).ShouldBeTrue();
        (await checks.HasValidCertificateAsync(taxId, "pcf", default)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, 3, 3, true)]
    [InlineData(null, 2, 3, false)]
    [InlineData(null, 0, 0, false)]   // a session without days completes no one
    [InlineData(2, 2, 3, true)]
    [InlineData(2, 1, 3, false)]
    [InlineData(5, 3, 3, true)]       // never more than the session has
    public void CompletionRule_IsMet(int? minimumDays, int attended, int sessionDays, bool met) =>
        new CompletionRule(minimumDays).IsMet(attended, sessionDays).ShouldBe(met);

    [Fact]
    public void Tiers_AreTheSeedsWithAllDaysRequired()
    {
        TrainingTiers.All.Select(t => (t.Key, t.Code, t.NameZh, t.TypicalDays)).ShouldBe([
            ("ceo", "CEO", "CEO班", 1), ("lecture", "LECT", "講習班", 1), ("seed", "SEED", "種子班", 3), ("advanced", "ADV", "進階班", 2),
            ("pcf", "PCF", "產品碳足跡實踐體驗講習", 1)]);
        TrainingTiers.Find("ceo")!.HalfDay.ShouldBeTrue();
        TrainingTiers.All.ShouldAllBe(t => t.Completion.MinimumDays == null && t.Source.Contains("seed", StringComparison.Ordinal));
        TrainingTiers.All.Where(t => t.PriorityForZh != null).Select(t => t.Key).ShouldBe(["pcf"]);
        TrainingTiers.CountingAs("lecture").ShouldBe(["lecture"]);   // the footprint workshop is asked for by its own tier (seed 004)
        TrainingTiers.CountingAs("pcf").ShouldBe(["pcf"]);
        TrainingTiers.CountingAs("nope").ShouldBeEmpty();
    }

    private static async Task<TrainingRegistration> RegisterAtAsync(TrainingWorld w, TrainingSession session, string name, int minute)
    {
        w.Clock.Now = Seed.Time.AddMinutes(minute);
        return await w.RegisterAsync(session.Id, TrainingWorld.Person(name));
    }
}

public sealed class SqliteCertificateTests(SqliteFixture fixture) : CertificateTests<SqliteFixture>(fixture);

public sealed class PostgresCertificateTests(PostgresFixture fixture) : CertificateTests<PostgresFixture>(fixture);
