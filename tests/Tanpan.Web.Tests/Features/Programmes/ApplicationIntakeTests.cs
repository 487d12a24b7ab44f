using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Programmes;

/// <summary>
/// Submitting 附表1 (seed 004) on a real database: the tick-one rule and its 中堅企業 exception, the 統一編號 check, the
/// eligibility rules of 申請資格 and the closing date — each refused next to its field with nothing saved.
/// </summary>
public abstract class ApplicationIntakeTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Submit_TwoServicesNotMidSized_IsRefusedOnServicesAndNothingSaved()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("inventory");
        form.Services.Add(new() { Key = "verification", Chosen = true });

        var errors = await SubmitAsync(world, form);

        errors.ShouldContain(("services", "僅限勾選一項輔導項目（中堅企業不限）。"));
        await NothingSavedAsync(world);
    }

    [Fact]
    public async Task Submit_TwoServicesMidSized_MakesOneRequestPerService()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("inventory", midSized: true);
        form.Services.Add(new() { Key = "offset-support", Chosen = true });
        form.Stage = "monitoring-report";

        var id = await world.ApplyAsync(form);

        await using var admin = world.Admin();
        var view = (await admin.Service.ApplicationAsync(id, default)).ShouldNotBeNull();
        view.Requests.Count.ShouldBe(2);
        view.Requests.Single(r => r.Stage is not null).Stage.ShouldBe("monitoring-report");
    }

    [Fact]
    public async Task Submit_OffsetSupportWithoutStage_IsRefusedOnStage()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);

        var errors = await SubmitAsync(world, Applicants.Form("offset-support"));

        errors.Select(e => e.Field).ShouldContain("stage");
        await NothingSavedAsync(world);
    }

    [Theory]
    [InlineData("22099131", true)]    // 2+4+0+9+9+2+3+1 = 30: divisible by 10 (and 5)
    [InlineData("04595252", true)]    // 0+8+5+9+5+4+5+2 … digit sums total 35: valid only under the 2023 "divisible by 5" rule
    [InlineData("10458574", true)]    // 7th digit 7: 7×4 = 28 → 2+8 = 10 → counts as 1 or 0; total 29, and 29+1 = 30
    [InlineData("10458579", true)]    // 7th digit 7: total 34; 34+1 = 35 is divisible by 5 (not by 10: invalid before 2023)
    [InlineData("10458571", false)]   // 7th digit 7: total 26; neither 26 nor 27 divisible by 5
    [InlineData("22099132", false)]   // total 31
    [InlineData("2209913", false)]    // seven digits
    public async Task Submit_TaxId_FollowsTheMinistryOfFinanceCheck(string taxId, bool valid)
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("inventory");
        form.TaxId = taxId;

        var errors = await SubmitAsync(world, form);

        errors.Any(e => e.Field == "taxId").ShouldBe(!valid);
    }

    [Fact]
    public async Task Submit_FirstBatchSourceForInventory_IsIneligibleWithTheReason()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("inventory");
        form.IsFirstBatchSource = true;

        var errors = await SubmitAsync(world, form);

        errors.ShouldContain(("service-inventory", "碳盤查輔導：第一批應盤查登錄溫室氣體排放量之排放源不得申請此項。"));
        await NothingSavedAsync(world);
    }

    [Fact]
    public async Task Submit_RenewableGenerationForOffsetSupport_IsIneligible()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("offset-support");
        (form.Stage, form.IsRenewableGenerationProject) = ("development", true);

        (await SubmitAsync(world, form)).Select(e => e.Field).ShouldBe(["service-offset-support"]);
    }

    [Fact]
    public async Task Submit_FootprintProductMadeElsewhere_IsIneligible()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("footprint");
        ProgrammeQueueTests<TFixture>.Footprint(form, madeAtFactory: false);

        (await SubmitAsync(world, form)).ShouldContain(("service-footprint", "產品碳足跡訓練式輔導：計算碳足跡的產品須在申請工廠的地址生產。"));
    }

    [Fact]
    public async Task Submit_IndustryOutsideManufacturingAndBadShares_ReportsEachField()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);
        var form = Applicants.Form("inventory");
        (form.IndustryCode, form.ExportPercent, form.Email) = ("45", "30", "lin-at-example");

        var fields = (await SubmitAsync(world, form)).Select(e => e.Field).ToList();

        fields.ShouldContain("industryCode");
        fields.ShouldContain("exportPercent");   // 60 + 30 ≠ 100
        fields.ShouldContain("email");
        await NothingSavedAsync(world);
    }

    [Fact]
    public async Task Submit_MicroOffsetAfterItsClosingDate_IsRefused()
    {
        var world = await ProgrammeWorld.CreateAsync(fixture);   // the clock is in 2026; 計畫型 closed on 2023-04-23

        (await SubmitAsync(world, Applicants.Form("offset-programme"))).Select(e => e.Field).ShouldBe(["service-offset-programme"]);
    }

    private static async Task<List<(string Field, string Chinese)>> SubmitAsync(ProgrammeWorld world, ApplicationInput form)
    {
        await using var intake = world.Intake();
        var (_, errors) = await intake.Service.SubmitAsync(world.ProgrammeId, form, null, "zh-TW", default);
        var problem = errors.Any ? errors.ToResult() : null;
        return problem is null ? [] : [.. Tanpan.Web.Infrastructure.FieldErrors.Of(problem).Select(e => (e.Field, e.Chinese))];
    }

    private static async Task NothingSavedAsync(ProgrammeWorld world)
    {
        await using var admin = world.Admin();
        (await admin.Db.ProgrammeApplications.CountAsync()).ShouldBe(0);
        (await admin.Db.ProgrammeRequests.CountAsync()).ShouldBe(0);
        (await admin.Db.ProgrammeApplicationProducts.CountAsync()).ShouldBe(0);
    }
}
