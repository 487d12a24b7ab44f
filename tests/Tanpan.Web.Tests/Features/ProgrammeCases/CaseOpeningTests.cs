using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeCases;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>
/// Teams and the opening of cases on a real database (issue 20 item 4): only a request with 工業局核備 recorded becomes a
/// case (seed 004 注意事項四), once, assigned to a team linked to the programme that delivers the service, with the
/// service's stages and due dates counted from the opening day in Taiwan time.
/// </summary>
public abstract class CaseOpeningTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Open_ApprovedButNotBureauApproved_IsRefusedAndNothingSaved()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var request = await world.RequestAsync("inventory", bureauApproved: false);

        var result = await world.OpenResultAsync(request, world.TeamA.Id);

        result.Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
        await using var s = world.AsAgency();
        (await s.Db.ProgrammeCases.CountAsync()).ShouldBe(0);
        (await s.Db.ProgrammeCaseStages.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Open_Verification_HasSeed004sSixStagesThenClosedWithDueDatesFromTheTaipeiOpeningDay()
    {
        var world = await CaseWorld.CreateAsync(fixture);

        // 2026-11-22 16:30 UTC is 2026-11-23 00:30 in Taipei: the opening day is the 23rd, not the 22nd.
        world.Clock.Now = new DateTimeOffset(2026, 11, 22, 16, 30, 0, TimeSpan.Zero);
        var opened = await world.OpenAsync("verification", world.TeamA);

        opened.OpenedOn.ShouldBe(new DateOnly(2026, 11, 23));
        opened.StageKey.ShouldBe("kick-off");
        opened.ClosedOn.ShouldBeNull();
        await using var s = world.AsAgency();
        var stages = await s.Work.StagesAsync(opened.Id, default);

        // 附件 2 碳盤查查證輔導工作流程 階段一–六, then 結案; default days 14/30/60/90/120/160/180 after the 23rd.
        stages.Select(x => (x.Position, x.Key, x.DueOn)).ShouldBe([
            (1, "kick-off", new DateOnly(2026, 12, 7)), (2, "boundary", new DateOnly(2026, 12, 23)), (3, "data-calculation", new DateOnly(2027, 1, 22)),
            (4, "report", new DateOnly(2027, 2, 21)), (5, "internal-audit", new DateOnly(2027, 3, 23)), (6, "external-verification", new DateOnly(2027, 5, 2)),
            (7, "closed", new DateOnly(2027, 5, 22))]);
        stages.Select(x => CaseStages.Find(x.Key)!.NameZh).ShouldBe(["啟始作業", "盤查範疇界定", "盤查資料蒐集與計算", "報告書製作", "內部稽核", "外部查證", "結案"]);
    }

    [Fact]
    public async Task Open_CopiesTheClientWithoutTheApplicationsOtherData()
    {
        var world = await CaseWorld.CreateAsync(fixture);

        var opened = await world.OpenAsync("inventory", world.TeamB, n: 7);

        opened.ClientName.ShouldBe("測試染整股份有限公司第7廠");
        opened.TeamOrganisationId.ShouldBe(world.TeamB.Id);
        opened.ApplicationNumber.ShouldNotBeNull();
    }

    [Fact]
    public async Task Open_SameRequestTwiceInParallel_OpensOneCase()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var request = await world.RequestAsync("inventory");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => world.OpenResultAsync(request, world.TeamA.Id))));

        outcomes.Count(o => o.Result is Created<ProgrammeCase>).ShouldBe(1);
        outcomes.Count(o => o.Result is ProblemHttpResult { StatusCode: 409 }).ShouldBe(3);
        await using var s = world.AsAgency();
        (await s.Db.ProgrammeCases.CountAsync(c => c.RequestId == request)).ShouldBe(1);
        (await s.Db.ProgrammeCaseStages.CountAsync()).ShouldBe(4);   // 碳盤查輔導: three stages and 結案, once
    }

    [Fact]
    public async Task Open_TeamThatDoesNotDeliverTheService_IsAFieldErrorAndNothingSaved()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var request = await world.RequestAsync("verification");

        var result = await world.OpenResultAsync(request, world.TeamB.Id);   // team B delivers only 碳盤查輔導

        result.Result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.Keys.ShouldBe(["team"]);
        await using var s = world.AsAgency();
        (await s.Db.ProgrammeCases.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Open_AsViewer_IsRefused()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var request = await world.RequestAsync("inventory");

        var result = await world.OpenResultAsync(request, world.TeamA.Id, role: MembershipRole.Viewer);

        result.Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
    }

    [Fact]
    public async Task Open_WithAnOfficerWhoIsNotAnAgencyMember_IsAFieldError()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var request = await world.RequestAsync("inventory");

        var result = await world.OpenResultAsync(request, world.TeamA.Id, officer: Guid.CreateVersion7());

        result.Result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.Keys.ShouldBe(["officer"]);
    }

    [Fact]
    public async Task Link_SameTeamTwiceOrAsEditor_IsRefused()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var services = await world.ServicesAsync();

        var again = await world.LinkResultAsync(world.TeamA, "甲", "A", [services["inventory"]]);
        var asEditor = await world.LinkResultAsync(await world.TeamOrganisationAsync("丙顧問"), "丙", "C", [services["inventory"]], MembershipRole.Editor);
        var noService = await world.LinkResultAsync(await world.TeamOrganisationAsync("丁顧問"), "丁", "D", []);

        again.Result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.Keys.ShouldBe(["taxId"]);
        asEditor.Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
        noService.Result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.Keys.ShouldBe(["services"]);
        await using var s = world.AsAgency();
        (await s.Db.ProgrammeTeams.CountAsync()).ShouldBe(2);
    }
}
