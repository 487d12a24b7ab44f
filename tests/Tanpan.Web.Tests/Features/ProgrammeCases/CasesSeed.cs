using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Programmes;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>
/// A case of an agency (on its <see cref="ProgrammesSeed"/> request) assigned to a linked team, with its stages and one
/// visit with a file row, for isolation probes: another organisation must reach none of them, nor change them.
/// </summary>
public sealed record CasesSeed(Guid CaseId, Guid VisitId, Guid FileId, Guid TeamOrganisationId)
{
    public static async Task<CasesSeed> CreateAsync(DatabaseFixture fixture, Guid agency, ProgrammesSeed programme)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(programme);
        var team = Seed.Organisation("丙顧問股份有限公司");
        team.TaxId = null;
        await using (var db = fixture.CreateContext(team.Id))
        {
            db.Organisations.Add(team);
            await db.SaveChangesAsync();
        }

        await using var agencyDb = fixture.CreateContext(agency);
        var link = new ProgrammeTeam { Id = Guid.CreateVersion7(), ProgrammeId = programme.ProgrammeId, TeamOrganisationId = team.Id, NameZh = "丙團隊", NameEn = "Team C", CreatedAt = Seed.Time };
        var @case = new ProgrammeCase
        {
            Id = Guid.CreateVersion7(), ProgrammeId = programme.ProgrammeId, ApplicationId = programme.ApplicationId, RequestId = programme.RequestId, ServiceId = programme.ServiceId,
            TeamOrganisationId = team.Id, ClientName = "乙染整廠", ApplicationNumber = 1, StageKey = "data-collection", OpenedOn = new DateOnly(2026, 11, 22), CreatedAt = Seed.Time,
        };
        var visit = new CaseVisit
        {
            Id = Guid.CreateVersion7(), CaseId = @case.Id, VisitedOn = new DateOnly(2026, 11, 22), PeoplePresent = "林課長", Findings = "空壓機洩漏", NextSteps = "彙整電費單", RecordedAt = Seed.Time,
        };
        var file = new CaseVisitFile
        {
            Id = Guid.CreateVersion7(), VisitId = visit.Id, FileName = "現場.png", ContentType = "image/png", SizeBytes = 16, StoredPath = Guid.NewGuid().ToString("N"),
            Sha256 = new string('0', 64), UploadedAt = Seed.Time,
        };
        agencyDb.ProgrammeTeams.Add(link);
        agencyDb.ProgrammeTeamServices.Add(new ProgrammeTeamService { Id = Guid.CreateVersion7(), TeamId = link.Id, ServiceId = programme.ServiceId });
        agencyDb.ProgrammeCases.Add(@case);
        agencyDb.ProgrammeCaseStages.AddRange(
            new ProgrammeCaseStage { Id = Guid.CreateVersion7(), CaseId = @case.Id, Key = "data-collection", Position = 1, DueOn = new DateOnly(2026, 12, 22) },
            new ProgrammeCaseStage { Id = Guid.CreateVersion7(), CaseId = @case.Id, Key = "closed", Position = 2, DueOn = new DateOnly(2027, 5, 21) });
        agencyDb.CaseVisits.Add(visit);
        agencyDb.CaseVisitFiles.Add(file);
        await agencyDb.SaveChangesAsync();
        return new(@case.Id, visit.Id, file.Id, team.Id);
    }

    /// <summary>The case still at its first stage, open, with its one visit and file and no other.</summary>
    public async Task ShouldBeUnchangedAsync(DatabaseFixture fixture, Guid agency)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var db = fixture.CreateContext(agency);
        var @case = await db.ProgrammeCases.SingleAsync();
        (@case.Id, @case.StageKey, @case.ClosedOn, @case.RowVersion).ShouldBe((CaseId, "data-collection", (DateOnly?)null, 1));
        (await db.CaseVisits.SingleAsync()).Id.ShouldBe(VisitId);
        (await db.CaseVisitFiles.SingleAsync()).Id.ShouldBe(FileId);
        (await db.ProgrammeCaseStages.Select(s => s.DueOn).OrderBy(d => d).ToListAsync()).ShouldBe([new DateOnly(2026, 12, 22), new DateOnly(2027, 5, 21)]);
    }
}
