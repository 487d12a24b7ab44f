using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeCases;

/// <summary>Moving stages, closing and due dates on a real database: audited, guarded by the case's row version, all-or-nothing.</summary>
public abstract class CaseWorkTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Move_ToClosed_RecordsClosedOnAsTheTaipeiDateAndCompletesEveryStage()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);

        // 2027-03-31 16:30 UTC is 2027-04-01 00:30 in Taipei (UTC+8): the closing day is 1 April.
        world.Clock.Now = new DateTimeOffset(2027, 3, 31, 16, 30, 0, TimeSpan.Zero);
        await using (var s = world.AsAgency())
        {
            (await s.Work.MoveAsync(opened.Id, "closed", opened.RowVersion, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        }

        await using var read = world.AsAgency();
        var closed = await read.Db.ProgrammeCases.AsNoTracking().SingleAsync(c => c.Id == opened.Id);
        (closed.StageKey, closed.ClosedOn).ShouldBe(("closed", new DateOnly(2027, 4, 1)));
        (await read.Work.StagesAsync(opened.Id, default)).Select(x => x.CompletedOn).ShouldAllBe(d => d == new DateOnly(2027, 4, 1));
        var audit = await read.Db.AuditEntries.AsNoTracking().Where(e => e.EntityId == opened.Id && e.Action == AuditAction.Update).ToListAsync();
        var move = audit.ShouldHaveSingleItem();
        move.UserId.ShouldBe(world.Officer);
        move.NewValues.ShouldNotBeNull().ShouldContain("closed");
        move.OldValues.ShouldNotBeNull().ShouldContain("data-collection");
    }

    [Fact]
    public async Task Move_BackFromClosed_ClearsClosedOnAndLaterCompletions()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using (var s = world.AsAgency())
        {
            (await s.Work.MoveAsync(opened.Id, "closed", 1, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        }

        await using (var s = world.AsAgency())
        {
            (await s.Work.MoveAsync(opened.Id, "site-visit", 2, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        }

        await using var read = world.AsAgency();
        var back = await read.Db.ProgrammeCases.AsNoTracking().SingleAsync(c => c.Id == opened.Id);
        (back.StageKey, back.ClosedOn).ShouldBe(("site-visit", (DateOnly?)null));
        (await read.Work.StagesAsync(opened.Id, default)).Select(x => x.CompletedOn is not null).ShouldBe([true, false, false, false]);
    }

    [Fact]
    public async Task Move_FromAStalePage_IsRefusedAndChangesNothing()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using (var s = world.AsAgency())
        {
            (await s.Work.MoveAsync(opened.Id, "site-visit", 1, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        }

        await using (var s = world.AsAgency())
        {
            (await s.Work.MoveAsync(opened.Id, "closed", 1, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);
        }

        await using var read = world.AsAgency();
        (await read.Db.ProgrammeCases.AsNoTracking().SingleAsync(c => c.Id == opened.Id)).StageKey.ShouldBe("site-visit");
    }

    [Fact]
    public async Task Move_ToAStageOfAnotherService_IsAFieldError()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using var s = world.AsAgency();

        var result = await s.Work.MoveAsync(opened.Id, "external-verification", 1, default);

        result.Result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.Keys.ShouldBe(["stage"]);
    }

    [Fact]
    public async Task Move_AsViewer_IsRefused()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using var s = world.AsAgency(MembershipRole.Viewer);

        (await s.Work.MoveAsync(opened.Id, "site-visit", 1, default)).Result.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
    }

    [Fact]
    public async Task SetDueDates_OneMissingOneBeforeOpening_ChangesNoneAndNamesBoth()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        await using (var s = world.AsAgency())
        {
            var result = await s.Work.SetDueDatesAsync(opened.Id, new Dictionary<string, DateOnly?>
            {
                ["data-collection"] = new DateOnly(2026, 12, 31), ["site-visit"] = null, ["inventory-report"] = new DateOnly(2026, 1, 1), ["closed"] = new DateOnly(2027, 6, 30),
            }, 1, default);
            result.Result.ShouldBeOfType<ValidationProblem>().ProblemDetails.Errors.Keys.Order().ShouldBe(["due-inventory-report", "due-site-visit"]);
        }

        await using var read = world.AsAgency();
        (await read.Work.StagesAsync(opened.Id, default)).Select(x => x.DueOn).ShouldBe([
            opened.OpenedOn.AddDays(30), opened.OpenedOn.AddDays(60), opened.OpenedOn.AddDays(120), opened.OpenedOn.AddDays(180)]);
    }

    [Fact]
    public async Task SetDueDates_Valid_SavesAllAndRaisesTheCaseVersion()
    {
        var world = await CaseWorld.CreateAsync(fixture);
        var opened = await world.OpenAsync("inventory", world.TeamA);
        var dates = new Dictionary<string, DateOnly?>
        {
            ["data-collection"] = new DateOnly(2026, 12, 15), ["site-visit"] = new DateOnly(2027, 1, 15), ["inventory-report"] = new DateOnly(2027, 3, 15), ["closed"] = new DateOnly(2027, 4, 30),
        };
        await using (var s = world.AsAgency())
        {
            (await s.Work.SetDueDatesAsync(opened.Id, dates, 1, default)).Result.ShouldBeOfType<Ok<ProgrammeCase>>();
        }

        await using var read = world.AsAgency();
        (await read.Work.StagesAsync(opened.Id, default)).Select(x => (DateOnly?)x.DueOn).ShouldBe(dates.Values);
        (await read.Db.ProgrammeCases.AsNoTracking().SingleAsync(c => c.Id == opened.Id)).RowVersion.ShouldBe(2);
    }
}
