using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeCases;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Features.ProgrammeKpis;
using Tanpan.Web.Features.Training;

namespace Tanpan.Bench.ProgrammeKpis;

/// <summary>
/// The benchmark's programme, deterministic (<see cref="Random"/> with the given seed): one agency with seed 004's
/// programme, N applications (95 % confirmed; one in ten asks for two services as a 中堅企業), their requests in a spread
/// of states, cases on bureau-approved requests assigned to 12 consulting teams, visit records spread over the cases, and
/// a year of training (sessions, registrations, attendance, certificates; seven in ten held by applicants). Addresses
/// are written the ways people write them: with a postal code, 台 for 臺, a pre-merger county, 臺灣省, or in English.
/// Loaded with the app's own <c>BulkInsert</c> (the app's type mappings on either provider), in one transaction.
/// </summary>
internal sealed class World(int applications, int cases, int visits, int seed)
{
    private readonly Random _random = new(seed);

    public Guid Agency { get; } = Guid.CreateVersion7();

    public Guid ProgrammeId { get; private set; }

    public int Year { get; private set; }

    public async Task LoadAsync(AppDbContext db)
    {
        var agency = new Organisation { Id = Agency, Name = "產業低碳輔導計畫辦公室（bench）", CreatedAt = DateTimeOffset.UtcNow };
        var (programme, services) = ProgrammeSample.Create(DateTimeOffset.UtcNow);
        (ProgrammeId, Year) = (programme.Id, programme.Year);
        programme.OrganisationId = Agency;
        services.ForEach(s => s.OrganisationId = Agency);
        var teams = Enumerable.Range(1, 12).Select(i => new Organisation { Id = Guid.CreateVersion7(), Name = $"輔導團隊 {i}", CreatedAt = DateTimeOffset.UtcNow }).ToList();
        var programmeTeams = teams.Select((t, i) => new ProgrammeTeam
        {
            Id = Guid.CreateVersion7(), OrganisationId = Agency, ProgrammeId = programme.Id, TeamOrganisationId = t.Id, NameZh = $"輔導團隊{i + 1:00}",
            NameEn = $"Team {i + 1:00}", CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();

        var apps = new List<ProgrammeApplication>(applications);
        var requests = new List<ProgrammeRequest>(applications * 11 / 10);
        for (var n = 0; n < applications; n++)
        {
            var confirmed = _random.NextDouble() < 0.95;
            var app = new ProgrammeApplication
            {
                Id = Guid.CreateVersion7(), OrganisationId = Agency, ProgrammeId = programme.Id, Number = confirmed ? n + 1 : null, FactoryName = $"工廠{n}",
                TaxId = _random.Next(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                IndustryCode = IndustryCodes.All[(int)(Math.Pow(_random.NextDouble(), 2) * IndustryCodes.All.Count)].Code, Address = Address(),
                RepresentativeName = "王", ContactName = "林", Phone = "02-1234567", Email = $"f{n}@example.tw", Culture = "zh-TW", CreatedAt = DateTimeOffset.UtcNow,
                ConfirmedAt = confirmed ? DateTimeOffset.UtcNow : null, PersonalDataConsent = true, DomesticPercent = 100m, IsMidSizedBackbone = _random.NextDouble() < 0.1,
            };
            apps.Add(app);
            var first = Service(services);
            foreach (var service in app.IsMidSizedBackbone ? [first, services.Where(s => s != first).ElementAt(_random.Next(services.Count - 1))] : new[] { first })
            {
                var state = confirmed ? State() : RequestStates.Unconfirmed;
                requests.Add(new ProgrammeRequest
                {
                    Id = Guid.CreateVersion7(), OrganisationId = Agency, ApplicationId = app.Id, ServiceId = service.Id, State = state, HoldsSeat = RequestStates.HoldsSeat(state),
                    PriorityLevel = 1 + _random.Next(2), Checks = "manufacturer=met", ArrivedAt = confirmed ? DateTimeOffset.UtcNow : null,
                });
            }
        }

        var serviceKeys = services.ToDictionary(s => s.Id, s => s.Key);
        var caseRows = requests.Where(r => r.State == RequestStates.BureauApproved).Take(cases).Select(r =>
        {
            var stages = CaseStages.ByService.GetValueOrDefault(serviceKeys[r.ServiceId]) ?? CaseStages.General;
            return new ProgrammeCase
            {
                Id = Guid.CreateVersion7(), OrganisationId = Agency, ProgrammeId = programme.Id, ApplicationId = r.ApplicationId, RequestId = r.Id, ServiceId = r.ServiceId,
                TeamOrganisationId = teams[_random.Next(teams.Count)].Id, ClientName = "工廠", StageKey = stages[_random.Next(stages.Count)].Key,
                OpenedOn = new DateOnly(Year, 5, 1), CreatedAt = DateTimeOffset.UtcNow,
            };
        }).ToList();
        if (caseRows.Count < cases)
        {
            throw new InvalidOperationException($"only {caseRows.Count} bureau-approved requests for {cases} cases");
        }

        var visitRows = Enumerable.Range(0, visits).Select(i => new CaseVisit
        {
            Id = Guid.CreateVersion7(), OrganisationId = Agency, CaseId = caseRows[(int)(Math.Pow(_random.NextDouble(), 1.5) * caseRows.Count)].Id,
            VisitedOn = new DateOnly(Year, 1 + _random.Next(12), 1 + _random.Next(28)), PeoplePresent = "廠長、顧問", Findings = "空壓機洩漏", NextSteps = "更換管線",
            RecordedAt = DateTimeOffset.UtcNow,
        }).ToList();

        var (courses, sessions, days, registrations, attendance, certificates) = Training(apps);
        await BulkInsert.InsertAsync(db, [agency, .. teams], default);
        await BulkInsert.InsertAsync(db, [programme], default);
        await BulkInsert.InsertAsync(db, services, default);
        await BulkInsert.InsertAsync(db, programmeTeams, default);
        await BulkInsert.InsertAsync(db, apps, default);
        await BulkInsert.InsertAsync(db, requests, default);
        await BulkInsert.InsertAsync(db, caseRows, default);
        await BulkInsert.InsertAsync(db, visitRows, default);
        await BulkInsert.InsertAsync(db, courses, default);
        await BulkInsert.InsertAsync(db, sessions, default);
        await BulkInsert.InsertAsync(db, days, default);
        await BulkInsert.InsertAsync(db, registrations, default);
        await BulkInsert.InsertAsync(db, attendance, default);
        await BulkInsert.InsertAsync(db, certificates, default);
        Console.WriteLine($"data: {apps.Count:N0} applications, {requests.Count:N0} requests, {caseRows.Count:N0} cases, {visitRows.Count:N0} visits, "
            + $"{registrations.Count:N0} registrations, {certificates.Count:N0} certificates");
    }

    private (List<TrainingCourse>, List<TrainingSession>, List<TrainingSessionDay>, List<TrainingRegistration>, List<TrainingAttendance>, List<TrainingCertificate>) Training(
        List<ProgrammeApplication> apps)
    {
        var course = new TrainingCourse { Id = Guid.CreateVersion7(), OrganisationId = Agency, TierKey = "lecture", Title = "碳盤查講習班", CreatedAt = DateTimeOffset.UtcNow };
        var sessions = Enumerable.Range(0, 100).Select(_ => new TrainingSession
        {
            Id = Guid.CreateVersion7(), OrganisationId = Agency, CourseId = course.Id, Place = "臺北", Capacity = 40, SeatsTaken = 40, CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();
        var days = sessions.Select((s, i) => new TrainingSessionDay
        {
            Id = Guid.CreateVersion7(), OrganisationId = Agency, SessionId = s.Id, Day = 1, Date = new DateOnly(i < 90 ? Year : Year - 1, 1 + (i % 12), 10), Hours = 6,
        }).ToList();
        var registrations = new List<TrainingRegistration>();
        var attendance = new List<TrainingAttendance>();
        var certificates = new List<TrainingCertificate>();
        for (var i = 0; i < 4000; i++)
        {
            var session = i % sessions.Count;
            var taxId = _random.NextDouble() < 0.7 ? apps[_random.Next(apps.Count)].TaxId : _random.Next(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var registration = new TrainingRegistration
            {
                Id = Guid.CreateVersion7(), OrganisationId = Agency, SessionId = sessions[session].Id, CompanyName = "工廠", TaxId = taxId, PersonName = "學員",
                Email = $"p{i}@example.tw", ActiveEmailKey = $"p{i}@example.tw", Status = RegistrationStatuses.Confirmed, CreatedAt = DateTimeOffset.UtcNow,
            };
            registrations.Add(registration);
            var present = _random.NextDouble() < 0.85;
            attendance.Add(new TrainingAttendance { Id = Guid.CreateVersion7(), OrganisationId = Agency, RegistrationId = registration.Id, Day = 1, Present = present, RecordedAt = DateTimeOffset.UtcNow });
            if (present)
            {
                var day = days[session].Date;
                certificates.Add(new TrainingCertificate
                {
                    Id = Guid.CreateVersion7(), OrganisationId = Agency, RegistrationId = registration.Id, Number = $"TP-{day.Year}-LECT-{i:00000}", Year = day.Year, TierKey = "lecture",
                    Sequence = i, CheckCode = "ABCDEFGHJK", HolderName = "學員", CompanyName = "工廠", TaxId = taxId, CourseTitle = course.Title, CompletedOn = day,
                    IssuedAt = DateTimeOffset.UtcNow, RevokedAt = _random.NextDouble() < 0.02 ? DateTimeOffset.UtcNow : null,
                });
            }
        }

        return ([course], sessions, days, registrations, attendance, certificates);
    }

    private ProgrammeService Service(List<ProgrammeService> services)
    {
        var x = _random.NextDouble();
        return services[x < 0.55 ? 0 : x < 0.7 ? 1 : x < 0.9 ? 2 : x < 0.93 ? 3 : x < 0.95 ? 4 : 5];
    }

    private string State()
    {
        var x = _random.NextDouble();
        return x < 0.35 ? RequestStates.BureauApproved : x < 0.45 ? RequestStates.Approved : x < 0.7 ? RequestStates.Queued : x < 0.9 ? RequestStates.WaitListed : RequestStates.Rejected;
    }

    private string Address()
    {
        var region = Regions.All[(int)(Math.Pow(_random.NextDouble(), 1.5) * Regions.All.Count)].NameZh;
        var x = _random.NextDouble();
        var text = x switch
        {
            < 0.25 => $"{_random.Next(100, 990)}{region}",
            < 0.35 => region.Replace('臺', '台'),
            < 0.40 => $"臺灣省{region}",
            < 0.42 => region switch { "新北市" => "臺北縣", "桃園市" => "桃園縣", "高雄市" => "高雄縣", _ => region },
            < 0.43 => "No. 8, Industrial Rd., Taiwan",
            _ => region,
        };
        return $"{text}中正路{_random.Next(1, 500)}號";
    }
}
