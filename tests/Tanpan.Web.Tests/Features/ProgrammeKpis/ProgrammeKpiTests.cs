using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Features.ProgrammeKpis;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.ProgrammeKpis;

/// <summary>
/// The programme dashboard's figures (issue 20 item 7) on <see cref="KpiSeed"/>'s hand-made programme, every expected
/// count worked out by hand from the table in its summary; and who may read them.
/// </summary>
public abstract class ProgrammeKpiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private async Task<KpiReport?> ReportAsync(Guid organisation, Guid programme, MembershipRole role = MembershipRole.Viewer, Guid? grantId = null)
    {
        var tenant = new TenantContext();
        tenant.Set(Guid.CreateVersion7(), organisation, role, null, grantId);
        await using var db = fixture.CreateContext(tenant);
        return await new ProgrammeKpiService(db, tenant).ReportAsync(programme, default);
    }

    private static Dictionary<string, int> States(KpiCounts c) => c.ByState.Where(kv => kv.Value != 0).ToDictionary(kv => kv.Key, kv => kv.Value);

    [Fact]
    public async Task Report_Totals_CountConfirmedApplicationsRequestsByStateAndTrainingOfTheYear()
    {
        var seed = await KpiSeed.CreateAsync(fixture);

        var report = (await ReportAsync(seed.Agency, seed.ProgrammeId)).ShouldNotBeNull();

        report.Total.Applications.ShouldBe(5);   // A1–A4, A6; A5 is unconfirmed
        report.Unconfirmed.ShouldBe(1);
        report.Total.Requests.ShouldBe(6);       // A1 1 + A2 2 + A3 1 + A4 1 + A6 1
        States(report.Total).ShouldBe(new Dictionary<string, int>
        {
            [RequestStates.Queued] = 1, [RequestStates.Approved] = 1, [RequestStates.WaitListed] = 1, [RequestStates.BureauApproved] = 2, [RequestStates.Rejected] = 1,
        }, ignoreOrder: true);
        report.Total.Approved.ShouldBe(3);       // approved A2 + bureau-approved A3, A6
        (report.Total.Cases, report.Total.Visits).ShouldBe((2, 4));   // A3's case with 3 visits, A6's with 1
        report.Total.CasesByStage.ShouldBe(new Dictionary<string, int> { ["on-site-calculation"] = 1, ["data-collection"] = 1 }, ignoreOrder: true);
        report.TrainedAll.ShouldBe(5);           // A 2 + C 1 + E 1 + outsider 1 (B's revoked, C's 2022 not)
        report.Total.Trained.ShouldBe(3);        // of confirmed applicants: A 2 + C 1
        report.Attended.ShouldBe(2);             // A's two present; the outsider absent; C's session was in 2022
    }

    [Fact]
    public async Task Report_ByService_CountsEachRequestUnderItsService()
    {
        var seed = await KpiSeed.CreateAsync(fixture);

        var rows = (await ReportAsync(seed.Agency, seed.ProgrammeId)).ShouldNotBeNull().Breakdowns.Single(b => b.Dimension == KpiDimensions.Service).Rows;

        rows.Count.ShouldBe(6);   // every service of the programme, in its order, with or without applications
        var inventory = rows.Single(r => r.Key == seed.Services["inventory"].ToString()).Counts;
        (inventory.Applications, inventory.Requests, inventory.Trained).ShouldBe((4, 4, 2));   // A1, A2, A4, A6; A's 2 certificates
        States(inventory).ShouldBe(new Dictionary<string, int>
        {
            [RequestStates.Queued] = 1, [RequestStates.Approved] = 1, [RequestStates.Rejected] = 1, [RequestStates.BureauApproved] = 1,
        }, ignoreOrder: true);
        (inventory.Cases, inventory.Visits).ShouldBe((1, 1));
        var verification = rows.Single(r => r.Key == seed.Services["verification"].ToString()).Counts;
        (verification.Applications, verification.ByState[RequestStates.WaitListed], verification.Trained).ShouldBe((1, 1, 0));
        var footprint = rows.Single(r => r.Key == seed.Services["footprint"].ToString()).Counts;
        (footprint.Applications, footprint.ByState[RequestStates.BureauApproved], footprint.Trained, footprint.Cases, footprint.Visits).ShouldBe((1, 1, 1, 1, 3));
        rows.Where(r => r.NameZh.Contains("抵換", StringComparison.Ordinal)).ShouldAllBe(r => r.Counts.Applications == 0 && r.Counts.Requests == 0);
    }

    [Fact]
    public async Task Report_ByIndustryAndRegion_CountEachApplicationOnce()
    {
        var seed = await KpiSeed.CreateAsync(fixture);

        var report = (await ReportAsync(seed.Agency, seed.ProgrammeId)).ShouldNotBeNull();

        var industries = report.Breakdowns.Single(b => b.Dimension == KpiDimensions.Industry).Rows;
        industries.Select(r => (r.NameZh, r.Counts.Applications, r.Counts.Requests, r.Counts.Trained))
            .ShouldBe([("11 紡織業", 3, 4, 2), ("25 金屬製品製造業", 2, 2, 1)]);   // 22 has only the unconfirmed A5
        industries.Select(r => (r.Counts.Cases, r.Counts.Visits)).ShouldBe([(1, 1), (1, 3)]);
        var regions = report.Breakdowns.Single(b => b.Dimension == KpiDimensions.Region).Rows;
        regions.Select(r => (r.NameZh, r.Counts.Applications, r.Counts.Requests, r.Counts.Trained))
            .ShouldBe([("新北市", 1, 1, 1), ("桃園市", 1, 1, 2), ("臺中市", 1, 2, 0), ("高雄市", 1, 1, 0), ("未能判定", 1, 1, 0)]);   // 內政部's order, then 未能判定
        regions[4].NameEn.ShouldBe("Not determined");
    }

    [Fact]
    public async Task Report_ByTeam_CountsTheCasesAssignedToEachTeam()
    {
        var seed = await KpiSeed.CreateAsync(fixture);

        var teams = (await ReportAsync(seed.Agency, seed.ProgrammeId)).ShouldNotBeNull().Breakdowns.Single(b => b.Dimension == KpiDimensions.Team).Rows;

        // 永續工程顧問: A6's inventory case, 1 visit; 綠色顧問: A3's footprint case, 3 visits, C's 1 certificate.
        teams.Select(r => (r.Key, r.NameZh, r.Counts.Applications, r.Counts.Requests, r.Counts.Cases, r.Counts.Visits, r.Counts.Trained))
            .ShouldBe([(seed.TeamSustain.ToString(), "永續工程顧問", 1, 1, 1, 1, 0), (seed.TeamGreen.ToString(), "綠色顧問", 1, 1, 1, 3, 1)]);
    }

    [Theory]
    [InlineData(MembershipRole.Verifier)]
    [InlineData(MembershipRole.Consultant)]
    public async Task Report_VerifierOrConsultantInTheAgency_GetsNothing(MembershipRole role)
    {
        var seed = await KpiSeed.CreateAsync(fixture);

        (await ReportAsync(seed.Agency, seed.ProgrammeId, role)).ShouldBeNull();
        (await ReportAsync(seed.Agency, seed.ProgrammeId, MembershipRole.Viewer, grantId: Guid.CreateVersion7())).ShouldBeNull();   // a viewer through a grant, not a member
        (await ReportAsync(seed.Agency, seed.ProgrammeId, MembershipRole.Owner)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Report_AnotherAgency_FindsNoProgramme()
    {
        var seed = await KpiSeed.CreateAsync(fixture);
        var other = await KpiSeed.CreateAsync(fixture, "另一個輔導計畫辦公室");

        (await ReportAsync(other.Agency, seed.ProgrammeId, MembershipRole.Owner)).ShouldBeNull();
        (await ReportAsync(other.Agency, other.ProgrammeId, MembershipRole.Owner)).ShouldNotBeNull().Total.Applications.ShouldBe(5);   // its own only, not 10
    }
}
