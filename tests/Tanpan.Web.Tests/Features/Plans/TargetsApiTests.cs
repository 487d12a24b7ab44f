using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Web.Features.Plans;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Plans;

/// <summary>Targets through <c>/api/v1/targets</c>: the yearly table of target vs actual (inventories) vs plan, and bad input.</summary>
public abstract class TargetsApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    /// <summary>
    /// Base 2024 = 1,000,000 kWh × g(2024); 4.2 %/yr linear → 2025 target base × 0.958. 2025's inventory has 990,000 kWh (over target when
    /// 990,000 × g(2025) &gt; base × 0.958); the plan column is the linked plan's pathway; cumulative columns run from 2025.
    /// </summary>
    [Fact]
    public async Task Table_LinearTargetWithInventoriesAndPlan_ShowsTargetActualPlanAndGap()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var baseId = await world.InventoryAsync(2024, 1_000_000m);
        await world.InventoryAsync(2025, 990_000m);
        var plan = await world.PlanAsync(baseId, 2027);
        await world.ElectricityMeasureAsync(plan.Id, 100_000m, 2026);
        var target = await world.Inventories.PostAsync<TargetResponse>("/api/v1/targets",
            new { name = "客戶要求 4.2%", kind = "Absolute", baseYear = 2024, targetYear = 2027, annualReductionPercent = 4.2m, planId = plan.Id });

        var table = await world.GetAsync<TargetTableResponse>($"/api/v1/targets/{target.Id}/table");

        var (g24, g25) = (PlanWorld.Grid(2024), PlanWorld.Grid(2025));
        var baseT = 1_000m * g24;
        table.BaseValue.ShouldBe(baseT);
        table.Rows.Select(r => r.Year).ShouldBe([2025, 2026, 2027]);
        var first = table.Rows[0];
        (first.Target, first.Actual, first.Plan).ShouldBe((baseT * (1m - 0.042m), 990m * g25, baseT));
        first.Gap.ShouldBe(990m * g25 - baseT * 0.958m);
        first.OverTarget.ShouldBe(990m * g25 > baseT * 0.958m);
        table.Rows[2].Plan.ShouldBe(900m * g24);
        table.Rows[2].Target.ShouldBe(baseT * (1m - 0.126m));
        (table.Rows[0].CumulativeActual, table.Rows[1].CumulativeActual).ShouldBe((990m * g25, null));
    }

    /// <summary>Intensity: t CO₂e per unit of the inventories' output; milestones interpolate from the base intensity.</summary>
    [Fact]
    public async Task Table_IntensityMilestones_DividesByOutput()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        await world.InventoryAsync(2024, 1_000_000m, output: 500m);
        await world.InventoryAsync(2025, 1_000_000m, output: 625m);
        var target = await world.Inventories.PostAsync<TargetResponse>("/api/v1/targets", new
        {
            name = "密集度", kind = "Intensity", baseYear = 2024, targetYear = 2026, milestones = new Dictionary<string, decimal> { ["2026"] = 0.5m },
        });

        var table = await world.GetAsync<TargetTableResponse>($"/api/v1/targets/{target.Id}/table");

        var baseIntensity = 1_000m * PlanWorld.Grid(2024) / 500m;
        table.BaseValue.ShouldBe(baseIntensity);
        table.OutputUnit.ShouldBe("公噸");
        table.Rows[0].Target.ShouldBe(baseIntensity + (0.5m - baseIntensity) / 2m);
        table.Rows[0].Actual.ShouldBe(1_000m * PlanWorld.Grid(2025) / 625m);
        (table.Rows[1].Target, table.Rows[1].CumulativeTarget).ShouldBe((0.5m, null));
    }

    [Fact]
    public async Task CreateTarget_TargetBeforeBaseNegativePercentUnknownPlan_400InBothLanguagesAndNothingSaved()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);

        var errors = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync("/api/v1/targets",
            new { name = "x", kind = "Absolute", baseYear = 2030, targetYear = 2025, annualReductionPercent = -4.2m, planId = Guid.NewGuid(), scopes = new[] { 7 } },
            AccountsApp.Json));

        errors.Keys.ShouldBe(["targetYear", "annualReductionPercent", "planId", "scopes"], ignoreOrder: true);
        errors["targetYear"].ShouldHaveSingleItem().ShouldBe("目標年須晚於基準年 2030。 The target year must be after the base year 2030.");
        errors["annualReductionPercent"][0].ShouldContain("不可為負數");
        errors["annualReductionPercent"][0].ShouldContain("cannot be negative");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.EmissionTargets.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task CreateTarget_MilestoneOutsideYears_400()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);

        var errors = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync("/api/v1/targets",
            new { name = "x", kind = "Absolute", baseYear = 2024, targetYear = 2030, milestones = new Dictionary<string, decimal> { ["2031"] = 1m } }, AccountsApp.Json));

        errors["milestones"][0].ShouldContain("2031");
    }

    [Fact]
    public async Task DeletePlan_UsedByTarget_409()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);
        await world.Inventories.PostAsync<TargetResponse>("/api/v1/targets",
            new { name = "t", kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 4.2m, planId = plan.Id });

        (await world.Client.DeleteAsync(new Uri($"/api/v1/plans/{plan.Id}", UriKind.Relative))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Conflict);
        (await world.GetAsync<List<TargetResponse>>("/api/v1/targets")).ShouldHaveSingleItem().Kind.ShouldBe(TargetKind.Absolute);
    }
}
