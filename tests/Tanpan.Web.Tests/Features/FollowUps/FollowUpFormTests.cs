using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.FollowUps;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.FollowUps;

/// <summary>
/// The 成效追蹤表 itself (docs/follow-ups.md, "The form"): the reminder's signed link opens its own form and nothing else
/// (altered, expired, another agency's or another purpose's token: 404), a form with errors shows each next to its field
/// and saves nothing, a valid one is saved with its measures at once and the officer reads it.
/// </summary>
public abstract class FollowUpFormTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Link_OpensOnlyItsOwnForm_AlteredExpiredForeignOrOtherPurposeRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30));
        var other = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 3, 31), email: "chen@other.example.tw");
        var mine = await ScheduleAsync(app, world);
        var theirs = await ScheduleAsync(app, other);
        var tokens = app.Services.GetRequiredService<FollowUpTokens>();
        using var client = app.CreateClient();

        var token = tokens.Issue(world.Agency, mine[0].Id);
        var page = await PageForm.HtmlAsync(await client.GetAsync(Form(token)));
        page.ShouldContain("成效追蹤表");
        page.ShouldContain("第 1 次（共 3 次）");
        page.ShouldContain("2025-06-30");
        page.ShouldContain("未預填");   // the client is not on Tanpan: nothing to read

        (await client.GetAsync(Form(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(Form(tokens.Issue(world.Agency, theirs[0].Id)))).StatusCode.ShouldBe(HttpStatusCode.NotFound);   // not the agency's follow-up
        (await client.GetAsync(Form(tokens.Issue(other.Agency, mine[0].Id)))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var confirmation = app.Services.GetRequiredService<ApplicationTokens>().Issue(world.Agency, mine[0].Id);
        (await client.GetAsync(Form(confirmation))).StatusCode.ShouldBe(HttpStatusCode.NotFound);   // another purpose's token
        tokens.Read(confirmation).ShouldBeNull();

        app.Clock.Now = app.Clock.Now.Add(FollowUpTokens.Lifetime).AddSeconds(1);
        (await client.GetAsync(Form(token))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Return_WithErrors_ShowsEachNextToItsField_AndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30));
        var followUp = (await ScheduleAsync(app, world))[0];
        using var client = app.CreateClient();
        var path = Form(app.Services.GetRequiredService<FollowUpTokens>().Issue(world.Agency, followUp.Id)).OriginalString;

        var html = await PageForm.HtmlAsync(await PageForm.PostAsync(client, path, "follow-up", new()
        {
            ["Input.ReportingYear"] = "2019", ["Input.Scope1"] = "abc", ["Input.Scope2"] = "", ["Input.Intensity"] = "1.5",
            ["Input.Measures[0].SavedKwh"] = "-5", ["Input.Measures[1].Description"] = "空壓機更新",
        }));

        html.ShouldContain("請填西元年，介於 2023 與 2025 之間。");
        html.ShouldContain("請填數字（例：1500 或 1,500.5）。");
        html.ShouldContain("此欄位必填。");
        html.ShouldContain("有填排放強度時，請寫明單位");
        html.ShouldContain("不可為負數。");
        html.ShouldContain("請寫明措施內容。");
        html.ShouldContain("尚未儲存任何資料");
        html.ShouldContain("value=\"空壓機更新\"");   // what was typed stays
        await using var db = fixture.CreateContext(world.Agency);
        (await db.FollowUps.SingleAsync(f => f.Id == followUp.Id)).ReturnedAt.ShouldBeNull();
        (await db.FollowUpMeasures.CountAsync(m => m.FollowUpId == followUp.Id)).ShouldBe(0);
    }

    [Fact]
    public void Validator_MessagesInBothLanguages()
    {
        var (answers, errors) = FollowUpValidator.Read(new FollowUpInput { ReportingYear = "2024", Scope1 = "-1", Scope2 = "2" }, 2023, 2025);

        answers.ShouldBeNull();
        var scope1 = FieldErrors.Of(errors.ToResult()).Single(e => e.Field == "scope1");
        (scope1.Chinese, scope1.English).ShouldBe(("不可為負數。", "Must not be negative."));
    }

    [Fact]
    public async Task Return_Valid_SavesFormAndMeasuresTogether_OfficerReadsIt_SecondReturnRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30));
        var followUp = (await ScheduleAsync(app, world))[0];
        using var client = app.CreateClient();
        var path = Form(app.Services.GetRequiredService<FollowUpTokens>().Issue(world.Agency, followUp.Id)).OriginalString;
        var fields = new Dictionary<string, string>
        {
            ["Input.ReportingYear"] = "2024", ["Input.Scope1"] = "120.5", ["Input.Scope2"] = "1,480.25", ["Input.Intensity"] = "0.85", ["Input.IntensityUnit"] = "每公噸染色布",
            ["Input.Measures[0].Description"] = "空壓機更新為變頻機", ["Input.Measures[0].SavedKwh"] = "52,000", ["Input.Measures[0].SavedTonnes"] = "24.648",
            ["Input.Measures[0].SavedNtd"] = "208000", ["Input.Measures[1].Description"] = "", ["Input.Measures[2].Description"] = "照明改 LED", ["Input.Measures[2].SavedKwh"] = "8000",
            ["Input.OtherResults"] = "取得 ISO 14064-1 查證聲明", ["Input.Remarks"] = "無",
        };

        var html = await PageForm.HtmlAsync(await PageForm.PostAsync(client, path, "follow-up", fields));

        html.ShouldContain("送出，以下為填報內容");
        await using (var db = fixture.CreateContext(world.Agency))
        {
            var saved = await db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == followUp.Id);
            (saved.ReturnedAt, saved.Scope1Tonnes, saved.Scope2Tonnes, saved.Intensity, saved.IntensityUnit, saved.ReturnedByUserId, saved.PrefillSource)
                .ShouldBe((app.Clock.Now, 120.5m, 1480.25m, 0.85m, "每公噸染色布", (Guid?)null, (string?)null));
            var measures = await db.FollowUpMeasures.AsNoTracking().Where(m => m.FollowUpId == followUp.Id).OrderBy(m => m.Position).ToListAsync();
            measures.Select(m => (m.Position, m.Description, m.SavedKwh, m.SavedTonnes, m.SavedNtd)).ShouldBe([
                (1, "空壓機更新為變頻機", 52_000m, 24.648m, 208_000m), (2, "照明改 LED", 8_000m, null, null)]);
        }

        var officer = await app.SeedUserAsync(false, (world.Agency, MembershipRole.Viewer));
        using var agency = await app.SignedInClientAsync(officer);
        var read = await PageForm.HtmlAsync(await agency.GetAsync(new Uri($"/follow-ups/{followUp.Id}", UriKind.Relative)));
        read.ShouldContain("1480.25");
        read.ShouldContain("空壓機更新為變頻機");
        read.ShouldContain("廠商自行填寫");
        var list = await PageForm.HtmlAsync(await agency.GetAsync(new Uri("/follow-ups", UriKind.Relative)));
        list.ShouldContain("已送回：<strong>1</strong>");

        // A second return (a replayed post, another tab) is refused and changes nothing.
        var token = app.Services.GetRequiredService<FollowUpTokens>().Issue(world.Agency, followUp.Id);
        var second = await world.AsAgencyAsync(app, s => s.GetRequiredService<FollowUpForms>().ReturnAsync(token,
            new FollowUpInput { ReportingYear = "2024", Scope1 = "1", Scope2 = "1", Measures = [new() { Description = "x" }] }, default));
        FieldErrors.Of(second!.ToResult()).Single().Chinese.ShouldBe("這份成效追蹤表已經送出。");
        await using var after = fixture.CreateContext(world.Agency);
        (await after.FollowUps.SingleAsync(f => f.Id == followUp.Id)).Scope1Tonnes.ShouldBe(120.5m);
        (await after.FollowUpMeasures.CountAsync(m => m.FollowUpId == followUp.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task Prefill_OnlyThroughTheClientsFollowUpGrant_FromItsInventoryResults_AndGoneWhenRevoked()
    {
        await using var app = AccountsApp.Shared(fixture);
        var clientWorld = await Inventories.InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Inventories.Seed001Example.EnterAsync(clientWorld, 2024);
        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30), client: clientWorld.OrganisationId);
        var followUp = (await ScheduleAsync(app, world))[0];
        followUp.ReportingYear.ShouldBe(2024);
        var results = await FollowUpWorld.InScopeAsync(app, clientWorld.OrganisationId, MembershipRole.Owner,
            s => s.GetRequiredService<Tanpan.Web.Features.Inventories.InventoryResultsService>().GetAsync(inventoryId, default));
        var summary = results!.Results.Summary!;
        var scope1 = Prefill.Number(summary.ByScope.Single(t => t.Key == "1").Kilograms / 1000m);
        var scope2 = Prefill.Number(summary.ByScope.Single(t => t.Key == "2").Kilograms / 1000m);
        using var client = app.CreateClient();
        var form = Form(app.Services.GetRequiredService<FollowUpTokens>().Issue(world.Agency, followUp.Id));

        // No grant: nothing is read.
        (await PageForm.HtmlAsync(await client.GetAsync(form))).ShouldContain("未預填");

        // The client's owner lets the agency read its figures for follow-up: the form starts from its 2024 results.
        var grant = await FollowUpWorld.InScopeAsync(app, clientWorld.OrganisationId, MembershipRole.Owner, s => s.GetRequiredService<Tanpan.Web.Infrastructure.Grants.GrantService>()
            .GiveAsync(world.Agency, Tanpan.Web.Infrastructure.Grants.GrantPurposes.FollowUp, false, null, null, null, null, default));
        var prefilled = await PageForm.HtmlAsync(await client.GetAsync(form));
        prefilled.ShouldContain("已依貴公司在碳盤的資料預填");
        prefilled.ShouldContain("來源：Tanpan 盤查 2024 年");
        prefilled.ShouldContain($"value=\"{scope1}\"");
        prefilled.ShouldContain($"value=\"{scope2}\"");

        // Revoked: the next opening reads nothing again.
        (await FollowUpWorld.InScopeAsync(app, clientWorld.OrganisationId, MembershipRole.Owner, s => s.GetRequiredService<Tanpan.Web.Infrastructure.Grants.GrantService>()
            .RevokeAsync(grant.Id, default))).ShouldBeTrue();
        var after = await PageForm.HtmlAsync(await client.GetAsync(form));
        after.ShouldContain("未預填");
        after.ShouldNotContain("來源：Tanpan 盤查");
    }

    [Fact]
    public async Task Kpis_CountEveryScheduledFollowUp_TheReturnedOne_AndItsReportedTonnes()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await FollowUpWorld.CreateAsync(fixture, new DateOnly(2024, 6, 30));
        var followUps = await ScheduleAsync(app, world);
        followUps.Count.ShouldBe(3);
        var token = app.Services.GetRequiredService<FollowUpTokens>().Issue(world.Agency, followUps[0].Id);
        var returned = await world.AsAgencyAsync(app, s => s.GetRequiredService<FollowUpForms>().ReturnAsync(token, new FollowUpInput
        {
            ReportingYear = "2024", Scope1 = "120", Scope2 = "1480",
            Measures = [new() { Description = "空壓機更新為變頻機", SavedTonnes = "24.648" }, new() { Description = "照明改 LED", SavedTonnes = "3.952" }],
        }, default));
        returned!.Any.ShouldBeFalse();
        var programmeId = await world.AsAgencyAsync(app, async s =>
            await s.GetRequiredService<Tanpan.Web.Data.AppDbContext>().ProgrammeCases.Where(c => c.Id == world.CaseId).Select(c => c.ProgrammeId).SingleAsync());

        var report = await world.AsAgencyAsync(app, s => s.GetRequiredService<Tanpan.Web.Features.ProgrammeKpis.ProgrammeKpiService>().ReportAsync(programmeId, default),
            MembershipRole.Viewer);

        report!.HasFollowUps.ShouldBeTrue();
        (report.Total.FollowUpsDue, report.Total.FollowUpsReturned, report.Total.ReductionTonnes).ShouldBe((3, 1, 28.600m));   // 24.648 + 3.952, by hand
    }

    private static Uri Form(string token) => new($"/follow-up/form?token={Uri.EscapeDataString(token)}", UriKind.Relative);

    private static async Task<List<FollowUp>> ScheduleAsync(AccountsApp app, FollowUpWorld world)
    {
        var rows = await world.AsAgencyAsync(app, s => s.GetRequiredService<FollowUpDesk>().ListAsync(default), MembershipRole.Viewer);
        return [.. rows.Where(r => r.CaseId == world.CaseId).Select(r => r.FollowUp)];
    }
}
