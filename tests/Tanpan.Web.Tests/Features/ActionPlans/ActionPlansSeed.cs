using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ActionPlans;

/// <summary>Seed 002's sample imported into an organisation (for isolation probes: another organisation must reach none of it).</summary>
public sealed record ActionPlansSeed(Guid PlanId, Guid MeasureId)
{
    public static async Task<ActionPlansSeed> CreateAsync(DatabaseFixture fixture, Guid organisationId)
    {
        await using var w = ActionPlanWorld.For(fixture, organisationId);
        var plan = await w.ImportSampleAsync();
        return new ActionPlansSeed(plan, await w.Db.SectorPlanMeasures.Where(m => m.Number == "1.1.1").Select(m => m.Id).SingleAsync());
    }

    /// <summary>The plan is still there with its 37 measures, 1.1.1 unchanged (達成, 3,677.2 萬元).</summary>
    public async Task ShouldBeUnchangedAsync(DatabaseFixture fixture, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var w = ActionPlanWorld.For(fixture, organisationId);
        (await w.Db.SectorActionPlans.SingleAsync()).Id.ShouldBe(PlanId);
        (await w.Db.SectorPlanMeasures.CountAsync()).ShouldBe(37);
        var measure = await w.Db.SectorPlanMeasures.SingleAsync(m => m.Id == MeasureId);
        (measure.Status, measure.BudgetTenThousandNtd, measure.RowVersion).ShouldBe(("achieved", 3677.2m, 1));
    }
}
