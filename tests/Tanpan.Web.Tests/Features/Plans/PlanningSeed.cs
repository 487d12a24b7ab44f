using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Plans;

/// <summary>A plan with one measure and a target linked to it, in a seeded organisation (for isolation probes).</summary>
public sealed record PlanningSeed(Guid PlanId, Guid MeasureId, Guid TargetId)
{
    public static async Task<PlanningSeed> CreateAsync(DatabaseFixture fixture, SeededTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(tenant);
        await using var db = fixture.CreateContext(tenant.OrganisationId);
        var plan = new ReductionPlan
        {
            Id = Guid.CreateVersion7(), Name = "乙計畫", BaseInventoryYearId = tenant.InventoryYearId, EndYear = 2030, DiscountRate = 0.05m, CreatedAt = Seed.Time,
        };
        var measure = new PlanMeasure
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, Kind = "custom", ParametersJson = """{"electricity":"1000"}""", LifetimeYears = 10, StartYear = 2026,
        };
        var target = new EmissionTarget
        {
            Id = Guid.CreateVersion7(), Name = "乙目標", Kind = TargetKind.Absolute, BaseYear = 2024, TargetYear = 2030, AnnualReductionPercent = 4.2m,
            Scopes = "1,2", PlanId = plan.Id,
        };
        db.ReductionPlans.Add(plan);
        db.PlanMeasures.Add(measure);
        db.EmissionTargets.Add(target);
        await db.SaveChangesAsync();
        return new PlanningSeed(plan.Id, measure.Id, target.Id);
    }

    /// <summary>The plan, its measure and the target are still there as seeded.</summary>
    public static async Task ShouldBeUnchangedAsync(DatabaseFixture fixture, Guid organisationId, PlanningSeed seed)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(seed);
        await using var db = fixture.CreateContext(organisationId);
        (await db.ReductionPlans.SingleAsync()).Name.ShouldBe("乙計畫");
        var measure = await db.PlanMeasures.SingleAsync();
        (measure.Id, measure.ImplementedOn).ShouldBe((seed.MeasureId, null));
        (await db.EmissionTargets.SingleAsync()).Name.ShouldBe("乙目標");
    }
}
