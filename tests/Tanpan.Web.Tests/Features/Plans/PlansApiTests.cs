using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Plans;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Plans;

/// <summary>Plans through <c>/api/v1/plans</c>: measures evaluated, the curve, the pathway and the carbon fee with and without the plan.</summary>
public abstract class PlansApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    /// <summary>
    /// Base 2024: 60,000,000 kWh × grid(2024). A measure saving 10,000,000 kWh from 2026: its tCO2e = 10,000,000 × grid(2024) / 1000,
    /// the pathway subtracts it from 2026, the base year stays as measured.
    /// </summary>
    [Fact]
    public async Task Plan_WithMeasure_PathwaySubtractsSavingsFromStartYear()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var baseId = await world.InventoryAsync(2024, 60_000_000m);
        var plan = await world.PlanAsync(baseId, 2027);

        var measure = await world.ElectricityMeasureAsync(plan.Id, 10_000_000m, 2026, investment: 60_000_000m);

        var grid = PlanWorld.Grid(2024);
        plan.BaseEmissionsT.ShouldBe(60_000_000m * grid / 1000m);
        measure.Co2eT.ShouldBe(10_000_000m * grid / 1000m);
        (measure.CostSavedNtd, measure.PaybackYears).ShouldBe((30_000_000m, 2m));
        var pathway = await world.GetAsync<List<PathwayYearResponse>>($"/api/v1/plans/{plan.Id}/pathway");
        pathway.Select(y => (y.Year, y.PlanT)).ShouldBe(
        [
            (2024, 60_000m * grid), (2025, 60_000m * grid), (2026, 50_000m * grid), (2027, 50_000m * grid),
        ]);
    }

    /// <summary>
    /// Without the plan: (60,000 × g − 25,000) × NT$300. With it from 2026: 50,000 × g t; below the 25,000 t threshold (g ≈ 0.47) the
    /// plan's fee is 0 at every rate. The curve's one bar costs (60 M × CRF(5 %, 10) − 30 M) / t.
    /// </summary>
    [Fact]
    public async Task CarbonFeeAndCurve_WithAndWithoutPlan_MatchHandFormulas()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 60_000_000m), 2027);
        await world.ElectricityMeasureAsync(plan.Id, 10_000_000m, 2026, investment: 60_000_000m);

        var fee = await world.GetAsync<CarbonFeeOutlookResponse>($"/api/v1/plans/{plan.Id}/carbon-fee");
        var curve = await world.GetAsync<AbatementCurveResponse>($"/api/v1/plans/{plan.Id}/curve");

        var g = PlanWorld.Grid(2024);
        fee.Years.Select(y => y.Year).ShouldBe([2025, 2026, 2027]);
        var y2026 = fee.Years[1];
        y2026.WithoutPlanFeeNtd.ShouldBe((60_000m * g - 25_000m) * 300m);
        (50_000m * g).ShouldBeLessThan(25_000m);
        (y2026.WithPlanGeneralFeeNtd, y2026.WithPlanRateAFeeNtd, y2026.WithPlanRateBFeeNtd).ShouldBe((0m, 0m, 0m));
        fee.Years[0].WithPlanGeneralFeeNtd.ShouldBe(fee.Years[0].WithoutPlanFeeNtd);
        var bar = curve.Points.ShouldHaveSingleItem();
        bar.CostPerTNtd.ShouldBe((60_000_000m * AbatementCurve.CapitalRecoveryFactor(0.05m, 10) - 30_000_000m) / (10_000m * g), 0.0001m);
    }

    /// <summary>
    /// The wire shape clients have always read: Core counts avoided emissions as <c>Co2e</c>, the API still shows tonnes under the
    /// same names (pathway, curve bar, carrier saving), e.g. 10,000,000 kWh × g kg/kWh ÷ 1,000 = 10,000 × g t.
    /// </summary>
    [Fact]
    public async Task PlanJson_ShowsTonnesUnderTheirContractNames()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 60_000_000m), 2026);
        await world.ElectricityMeasureAsync(plan.Id, 10_000_000m, 2026, investment: 60_000_000m);
        var g = PlanWorld.Grid(2024);

        using var pathway = JsonDocument.Parse(await world.Client.GetStringAsync(new Uri($"/api/v1/plans/{plan.Id}/pathway", UriKind.Relative)));
        using var curve = JsonDocument.Parse(await world.Client.GetStringAsync(new Uri($"/api/v1/plans/{plan.Id}/curve", UriKind.Relative)));
        using var full = JsonDocument.Parse(await world.Client.GetStringAsync(new Uri($"/api/v1/plans/{plan.Id}", UriKind.Relative)));

        var last = pathway.RootElement.EnumerateArray().Last();
        Names(last).ShouldBe(["year", "businessAsUsualT", "savedT", "planT"]);
        last.GetProperty("savedT").GetDecimal().ShouldBe(10_000m * g);
        var bar = curve.RootElement.GetProperty("points")[0];
        Names(bar).ShouldBe(["id", "label", "annualCo2eT", "capitalRecoveryFactor", "annualisedCostNtd", "costPerTNtd", "fromT", "toT"]);
        (bar.GetProperty("fromT").GetDecimal(), bar.GetProperty("toT").GetDecimal()).ShouldBe((0m, 10_000m * g));
        var saving = full.RootElement.GetProperty("measures")[0].GetProperty("savings")[0];
        Names(saving).ShouldBe(["carrier", "quantity", "co2eT", "factorId", "kgCo2ePerUnit", "priceNtdPerUnit", "costNtd"]);
        saving.GetProperty("co2eT").GetDecimal().ShouldBe(10_000m * g);
    }

    private static List<string> Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];

    /// <summary>
    /// 100 t of offsets a year (under the cap, a share of the chargeable emissions): without the plan
    /// (60,000 × g − 25,000 − 100) × NT$300 in every year; a negative amount is a field error in both languages.
    /// </summary>
    [Fact]
    public async Task CarbonFee_WithOffsetsPerYear_DeductsThemAndRefusesNegative()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 60_000_000m), 2027);

        var fee = await world.GetAsync<CarbonFeeOutlookResponse>($"/api/v1/plans/{plan.Id}/carbon-fee?offsetsT=100");
        var errors = await Validation.ErrorsAsync(await world.Client.GetAsync(new Uri($"/api/v1/plans/{plan.Id}/carbon-fee?offsetsT=-1", UriKind.Relative)));

        var g = PlanWorld.Grid(2024);
        ((60_000m * g - 25_000m) * Tanpan.Core.CarbonFee.CarbonFeeParameters.Shipped.DomesticOffsetCapPercent / 100m).ShouldBeGreaterThan(100m);
        fee.OffsetsPerYearT.ShouldBe(100m);
        fee.Years.Select(y => y.WithoutPlanFeeNtd).ShouldBe([.. Enumerable.Repeat<decimal?>((60_000m * g - 25_000m - 100m) * 300m, 3)]);
        fee.Years.Select(y => y.WithPlanGeneralFeeNtd).ShouldBe(fee.Years.Select(y => y.WithoutPlanFeeNtd)); // no measures
        errors["offsetsT"].ShouldHaveSingleItem().ShouldContain("不可為負數");
        errors["offsetsT"][0].ShouldContain("must not be negative");
    }

    /// <summary>
    /// Implemented in 2024; the 2025 inventory has 52,000,000 kWh at output 1,100 t vs 60,000,000 at 1,000 t in 2023: expected
    /// 60,000 × g(2023) × 1.1, observed saving = that − 52,000 × g(2025), ratio over the projected 10,000 × g(2023).
    /// </summary>
    [Fact]
    public async Task VerifiedSavings_LaterInventoryWithOutput_NormalisesAndComparesWithProjection()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2023, 60_000_000m, output: 1_000m), 2030);
        var measure = await world.ElectricityMeasureAsync(plan.Id, 10_000_000m, 2024);
        await world.InventoryAsync(2025, 52_000_000m, output: 1_100m);
        var put = await world.Client.PutAsJsonAsync($"/api/v1/plans/{plan.Id}/measures/{measure.Id}", new
        {
            kind = "custom", label = measure.Label, startYear = 2024, lifetimeYears = 10, implementedOn = "2024-06-30",
            parameters = measure.Parameters,
        }, AccountsApp.Json);
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        var verified = (await world.GetAsync<List<VerifiedSavingResponse>>($"/api/v1/plans/{plan.Id}/verified-savings")).ShouldHaveSingleItem();

        var check = verified.Checks.ShouldHaveSingleItem();
        var (g23, g25) = (PlanWorld.Grid(2023), PlanWorld.Grid(2025));
        (check.Year, check.OutputRatio, check.ExpectedT).ShouldBe((2025, 1.1m, 60_000m * g23 * 1.1m));
        check.ObservedT.ShouldBe(60_000m * g23 * 1.1m - 52_000m * g25);
        check.Ratio!.Value.ShouldBe((60_000m * g23 * 1.1m - 52_000m * g25) / (10_000m * g23), 0.0000001m);
        verified.Materials.ShouldBe(["electricity"]);
    }

    [Fact]
    public async Task AddMeasure_UnknownKindOrBadInputs_400InBothLanguagesAndNothingSaved()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);

        var unknown = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync($"/api/v1/plans/{plan.Id}/measures",
            new { kind = "perpetual-motion", startYear = 2026 }, AccountsApp.Json));
        var bad = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync($"/api/v1/plans/{plan.Id}/measures",
            new { kind = "led", startYear = 2024, lifetimeYears = 0, parameters = new Dictionary<string, string> { ["count"] = "-5", ["hours"] = "4000" } }, AccountsApp.Json));

        unknown["kind"].ShouldHaveSingleItem().ShouldContain("不明的措施");
        unknown["kind"][0].ShouldContain("unknown measure 'perpetual-motion'");
        bad.Keys.ShouldBe(["startYear", "lifetimeYears", "parameters.count", "parameters.watts-before", "parameters.watts-after"], ignoreOrder: true);
        bad["startYear"][0].ShouldContain("The start year must be after the base year 2024");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.PlanMeasures.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task CreatePlan_EndBeforeBaseAndNegativeDiscount_400AndNothingSaved()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var baseId = await world.InventoryAsync(2024, 1_000m);

        var errors = await Validation.ErrorsAsync(await world.Client.PostAsJsonAsync("/api/v1/plans",
            new { name = "", baseInventoryId = baseId, endYear = 2020, discountRate = -0.1m, facilityId = Guid.NewGuid() }, AccountsApp.Json));

        errors.Keys.ShouldBe(["name", "endYear", "discountRate", "facilityId"], ignoreOrder: true);
        errors["endYear"][0].ShouldContain("終點年度須晚於基準年 2024");
        errors["discountRate"][0].ShouldContain("cannot be negative");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.ReductionPlans.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Viewer_ReadsPlansButCannotChangeThem()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);
        using var viewer = await world.Inventories.MemberAsync(MembershipRole.Viewer);

        (await viewer.GetAsync(new Uri($"/api/v1/plans/{plan.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.PostAsJsonAsync($"/api/v1/plans/{plan.Id}/measures", new { kind = "custom", startYear = 2026 }, AccountsApp.Json))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.DeleteAsync(new Uri($"/api/v1/plans/{plan.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DeletePlan_RemovesMeasuresAndIsAudited()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);
        await world.ElectricityMeasureAsync(plan.Id, 100m, 2026);

        (await world.Client.DeleteAsync(new Uri($"/api/v1/plans/{plan.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.ReductionPlans.CountAsync(), await db.PlanMeasures.CountAsync()).ShouldBe((0, 0));
        (await db.AuditEntries.CountAsync(e => e.EntityType == nameof(ReductionPlan))).ShouldBe(2);
    }
}
