using System.Net.Http.Json;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Plans;

namespace Tanpan.Web.Tests.Features.Ui;

/// <summary>
/// One organisation with something behind every form: a facility, an inventory with a source and an entry, a plan
/// with a measure, a product, a CBAM installation and good, a training course and session, a programme with a
/// service, an application and a case, and an action plan with a measure; its owner's client.
/// </summary>
internal sealed record FormWorld(
    HttpClient Client, Guid OrganisationId, Guid FacilityId, Guid InventoryId, Guid SourceId, Guid PlanId, Guid ProductId, Guid InstallationId,
    Guid GoodId, Guid CourseId, Guid SessionId, Guid ProgrammeId, Guid ServiceId, Guid ApplicationId, Guid CaseId, Guid ActionPlanId, Guid ActionMeasureId)
{
    /// <summary>The session's public registration page (its signed link), set by <see cref="CreateAsync"/>.</summary>
    public string RegisterPath { get; private init; } = "";

    public static async Task<FormWorld> CreateAsync(AccountsApp app, DatabaseFixture fixture)
    {
        var plans = await PlanWorld.CreateAsync(app);
        var world = plans.Inventories;
        var organisation = world.OrganisationId;
        var inventory = await plans.InventoryAsync(2024, 120_000m, output: 500m);
        var plan = await plans.PlanAsync(inventory, 2030);
        await plans.ElectricityMeasureAsync(plan.Id, 10_000m, 2026);
        var sources = await world.Client.GetFromJsonAsync<List<SourceResponse>>($"/api/v1/inventories/{inventory}/sources", AccountsApp.Json);
        var source = sources!.First().Id;
        var tenant = new SeededTenant(organisation, plans.FacilityId, inventory, source, Guid.Empty);
        var product = await Products.ProductsSeed.CreateAsync(fixture, tenant);
        var cbam = await Cbam.CbamSeed.CreateAsync(fixture, tenant);
        await using var training = Training.TrainingWorld.For(fixture, organisation);
        var (course, session) = await training.SessionAsync();
        var programme = await Programmes.ProgrammesSeed.CreateAsync(fixture, organisation);
        var cases = await ProgrammeCases.CasesSeed.CreateAsync(fixture, organisation, programme);
        var actionPlan = await ActionPlans.ActionPlansSeed.CreateAsync(fixture, organisation);
        var link = await Accounts.PageForm.HtmlAsync(await Accounts.PageForm.PostAsync(world.Client, $"/training/sessions/{session.Id}", "registration-link", new() { ["Link"] = "1" }));
        var register = System.Text.RegularExpressions.Regex.Match(link, "http://localhost(/training/register/[^\"]+)\"").Groups[1].Value;
        return new FormWorld(world.Client, organisation, plans.FacilityId, inventory, source, plan.Id, product.ProductId, cbam.InstallationId, cbam.GoodId,
            course.Id, session.Id, programme.ProgrammeId, programme.ServiceId, programme.ApplicationId, cases.CaseId, actionPlan.PlanId, actionPlan.MeasureId)
        {
            RegisterPath = register,
        };
    }
}
