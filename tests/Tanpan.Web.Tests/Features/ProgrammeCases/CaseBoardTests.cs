using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeCases;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>The board on a real database: per team and per officer, by stage, overdue when the current stage's due date has passed (Taiwan date), twenty to a page.</summary>
public abstract class CaseBoardTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Board_PerTeam_CountsStagesAndOverdueFromTheCurrentStage()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var a1 = await world.OpenAsync("inventory", world.TeamA, 1);
        var a2 = await world.OpenAsync("verification", world.TeamA, 2);
        await world.OpenAsync("inventory", world.TeamB, 3);
        await using (var s = world.AsAgency())
        {
            (await s.Work.MoveAsync(a1.Id, "site-visit", 1, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        }

        // Opened 2026-11-22 (Taipei). 35 days later: 碳盤查輔導's 資料蒐集 (due +30) is overdue, its 赴廠 (due +60) is not;
        // 查證輔導's 啟始作業 (due +14) is overdue.
        world.Clock.Now = world.Clock.Now.AddDays(35);
        await using var read = world.AsAgency();

        var teamA = await read.Board.ReadAsync(new BoardFilter(Team: world.TeamA.Id), default);
        var all = await read.Board.ReadAsync(new BoardFilter(), default);
        var overdue = await read.Board.ReadAsync(new BoardFilter(OverdueOnly: true), default);

        teamA.Total.ShouldBe(2);
        teamA.ByStage.OrderBy(x => x.Key, StringComparer.Ordinal).ShouldBe([KeyValuePair.Create("kick-off", 1), KeyValuePair.Create("site-visit", 1)]);
        teamA.Overdue.ShouldBe(1);
        teamA.Rows.Select(r => (r.Case.Id, r.Overdue)).ShouldBe([(a2.Id, true), (a1.Id, false)]);   // by due date: +14 before +60
        all.Total.ShouldBe(3);
        all.Overdue.ShouldBe(2);
        overdue.Rows.Select(r => r.Case.ClientName).Order().ShouldBe(["測試染整股份有限公司第2廠", "測試染整股份有限公司第3廠"]);
    }

    [Fact]
    public async Task Board_PerOfficer_AndClosedCasesApart()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var mine = (await world.OpenResultAsync(await world.RequestAsync("inventory", 1), world.TeamA.Id, world.Officer)).Result.ShouldBeOfType<Created<ProgrammeCase>>().Value!;
        var other = await world.OpenAsync("inventory", world.TeamA, 2);
        await using (var s = world.AsAgency())
        {
            (await s.Work.MoveAsync(other.Id, "closed", 1, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        }

        await using var read = world.AsAgency();
        (await read.Board.ReadAsync(new BoardFilter(Officer: world.Officer), default)).Rows.Select(r => r.Case.Id).ShouldBe([mine.Id]);
        (await read.Board.ReadAsync(new BoardFilter(), default)).Rows.Select(r => r.Case.Id).ShouldBe([mine.Id]);
        var closed = await read.Board.ReadAsync(new BoardFilter(Closed: true), default);
        closed.Rows.Select(r => (r.Case.Id, r.DueOn, r.Overdue)).ShouldBe([(other.Id, (DateOnly?)null, false)]);
    }

    [Fact]
    public async Task Board_TwentyFivecases_PagesOfTwenty()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        for (var n = 1; n <= 25; n++)
        {
            await world.OpenAsync("inventory", world.TeamB, n);
        }

        await using var read = world.AsAgency();
        var first = await read.Board.ReadAsync(new BoardFilter(), default);
        var second = await read.Board.ReadAsync(new BoardFilter(Page: 2), default);
        var beyond = await read.Board.ReadAsync(new BoardFilter(Page: 9), default);

        (first.Rows.Count, second.Rows.Count, first.Total).ShouldBe((20, 5, 25));
        first.Rows.Select(r => r.Case.Id).Intersect(second.Rows.Select(r => r.Case.Id)).ShouldBeEmpty();
        beyond.Page.ShouldBe(2);
    }
}
