using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>
/// The queue order (seed 004 注意事項): 現場支援's four levels, the SME / supply-chain / CBAM priority of the inventory
/// services, and the training-certificate priority — "not checked" (never met) when no training register is installed.
/// </summary>
public abstract class ProgrammePriorityTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task OffsetSupport_QueueFollowsTheFourLevelsThenArrival()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        // Arrivals in reverse order of the seed's levels; each applicant meets only the level named.
        var level4 = Support(1, experience: true, siteFirstBatch: true, stage: "development");
        var level3 = Support(2, experience: true, siteFirstBatch: true, stage: "verification");   // 查證: a credit stage
        var level2 = Support(3, experience: true, siteFirstBatch: false, stage: "development");
        var level1a = Support(4, experience: false, siteFirstBatch: true, stage: "development");
        var level1b = Support(5, experience: false, siteFirstBatch: false, stage: "credit-issuance");
        var ids = new List<Guid>();
        foreach (var form in new[] { level4, level3, level2, level1a, level1b })
        {
            world.Clock.Now = world.Clock.Now.AddMinutes(1);
            ids.Add(await world.ApplyAsync(form));
        }

        await using var admin = world.Admin();
        var queue = await admin.Service.QueueAsync((await world.ServiceAsync("offset-support")).Id, default);

        queue.Select(r => r.Application.FactoryName).ShouldBe([level1a.FactoryName, level1b.FactoryName, level2.FactoryName, level3.FactoryName, level4.FactoryName]);
        queue.Select(r => r.Request.PriorityLevel).ShouldBe([1, 1, 2, 3, 4]);
    }

    [Fact]
    public async Task Inventory_NonSmeOutsideSupplyChainAndCbam_QueuesAfterAnSme()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var large = Applicants.Form("inventory", 1);
        (large.Capital, large.Employees) = ("20,000", "450");   // over NT$100 million (10,000 萬元) and 200 people: not an SME
        var small = Applicants.Form("inventory", 2);
        await world.ApplyAsync(large);
        world.Clock.Now = world.Clock.Now.AddMinutes(1);
        await world.ApplyAsync(small);

        await using var admin = world.Admin();
        var queue = await admin.Service.QueueAsync((await world.ServiceAsync("inventory")).Id, default);

        queue.Select(r => (r.Application.FactoryName, r.Request.PriorityLevel)).ShouldBe([(small.FactoryName!, 1), (large.FactoryName!, 2)]);
        RuleOutcome.Parse(queue[1].Request.Checks).ShouldContain(("sme", RuleResult.NotMet));
    }

    [Fact]
    public async Task Footprint_WithoutTrainingRegister_IsNotCheckedAndNotPrioritised()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("footprint");
        ProgrammeQueueTests<TFixture>.Footprint(form);

        var request = await world.RequestAsync(await world.ApplyAsync(form));

        request.PriorityLevel.ShouldBe(2);
        RuleOutcome.Parse(request.Checks).ShouldContain(("training-certificate", RuleResult.NotChecked));
    }

    [Fact]
    public async Task Footprint_WithCertificate_IsQueuedFirst()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture, new Certificates("04595252"));
        var without = Applicants.Form("footprint", 1);
        ProgrammeQueueTests<TFixture>.Footprint(without);
        var with = Applicants.Form("footprint", 2);
        ProgrammeQueueTests<TFixture>.Footprint(with);
        with.TaxId = "04595252";
        await world.ApplyAsync(without);
        world.Clock.Now = world.Clock.Now.AddMinutes(1);
        await world.ApplyAsync(with);

        await using var admin = world.Admin();
        var queue = await admin.Service.QueueAsync((await world.ServiceAsync("footprint")).Id, default);

        queue.Select(r => r.Application.FactoryName).ShouldBe([with.FactoryName, without.FactoryName]);
        RuleOutcome.Parse(queue[0].Request.Checks).ShouldContain(("training-certificate", RuleResult.Met));
    }

    private static ApplicationInput Support(int n, bool experience, bool siteFirstBatch, string stage)
    {
        var form = Applicants.Form("offset-support", n);
        (form.HasOffsetExperience, form.ReductionSiteIsFirstBatch, form.Stage) = (experience, siteFirstBatch, stage);
        return form;
    }

    /// <summary>A training register that knows one certified company (the Training feature implements the real one).</summary>
    private sealed class Certificates(string taxId) : ITrainingCertificates
    {
        public Task<bool> HasValidCertificateAsync(string taxId1, string courseTier, CancellationToken ct) =>
            Task.FromResult(taxId1 == taxId && courseTier == TrainingCourseTiers.FootprintWorkshop);
    }
}
