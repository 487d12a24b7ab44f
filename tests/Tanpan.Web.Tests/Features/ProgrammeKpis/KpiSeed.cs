using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Features.Training;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeKpis;

/// <summary>
/// A small hand-made programme for the dashboard tests: seed 004's 2023 programme in an agency with five applications
/// and seven training certificates. The expected counts are worked out by hand in <c>ProgrammeKpiTests</c>:
/// <code>
/// A1 11 紡織業    "320桃園市中壢區…"        統編 A  inventory queued
/// A2 11 紡織業    "台中市西屯區…" (台 → 臺) 統編 B  inventory approved, verification wait-listed (中堅企業)
/// A3 25 金屬製品  "臺北縣板橋市…" (→ 新北市) 統編 C  footprint bureau-approved
/// A4 25 金屬製品  "No. 1, Taipei" (未能判定) 統編 D  inventory rejected
/// A5 22 塑膠製品  "新北市…"                 統編 E  unconfirmed (inventory unconfirmed)
/// A6 11 紡織業    "807高雄市三民區…"         統編 F  inventory bureau-approved
/// cases: A3's footprint request → team 綠色顧問, stage on-site-calculation, 3 visits;
///        A6's inventory request → team 永續工程顧問, stage data-collection, 1 visit
/// certificates: valid and completed in 2023: A ×2, C ×1, E ×1 (2023-12-31), an outsider ×1 → 5 人次 for the agency, of
/// which 3 held by confirmed applicants (A 2 + C 1); never counted: B's (revoked) and C's completed 2022-12-31
/// attendance: A's two registrations present on day 1 of sessions starting in 2023 → 2; the outsider was absent, and
/// C's 2022 session is another year
/// </code>
/// </summary>
internal sealed record KpiSeed(Guid Agency, Guid ProgrammeId, IReadOnlyDictionary<string, Guid> Services, Guid TeamGreen, Guid TeamSustain)
{
    public const string TaxA = "04595252";
    public const string TaxB = "22099131";
    public const string TaxC = "53212539";
    public const string TaxD = "12345675";
    public const string TaxE = "00000000";
    public const string TaxF = "11111111";
    public const string Outsider = "99999999";

    public static async Task<KpiSeed> CreateAsync(DatabaseFixture fixture, string agencyName = "產業低碳輔導計畫辦公室")
    {
        var agency = Seed.Organisation(agencyName);
        await using (var db = fixture.CreateContext(agency.Id))
        {
            db.Organisations.Add(agency);
            await db.SaveChangesAsync();
        }

        return await IntoAsync(fixture, agency.Id);
    }

    /// <summary>The programme, applications and certificates in an organisation that exists already.</summary>
    public static async Task<KpiSeed> IntoAsync(DatabaseFixture fixture, Guid agency)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateContext(agency);
        var (programme, services) = ProgrammeSample.Create(Seed.Time);
        db.Programmes.Add(programme);
        db.ProgrammeServices.AddRange(services);
        var byKey = services.ToDictionary(s => s.Key, s => s.Id);
        var number = 0;
        var requestIds = new Dictionary<string, (Guid Application, Guid Request)>(StringComparer.Ordinal);
        void Apply(string industry, string address, string taxId, bool confirmed, params (string Service, string State)[] requests)
        {
            var application = new ProgrammeApplication
            {
                Id = Guid.CreateVersion7(), ProgrammeId = programme.Id, Number = confirmed ? ++number : null, FactoryName = $"廠{taxId}", TaxId = taxId,
                IndustryCode = industry, Address = address, RepresentativeName = "王", ContactName = "林", Phone = "03-1234567", Email = $"{taxId}@example.tw",
                Culture = "zh-TW", CreatedAt = Seed.Time, ConfirmedAt = confirmed ? Seed.Time : null, PersonalDataConsent = true, DomesticPercent = 100m,
                IsMidSizedBackbone = requests.Length > 1,
            };
            db.ProgrammeApplications.Add(application);
            foreach (var (service, state) in requests)
            {
                var id = Guid.CreateVersion7();
                requestIds[$"{taxId}/{service}"] = (application.Id, id);
                db.ProgrammeRequests.Add(new ProgrammeRequest
                {
                    Id = id, ApplicationId = application.Id, ServiceId = byKey[service], State = state, HoldsSeat = RequestStates.HoldsSeat(state),
                    PriorityLevel = 1, Checks = "manufacturer=met", ArrivedAt = confirmed ? Seed.Time : null,
                });
            }
        }

        Apply("11", "320桃園市中壢區中華路一段1號", TaxA, true, ("inventory", RequestStates.Queued));
        Apply("11", "台中市西屯區工業區一路2號", TaxB, true, ("inventory", RequestStates.Approved), ("verification", RequestStates.WaitListed));
        Apply("25", "臺北縣板橋市文化路3號", TaxC, true, ("footprint", RequestStates.BureauApproved));
        Apply("25", "No. 1, Taipei", TaxD, true, ("inventory", RequestStates.Rejected));
        Apply("22", "新北市五股區4號", TaxE, false, ("inventory", RequestStates.Unconfirmed));
        Apply("11", "807高雄市三民區建工路5號", TaxF, true, ("inventory", RequestStates.BureauApproved));

