using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeCases;
using Tanpan.Web.Infrastructure.Grants;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>
/// Team isolation on a real database (issue 20 items 4 and 8): linking a team gives it a case-delivery grant; its
/// consultant, in the agency through that grant, sees and works on only its team's cases — not another team's case, its
/// visits or files — edits no due dates and opens no cases; revoking the grant ends all of it on the next request.
/// </summary>
public abstract class CaseTeamTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static VisitInput Visit(DateOnly on) => new(on, "王顧問", "鍋爐效率偏低。", "提供燃料用量表。", []);

    [Fact]
    public async Task Link_GivesTheTeamAnActiveCaseDeliveryGrantOnTheProgramme()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        await using var db = fixture.CreateContext(world.Agency);

        var grant = await db.Grants.AsNoTracking().SingleAsync(g => g.GranteeOrganisationId == world.TeamA.Id);

        (grant.Purpose, grant.State, grant.Write, grant.SubjectKind, grant.SubjectId).ShouldBe((GrantPurposes.CaseDelivery, GrantStates.Active, true, "programme", (Guid?)world.Programme.ProgrammeId));
    }

    [Fact]
    public async Task Consultant_OfTeamA_ReachesOnlyTeamAsCase()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var mine = await world.OpenAsync("inventory", world.TeamA, 1);
        var theirs = await world.OpenAsync("inventory", world.TeamB, 2);
        Guid theirFile;
        await using (var agency = world.AsAgency())
        {
            (await agency.Visits.RecordAsync(theirs.Id, Visit(theirs.OpenedOn) with { Files = [new("b.txt", 4, () => new MemoryStream("乙廠"u8.ToArray()))] }, default))
                .Result.ShouldBeOfType<Created<CaseVisit>>();
            theirFile = (await agency.Db.CaseVisitFiles.SingleAsync()).Id;
        }

        await using var consultant = await world.AsConsultantAsync(world.TeamA);

        (await consultant.Board.ReadAsync(new BoardFilter(), default)).Rows.Select(r => r.Case.Id).ShouldBe([mine.Id]);
        (await consultant.Board.ReadAsync(new BoardFilter(Team: world.TeamB.Id), default)).Rows.ShouldBeEmpty();
        (await consultant.Scope.FindAsync(theirs.Id, default)).ShouldBeNull();
        (await consultant.Visits.ListAsync(theirs.Id, default)).ShouldBeEmpty();
        (await consultant.Visits.OpenAsync(theirFile, default)).ShouldBeNull();
        (await consultant.Work.MoveAsync(theirs.Id, "closed", 1, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        (await consultant.Visits.RecordAsync(theirs.Id, Visit(theirs.OpenedOn), default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        (await consultant.Work.MoveAsync(mine.Id, "site-visit", 1, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        (await consultant.Visits.RecordAsync(mine.Id, Visit(mine.OpenedOn), default)).Result.ShouldBeOfType<Created<CaseVisit>>();
        (await consultant.Work.SetDueDatesAsync(mine.Id, new Dictionary<string, DateOnly?>(), 2, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
        (await consultant.Db.ProgrammeCases.AsNoTracking().SingleAsync(c => c.Id == theirs.Id)).StageKey.ShouldBe("data-collection");   // B's case untouched
    }

    [Fact]
    public async Task Consultant_OpensNoCase()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var request = await world.RequestAsync("inventory");
        await using var consultant = await world.AsConsultantAsync(world.TeamA);
        var tenant = consultant.Scope.Tenant;

        var opening = new CaseOpening(consultant.Db, tenant, world.Clock);

        opening.CanOpen.ShouldBeFalse();
        (await opening.OpenableAsync(default)).ShouldBeEmpty();
        (await opening.OpenAsync(request, world.TeamA.Id, null, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task Revoke_TheCaseDeliveryGrant_EndsTheConsultantsAccessAtOnce()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var mine = await world.OpenAsync("inventory", world.TeamA);
        await using (var before = await world.AsConsultantAsync(world.TeamA))
        {
            (await before.Scope.FindAsync(mine.Id, default)).ShouldNotBeNull();
        }

        await world.RevokeAsync(await world.CaseDeliveryGrantAsync(world.TeamA));

        await using var after = await world.AsConsultantAsync(world.TeamA);
        (await after.Scope.TeamAsync(default)).ShouldBeNull();
        (await after.Board.ReadAsync(new BoardFilter(), default)).Total.ShouldBe(0);
        (await after.Scope.FindAsync(mine.Id, default)).ShouldBeNull();
        (await after.Visits.RecordAsync(mine.Id, Visit(mine.OpenedOn), default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        await using var agency = world.AsAgency();
        (await agency.Db.CaseVisits.CountAsync()).ShouldBe(0);
    }
}
