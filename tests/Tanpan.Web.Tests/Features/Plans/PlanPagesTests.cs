using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Plans;

/// <summary>The plan and target pages call the API's handlers: field errors in the page's language, nothing saved on a bad post.</summary>
public abstract class PlanPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task PlanPage_WithMeasure_RendersCurveSvgPathwayAndFeeTables()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 60_000_000m), 2027);
        await world.ElectricityMeasureAsync(plan.Id, 10_000_000m, 2026, investment: 60_000_000m);

        var html = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/plans/{plan.Id}", UriKind.Relative)));

        html.ShouldContain("<svg");
        html.ShouldContain("<rect");
        html.ShouldContain("邊際減碳成本曲線");
        html.ShouldContain("碳費展望");
        html.ShouldContain("空壓機群控");
        html.ShouldContain("/planning/targets"); // menu
    }

    [Fact]
    public async Task PlanPage_OffsetsPerYear_ShowsTheFeeLessTheOffsetsAndKeepsABadValueWithItsMessage()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 60_000_000m), 2027);
        var g = PlanWorld.Grid(2024);
        var zh = System.Globalization.CultureInfo.GetCultureInfo("zh-TW");

        var with = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/plans/{plan.Id}?offsetsT=100", UriKind.Relative)));
        var without = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/plans/{plan.Id}", UriKind.Relative)));
        var bad = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/plans/{plan.Id}?offsetsT=-5", UriKind.Relative)));

        with.ShouldContain(((60_000m * g - 25_000m - 100m) * 300m).ToString("N0", zh));
        with.ShouldNotContain(((60_000m * g - 25_000m) * 300m).ToString("N0", zh));
        with.ShouldContain("value=\"100\"");
        without.ShouldContain(((60_000m * g - 25_000m) * 300m).ToString("N0", zh));
        bad.ShouldContain("每年減量額度不可為負數。");
        bad.ShouldContain("value=\"-5\"");
        bad.ShouldContain(((60_000m * g - 25_000m) * 300m).ToString("N0", zh)); // the outlook without offsets
    }

    [Fact]
    public async Task PlanSettingsForm_Valid_UpdatesThePlanThroughTheApi()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);

        var response = await PageForm.PostAsync(world.Client, $"/planning/plans/{plan.Id}", "plan-settings", new()
        {
            ["Settings.Name"] = "2035 淨零路徑", ["Settings.EndYear"] = "2035", ["Settings.GrowthPercent"] = "1.5",
            ["Settings.DiscountRate"] = "0.07", ["Settings.HighLeakage"] = "true",
        });

        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.OK]);
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        var saved = await db.ReductionPlans.SingleAsync();
        (saved.Name, saved.EndYear, saved.GrowthPercent, saved.DiscountRate, saved.HighLeakage).ShouldBe(("2035 淨零路徑", 2035, 1.5m, 0.07m, true));
        saved.BaseInventoryYearId.ShouldBe(plan.BaseInventoryId);
    }

    [Fact]
    public async Task PlanSettingsForm_EndYearBeforeBase_ShowsFieldErrorKeepsInputAndChangesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);

        var response = await PageForm.PostAsync(world.Client, $"/planning/plans/{plan.Id}", "plan-settings", new()
        {
            ["Settings.Name"] = "改過的名稱", ["Settings.EndYear"] = "2020", ["Settings.GrowthPercent"] = "0", ["Settings.DiscountRate"] = "0.05",
        });

        var html = await PageForm.HtmlAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("終點年度須晚於基準年 2024");
        html.ShouldContain("value=\"改過的名稱\"");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.ReductionPlans.SingleAsync()).ShouldSatisfyAllConditions(p => p.Name.ShouldBe("2030 減碳計畫"), p => p.EndYear.ShouldBe(2030));
    }

    [Fact]
    public async Task DeletePlanForm_DeletesUnlessATargetUsesItAndNotForAnotherOrganisation()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var other = await PlanWorld.CreateAsync(app);
        var used = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);
        var free = await world.PlanAsync(used.BaseInventoryId, 2030);
        await world.Inventories.PostAsync<Tanpan.Web.Features.Plans.TargetResponse>("/api/v1/targets",
            new { name = "4.2%", kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 4.2m, planId = used.Id });

        var token = System.Text.RegularExpressions.Regex.Match(await other.Client.GetStringAsync(new Uri("/planning/plans/new", UriKind.Relative)),
            "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value; // the other member's own token
        var foreign = await other.Client.PostAsync(new Uri($"/planning/plans/{free.Id}", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "delete-plan", ["Delete"] = "1", ["__confirmed"] = "yes" }));
        var conflict = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, $"/planning/plans/{used.Id}", "delete-plan", new() { ["Delete"] = "1", ["__confirmed"] = "yes" }));
        var deleted = await PageForm.PostAsync(world.Client, $"/planning/plans/{free.Id}", "delete-plan", new() { ["Delete"] = "1", ["__confirmed"] = "yes" });

        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        conflict.ShouldContain("有減量目標使用此計畫");
        deleted.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.OK]);
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.ReductionPlans.Select(p => p.Id).ToListAsync()).ShouldBe([used.Id]);
    }

    [Fact]
    public async Task DeleteTargetForm_DeletesTheTargetThroughTheApi()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var keep = await world.Inventories.PostAsync<Tanpan.Web.Features.Plans.TargetResponse>("/api/v1/targets",
            new { name = "keep", kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 4.2m });
        var drop = await world.Inventories.PostAsync<Tanpan.Web.Features.Plans.TargetResponse>("/api/v1/targets",
            new { name = "drop", kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 4.2m });

        var response = await PageForm.PostAsync(world.Client, $"/planning/targets/{drop.Id}", "delete-target", new() { ["Delete"] = "1", ["__confirmed"] = "yes" });

        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.OK]);
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.EmissionTargets.Select(t => t.Id).ToListAsync()).ShouldBe([keep.Id]);
    }

    [Fact]
    public async Task EditTargetForm_PrefilledAndSavedThroughTheApi_BadYearKeepsInput()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var target = await world.Inventories.PostAsync<Tanpan.Web.Features.Plans.TargetResponse>("/api/v1/targets",
            new { name = "4.2%", kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 4.2m });
        var path = $"/planning/targets/{target.Id}/edit";

        var form = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri(path, UriKind.Relative)));
        var bad = await PageForm.HtmlAsync(await PageForm.PostAsync(world.Client, path, "new-target", new()
        {
            ["Input.Name"] = "改過", ["Input.Kind"] = "Absolute", ["Input.BaseYear"] = "2024", ["Input.TargetYear"] = "2020",
            ["Input.AnnualReductionPercent"] = "5", ["Input.Scopes"] = "1,2",
        }));
        var saved = await PageForm.PostAsync(world.Client, path, "new-target", new()
        {
            ["Input.Name"] = "SBTi 2035", ["Input.Kind"] = "Absolute", ["Input.BaseYear"] = "2024", ["Input.TargetYear"] = "2035",
            ["Input.AnnualReductionPercent"] = "5", ["Input.Scopes"] = "1",
        });

        form.ShouldContain("value=\"4.2%\"");
        form.ShouldContain("value=\"2030\"");
        bad.ShouldContain("目標年須晚於基準年");
        bad.ShouldContain("value=\"改過\"");
        saved.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.OK]);
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        var row = await db.EmissionTargets.SingleAsync();
        (row.Name, row.TargetYear, row.AnnualReductionPercent).ShouldBe(("SBTi 2035", 2035, 5m));
    }

    [Fact]
    public async Task AddMeasureForm_BadInputs_ShowsFieldErrorsKeepsInputAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);

        var response = await PageForm.PostAsync(world.Client, $"/planning/plans/{plan.Id}", "add-measure", new()
        {
            ["Input.Kind"] = "led", ["Input.StartYear"] = "2023", ["Input.LifetimeYears"] = "10", ["Value.count"] = "-3", ["Value.hours"] = "4000",
        });

        var html = await PageForm.HtmlAsync(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("開始年度須在基準年 2024 之後");
        html.ShouldContain("value=\"-3\"");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.PlanMeasures.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AddMeasureForm_Valid_AddsAndRedirects()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        var plan = await world.PlanAsync(await world.InventoryAsync(2024, 1_000m), 2030);

        var response = await PageForm.PostAsync(world.Client, $"/planning/plans/{plan.Id}", "add-measure", new()
        {
            ["Input.Kind"] = "led", ["Input.StartYear"] = "2026", ["Input.LifetimeYears"] = "8",
            ["Value.count"] = "200", ["Value.watts-before"] = "40", ["Value.watts-after"] = "18", ["Value.hours"] = "4000", ["Value.price-electricity"] = "3.2",
        });

        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.OK]);
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        var measure = await db.PlanMeasures.SingleAsync();
        (measure.Kind, measure.StartYear, measure.LifetimeYears).ShouldBe(("led", 2026, 8));
    }

    [Fact]
    public async Task NewTargetForm_TargetYearBeforeBaseInEnglish_ShowsEnglishErrorAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        (await world.Client.GetAsync(new Uri("/culture?c=en&redirect=/", UriKind.Relative))).EnsureSuccessStatusCode();

        var response = await PageForm.PostAsync(world.Client, "/planning/targets/new", "new-target", new()
        {
            ["Input.Name"] = "Customer", ["Input.Kind"] = "Absolute", ["Input.BaseYear"] = "2030", ["Input.TargetYear"] = "2025",
            ["Input.AnnualReductionPercent"] = "4.2", ["Input.Scopes"] = "1,2",
        });

        var html = await PageForm.HtmlAsync(response);
        html.ShouldContain("The target year must be after the base year 2030.");
        html.ShouldNotContain("目標年須晚於基準年");
        await using var db = fixture.CreateContext(world.Inventories.OrganisationId);
        (await db.EmissionTargets.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task TargetPage_OverTargetYear_IsHighlighted()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await PlanWorld.CreateAsync(app);
        await world.InventoryAsync(2024, 1_000_000m);
        await world.InventoryAsync(2025, 1_500_000m);
        var target = await world.Inventories.PostAsync<Tanpan.Web.Features.Plans.TargetResponse>("/api/v1/targets",
            new { name = "4.2%", kind = "Absolute", baseYear = 2024, targetYear = 2030, annualReductionPercent = 4.2m });

        var html = await PageForm.HtmlAsync(await world.Client.GetAsync(new Uri($"/planning/targets/{target.Id}", UriKind.Relative)));

        html.ShouldContain("class=\"over-target\"");
        html.ShouldContain("超標");
    }
}