        var green = Seed.Organisation("綠色顧問股份有限公司");
        var sustain = Seed.Organisation("永續工程顧問有限公司");
        foreach (var team in (Organisation[])[green, sustain])
        {
            await using var teams = fixture.CreateContext(team.Id);
            teams.Organisations.Add(team);
            await teams.SaveChangesAsync();
        }

        db.ProgrammeTeams.AddRange(
            new ProgrammeTeam { Id = Guid.CreateVersion7(), ProgrammeId = programme.Id, TeamOrganisationId = green.Id, NameZh = "綠色顧問", NameEn = "Green Consulting", CreatedAt = Seed.Time },
            new ProgrammeTeam { Id = Guid.CreateVersion7(), ProgrammeId = programme.Id, TeamOrganisationId = sustain.Id, NameZh = "永續工程顧問", NameEn = "Sustain Engineering", CreatedAt = Seed.Time });
        void Case(string key, string service, Guid team, string stage, int visits)
        {
            var (applicationId, requestId) = requestIds[key];
            var id = Guid.CreateVersion7();
            db.ProgrammeCases.Add(new ProgrammeCase
            {
                Id = id, ProgrammeId = programme.Id, ApplicationId = applicationId, RequestId = requestId, ServiceId = byKey[service], TeamOrganisationId = team,
                ClientName = "廠", StageKey = stage, OpenedOn = new DateOnly(2023, 5, 1), CreatedAt = Seed.Time,
            });
            for (var v = 1; v <= visits; v++)
            {
                db.CaseVisits.Add(new CaseVisit
                {
                    Id = Guid.CreateVersion7(), CaseId = id, VisitedOn = new DateOnly(2023, 6, v), PeoplePresent = "廠長", Findings = "—", NextSteps = "—", RecordedAt = Seed.Time,
                });
            }
        }

        Case($"{TaxC}/footprint", "footprint", green.Id, "on-site-calculation", 3);
        Case($"{TaxF}/inventory", "inventory", sustain.Id, "data-collection", 1);

        var course = new TrainingCourse { Id = Guid.CreateVersion7(), TierKey = "lecture", Title = "碳盤查講習班", CreatedAt = Seed.Time };
        db.TrainingCourses.Add(course);
        var sequence = 0;
        void Certificate(string taxId, DateOnly day, bool revoked = false, bool? present = null)
        {
            var session = new TrainingSession { Id = Guid.CreateVersion7(), CourseId = course.Id, Place = "臺北", Capacity = 10, SeatsTaken = 1, CreatedAt = Seed.Time };
            var registration = new TrainingRegistration
            {
                Id = Guid.CreateVersion7(), SessionId = session.Id, CompanyName = $"廠{taxId}", TaxId = taxId, PersonName = "學員", Email = $"p{++sequence}@example.tw",
                Status = RegistrationStatuses.Confirmed, ActiveEmailKey = $"p{sequence}@example.tw", CreatedAt = Seed.Time,
            };
            db.AddRange(session, new TrainingSessionDay { Id = Guid.CreateVersion7(), SessionId = session.Id, Day = 1, Date = day, Hours = 6 }, registration);
            if (present is { } p)
            {
                db.TrainingAttendances.Add(new TrainingAttendance { Id = Guid.CreateVersion7(), RegistrationId = registration.Id, Day = 1, Present = p, RecordedAt = Seed.Time });
            }

            db.TrainingCertificates.Add(new TrainingCertificate
            {
                Id = Guid.CreateVersion7(), RegistrationId = registration.Id, Number = $"TP-{day.Year}-LECT-{sequence:0000}", Year = day.Year, TierKey = "lecture",
                Sequence = sequence, CheckCode = "ABCDEFGHJK", HolderName = "學員", CompanyName = $"廠{taxId}", TaxId = taxId, CourseTitle = course.Title,
                CompletedOn = day, IssuedAt = Seed.Time, RevokedAt = revoked ? Seed.Time : null, RevokedReason = revoked ? "誤發" : null,
            });
        }

        Certificate(TaxA, new DateOnly(2023, 3, 1), present: true);
        Certificate(TaxA, new DateOnly(2023, 9, 1), present: true);
        Certificate(TaxC, new DateOnly(2023, 5, 1));
        Certificate(Outsider, new DateOnly(2023, 6, 1), present: false);
        Certificate(TaxB, new DateOnly(2023, 6, 1), revoked: true);
        Certificate(TaxC, new DateOnly(2022, 12, 31), present: true);
        Certificate(TaxE, new DateOnly(2023, 12, 31));
        await db.SaveChangesAsync();
        return new KpiSeed(agency, programme.Id, byKey, green.Id, sustain.Id);
    }
}
