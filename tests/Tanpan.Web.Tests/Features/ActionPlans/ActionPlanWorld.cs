using Microsoft.EntityFrameworkCore;
using Tanpan.Testing;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ActionPlans;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ActionPlans;

/// <summary>The action-plan service acting as one member of an organisation, on one context (as a request would).</summary>
internal sealed class ActionPlanWorld : IAsyncDisposable
{
    /// <summary>Seed 002's 2021 report as shipped (samples/action-plans/).</summary>
    public static readonly string SamplePath = RepositoryRoot.Combine("samples", "action-plans", "seed002-manufacturing-2021.csv");

    private ActionPlanWorld(AppDbContext db, ActionPlanService plans) => (Db, Plans) = (db, plans);

    public AppDbContext Db { get; }

    public ActionPlanService Plans { get; }

    public static ActionPlanWorld For(DatabaseFixture fixture, Guid organisationId, MembershipRole role = MembershipRole.Owner)
    {
        var context = new TenantContext();
        context.Set(Guid.CreateVersion7(), organisationId, role);
        var db = fixture.CreateContext(context, new ManualClock(Seed.Time));
        return new ActionPlanWorld(db, new ActionPlanService(db, context, new ManualClock(Seed.Time)));
    }

    public async Task<ActionPlanImport> ImportAsync(string text, string fileName = "plan.csv")
    {
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return await Plans.ImportAsync(stream, fileName, default);
    }

    public async Task<Guid> ImportSampleAsync()
    {
        await using var stream = File.OpenRead(SamplePath);
        var outcome = await Plans.ImportAsync(stream, Path.GetFileName(SamplePath), default);
        outcome.Issues.ShouldBeEmpty();
        return outcome.PlanId!.Value;
    }

    /// <summary>Rows of every action-plan table of the organisation.</summary>
    public async Task<(int Plans, int Policies, int Measures, int Emissions, int Intensities)> CountsAsync() =>
        (await Db.SectorActionPlans.CountAsync(), await Db.SectorPlanPolicies.CountAsync(), await Db.SectorPlanMeasures.CountAsync(),
            await Db.SectorPlanEmissions.CountAsync(), await Db.SectorPlanIntensities.CountAsync());

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
