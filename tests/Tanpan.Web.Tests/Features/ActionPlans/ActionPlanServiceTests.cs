using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.ActionPlans;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ActionPlans;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ActionPlans;

/// <summary>
/// Action plans on a real database (issue 20 items 7 and 9): seed 002's sample imported and read back reproduces its
/// tables (acceptance check 10: 17/17, 20/20, 37/37 = 100 %); a bad file saves nothing and leaves the year's plan as it
/// was; a viewer cannot import or edit; a status edit changes the rates; another organisation sees nothing.
/// </summary>
public abstract class ActionPlanServiceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task ImportSample_ThenLoad_ReproducesSeed002Tables()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ActionPlanWorld.For(fixture, tenant.OrganisationId);
        var id = await w.ImportSampleAsync();

        await using var read = ActionPlanWorld.For(fixture, tenant.OrganisationId, MembershipRole.Viewer);
        var plan = (await read.Plans.LoadAsync(id, default)).ShouldNotBeNull();
        var t = plan.Tables;
        (plan.Plan.Year, plan.Plan.Sector, plan.Measures.Count).ShouldBe((2021, "製造部門", 37));
        (t.PolicyTotal.Reduction.Achieved, t.PolicyTotal.Reduction.Counted, t.PolicyTotal.Reduction.WholePercent).ShouldBe((17, 17, (int?)100));
        (t.PolicyTotal.Capacity.Achieved, t.PolicyTotal.Capacity.Counted, t.PolicyTotal.Capacity.WholePercent).ShouldBe((20, 20, (int?)100));
        (t.PolicyTotal.Total.Achieved, t.PolicyTotal.Total.Counted, t.PolicyTotal.Total.WholePercent).ShouldBe((37, 37, (int?)100));
        t.ByAgency.Select(a => (a.Label, a.Total.Counted)).ShouldBe([("經濟部", 33), ("國科會", 3), ("環保署", 1)]);
        t.Budgets.Select(b => b.SpentTenThousands).ShouldBe([62_030m, 138_712m, 1_296m]);   // decimals survive the round trip (2,373.17; 1,994.1242)
        t.Emissions.Select(e => ActionPlanUnits.InMillionTonnes(e.CumulativeEmissions)).ShouldBe([147.8m, 296.6m, 447.4m, 592.1m, 734.0m]);
        (t.PeopleTrained, plan.Core.Intensity.Single().Met).ShouldBe((431, (bool?)true));
    }

    [Fact]
    public async Task Import_BadFile_SavesNothingAndKeepsTheYearsPlan()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ActionPlanWorld.For(fixture, tenant.OrganisationId);
        var id = await w.ImportSampleAsync();
        var before = await w.CountsAsync();
        var text = await File.ReadAllTextAsync(ActionPlanWorld.SamplePath);

        // The same year with one bad status (line 6, measure 1.1.1) and one negative budget (line 7, 1.1.2's 240): both reported, nothing replaced.
        var lines = text.Split('\n');
        lines[5] = lines[5].Replace(",達成,", ",完成,", StringComparison.Ordinal);
        lines[6] = lines[6].Replace(",240,", ",-240,", StringComparison.Ordinal);
        var outcome = await w.ImportAsync(string.Join('\n', lines));

        outcome.PlanId.ShouldBeNull();
        outcome.Issues.Select(i => (i.Line, i.Column)).ShouldBe([(6, "status"), (7, "budget")]);
        w.Db.ChangeTracker.Clear();
        (await w.CountsAsync()).ShouldBe(before);
        (await w.Db.SectorActionPlans.SingleAsync()).Id.ShouldBe(id);
    }

    [Fact]
    public async Task Import_SameYearAgain_ReplacesThePlanWhole()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ActionPlanWorld.For(fixture, tenant.OrganisationId);
        var first = await w.ImportSampleAsync();
        var second = await w.ImportSampleAsync();

        second.ShouldNotBe(first);
        (await w.CountsAsync()).ShouldBe((1, 3, 37, 5, 1));
    }

    [Fact]
    public async Task Viewer_CannotImportOrEdit()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var owner = ActionPlanWorld.For(fixture, tenant.OrganisationId);
        var id = await owner.ImportSampleAsync();
        var measure = await owner.Db.SectorPlanMeasures.FirstAsync();
        await using var viewer = ActionPlanWorld.For(fixture, tenant.OrganisationId, MembershipRole.Viewer);

        (await viewer.ImportAsync("record\nplan")).Refusal!.StatusCode.ShouldBe(403);
        var edit = (await viewer.Plans.UpdateMeasureAsync(id, measure.Id, new MeasureEdit("not-achieved", null, null, null, null, null, null, null), default)).Result;
        edit.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(403);
        await using var verifier = ActionPlanWorld.For(fixture, tenant.OrganisationId, MembershipRole.Verifier);
        (await verifier.Plans.LoadAsync(id, default)).ShouldBeNull();
    }

    [Fact]
    public async Task UpdateMeasure_OneReductionMeasureNotAchieved_Rate16Of17Is94Percent()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ActionPlanWorld.For(fixture, tenant.OrganisationId);
        var id = await w.ImportSampleAsync();
        var measure = await w.Db.SectorPlanMeasures.AsNoTracking().SingleAsync(m => m.Number == "1.1.1");

        var result = (await w.Plans.UpdateMeasureAsync(id, measure.Id, new MeasureEdit("not-achieved", "未達成", 100m, null, 50m, 12, 1, measure.RowVersion), default)).Result;

        result.ShouldBeOfType<Ok<SectorPlanMeasure>>();
        var t = (await w.Plans.LoadAsync(id, default))!.Tables;
        // 16 ÷ 17 = 94.1 % → 94 %; all measures 36 ÷ 37 = 97.3 % → 97 %; 經濟部 32 ÷ 33 = 97 %.
        (t.PolicyTotal.Reduction.Achieved, t.PolicyTotal.Reduction.NotAchieved, t.PolicyTotal.Reduction.WholePercent).ShouldBe((16, 1, (int?)94));
        t.PolicyTotal.Total.WholePercent.ShouldBe(97);
        t.ByAgency[0].Total.WholePercent.ShouldBe(97);
        t.PeopleTrained.ShouldBe(443);
    }

    [Fact]
    public async Task UpdateMeasure_BadFiguresOrStaleVersion_RefusedAndNothingSaved()
    {
        var tenant = await Seed.TenantAsync(fixture);
        await using var w = ActionPlanWorld.For(fixture, tenant.OrganisationId);
        var id = await w.ImportSampleAsync();
        var measure = await w.Db.SectorPlanMeasures.AsNoTracking().SingleAsync(m => m.Number == "1.1.1");

        var bad = (await w.Plans.UpdateMeasureAsync(id, measure.Id, new MeasureEdit("done", null, -1m, null, null, -3, null, null), default)).Result;
        FieldErrors.Of(bad.ShouldBeOfType<ValidationProblem>()).Select(e => e.Field).ShouldBe(["status", "budget", "people"]);
        var stale = (await w.Plans.UpdateMeasureAsync(id, measure.Id, new MeasureEdit("achieved", null, null, null, null, null, null, measure.RowVersion + 1), default)).Result;
        stale.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(409);

        w.Db.ChangeTracker.Clear();
        var after = await w.Db.SectorPlanMeasures.SingleAsync(m => m.Id == measure.Id);
        (after.Status, after.BudgetTenThousandNtd, after.People, after.RowVersion).ShouldBe(("achieved", 3677.2m, null, 1));
    }

    [Fact]
    public async Task OtherOrganisation_FindsNoPlanNorMeasure()
    {
        var a = await Seed.TenantAsync(fixture);
        var b = await Seed.TenantAsync(fixture);
        var seeded = await ActionPlansSeed.CreateAsync(fixture, b.OrganisationId);
        await using var w = ActionPlanWorld.For(fixture, a.OrganisationId);

        (await w.Plans.ListAsync(default)).ShouldBeEmpty();
        (await w.Plans.LoadAsync(seeded.PlanId, default)).ShouldBeNull();
        (await w.Plans.FindMeasureAsync(seeded.PlanId, seeded.MeasureId, default)).ShouldBeNull();
        (await w.Plans.DeleteAsync(seeded.PlanId, default))!.StatusCode.ShouldBe(404);
        var edit = (await w.Plans.UpdateMeasureAsync(seeded.PlanId, seeded.MeasureId, new MeasureEdit("not-achieved", null, null, null, null, null, null, null), default)).Result;
        edit.ShouldBeOfType<ProblemHttpResult>().StatusCode.ShouldBe(404);
        await seeded.ShouldBeUnchangedAsync(fixture, b.OrganisationId);
    }
}

public sealed class SqliteActionPlanServiceTests(SqliteFixture fixture) : ActionPlanServiceTests<SqliteFixture>(fixture);

public sealed class PostgresActionPlanServiceTests(PostgresFixture fixture) : ActionPlanServiceTests<PostgresFixture>(fixture);
