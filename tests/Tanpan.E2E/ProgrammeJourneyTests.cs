using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 20 item 9's journey in Debian Chromium, in Traditional Chinese, on a manual clock and a loopback SMTP server:
/// a factory applies on the public page (no account), confirms by the e-mailed link; the officer approves and records
/// 工業局核備; the case is opened with a consulting team and closed (the closing written directly: the team's moves need the grant model); a year later (30 days before
/// the first 成效追蹤表 is due) the officer sends the due reminders, the factory opens the link in the mail and returns the
/// form, and the officer sees it returned. axe-core finds nothing serious on the follow-up pages.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ProgrammeJourneyTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery";

    private static readonly Regex Leak = new(@"\b(scheduled|sent|overdue|returned|FollowUp|State_)\b");

    [Fact]
    public async Task Agency_FromPublicApplicationToClosedCaseToReturnedFollowUp()
    {
        await using var smtp = new LoopbackSmtpServer();
        var clock = new JourneyClock(new DateTimeOffset(2023, 3, 15, 1, 0, 0, TimeSpan.Zero));
        await using var server = TanpanServer.Start(b =>
        {
            b.UseSetting("Mail:Enabled", "true");
            b.UseSetting("Mail:Host", "127.0.0.1");
            b.UseSetting("Mail:Port", smtp.Port.ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Mail:From", "Tanpan <no-reply@tanpan.test>");
            b.UseSetting("FollowUps:RunEveryMinutes", "0");
            b.ConfigureTestServices(s =>
            {
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(clock);
            });
        });
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/setup");
        await page.GetByLabel("電子郵件").FillAsync("officer@example.tw");
        await page.GetByLabel("顯示名稱").FillAsync("馬協理");
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync("財團法人台灣產業服務基金會");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("台灣產業服務基金會");

        await page.GotoAsync("/programmes");
        await page.GetByRole(AriaRole.Button, new() { Name = "載入 112 年度範例計畫" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "開始受理申請" }).ClickAsync();
        var programmeUrl = page.Url;
        var programmeId = new Uri(programmeUrl).AbsolutePath.Split('/')[^1];

        // The consulting team is an organisation of its own on Tanpan (set up before the journey).
        var team = await SeedTeamAsync(server);

        // The factory applies with no account and confirms by the link in the mail.
        await using (var anonymous = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() }))
        {
            var applicant = await anonymous.NewPageAsync();
            await applicant.GotoAsync($"/apply/{programmeId}");
            await applicant.Locator("#factoryName").FillAsync("測試染整股份有限公司");
            await applicant.Locator("#midSizedNo").CheckAsync();
            await applicant.Locator("#taxId").FillAsync("22099131");
            await applicant.Locator("#factoryRegistrationNumber").FillAsync("99-612345");
            await applicant.Locator("#industryCode").SelectOptionAsync("11");
            await applicant.Locator("#address").FillAsync("桃園市觀音區工業三路 1 號");
            await applicant.Locator("#capital").FillAsync("3000");
            await applicant.Locator("#representativeName").FillAsync("王大明");
            await applicant.Locator("#contactName").FillAsync("林小姐");
            await applicant.Locator("#phone").FillAsync("03-4830000");
            await applicant.Locator("#email").FillAsync("lin@dyeing.example.tw");
            await applicant.Locator("#employees").FillAsync("85");
            await applicant.Locator("#domesticPercent").FillAsync("100");
            await applicant.Locator("#exportPercent").FillAsync("0");
            await applicant.Locator("#product0Name").FillAsync("染色布");
            await applicant.Locator("#product0Output").FillAsync("1200");
            await applicant.Locator("#product0Unit").FillAsync("公噸");
            await applicant.Locator("#service0").CheckAsync();
            await applicant.Locator("#personalDataConsent").CheckAsync();
            await Screenshots.SaveAsync(applicant, "80-journey-apply-zh");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "送出申請" }).ClickAsync();
            await Expect(applicant.GetByText("確認信已寄到 lin@dyeing.example.tw")).ToBeVisibleAsync();

            var (_, confirmation) = await smtp.NextAsync();
            await applicant.GotoAsync(LinkIn(confirmation.TextBody!));
            await applicant.GetByRole(AriaRole.Button, new() { Name = "確認送出申請" }).ClickAsync();
            await Expect(applicant.GetByText("已確認申請，案件編號 1。")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(applicant, "81-journey-confirmed-zh");
        }

        // The officer approves and records 工業局核備.
        await page.GotoAsync(programmeUrl);
        await page.Locator("table a").First.ClickAsync();   // the 碳盤查輔導 queue
        await page.GetByRole(AriaRole.Link, new() { Name = "測試染整股份有限公司" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "核定" }).ClickAsync();
        await page.Locator("#bureauOn").FillAsync("2023-03-20");
        await page.Locator("#bureauReference").FillAsync("工中字第 11200012340 號");
        await page.GetByRole(AriaRole.Button, new() { Name = "登錄核備" }).ClickAsync();
        await Screenshots.SaveAsync(page, "82-journey-bureau-approved-zh");

        // The team is linked to the programme, the case opened, the case closed (2023-11-30, Taiwan).
        // (The team is linked to the programme's 碳盤查輔導 directly: /cases/teams fails on SQLite here, see the report.)
        await LinkTeamAsync(server, agency: await AgencyAsync(server), Guid.Parse(programmeId), team);
        await page.GotoAsync("/cases/open");
        await page.Locator("section.open-case select").First.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "開案" }).ClickAsync();
        await page.GotoAsync("/cases");
        await page.Locator("a.case-client").First.ClickAsync();
        var caseUrl = page.Url;
        // Visits and stage moves are the consulting team's work, done by its members inside the agency through the
        // case-delivery grant of the grant model, which this branch does not have yet: the team's closing move
        // (結案 on 2023-11-30, Taiwan) is written directly here, see the report.
        await CloseCaseAsync(server, await AgencyAsync(server), new DateOnly(2023, 11, 30));
        await page.GotoAsync(caseUrl);
        await Expect(page.Locator("#closed-on")).ToHaveTextAsync("2023-11-30");
        await Screenshots.SaveAsync(page, "83-journey-case-closed-zh");

        // 30 days before the first anniversary: the officer sends the due reminders.
        clock.Now = new DateTimeOffset(2024, 10, 31, 2, 0, 0, TimeSpan.Zero);
        await page.GotoAsync("/login");   // the session has long expired on the moved clock
        await page.GetByLabel("電子郵件").FillAsync("officer@example.tw");
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("台灣產業服務基金會");
        await page.GotoAsync("/follow-ups");
        await page.GetByRole(AriaRole.Button, new() { Name = "寄出到期提醒" }).ClickAsync();
        await Expect(page.Locator("#reminder-run")).ToContainTextAsync("已寄出 1 封提醒");
        await Screenshots.SaveAsync(page, "84-journey-follow-ups-reminded-zh");
        var (to, reminder) = await smtp.NextAsync();
        to.ShouldBe(["lin@dyeing.example.tw"]);
        reminder.Subject.ShouldBe("填報提醒：2023 年成效追蹤表，2024-11-30 到期（112 年度中小型製造業低碳輔導計畫）");
        await page.GetByRole(AriaRole.Button, new() { Name = "寄出到期提醒" }).ClickAsync();
        await Expect(page.Locator("#reminder-run")).ToContainTextAsync("已寄出 0 封提醒");

        // The factory fills in the form from the link (no account): a mistake first, then the whole form.
        await using (var anonymous = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() }))
        {
            var client = await anonymous.NewPageAsync();
            var formUrl = LinkIn(reminder.TextBody!);
            await client.GotoAsync(formUrl);
            await Expect(client.Locator("h1")).ToHaveTextAsync("成效追蹤表");
            await client.Locator("#scope1").FillAsync("120.5");
            await client.Locator("#intensity").FillAsync("0.85");
            await client.GetByRole(AriaRole.Button, new() { Name = "送出成效追蹤表" }).ClickAsync();
            await Expect(client.Locator("#scope2-error")).ToHaveTextAsync("此欄位必填。");
            await Expect(client.Locator("#intensityUnit-error")).ToContainTextAsync("請寫明單位");
            await Screenshots.SaveAsync(client, "85-journey-follow-up-errors-zh");
            await client.Locator("#scope2").FillAsync("1,480.25");
            await client.Locator("#intensityUnit").FillAsync("每公噸染色布");
            await client.Locator("#m0-description").FillAsync("空壓機更新為變頻機");
            await client.Locator("#m0-kwh").FillAsync("52000");
            await client.Locator("#m0-tonnes").FillAsync("24.648");
            await client.Locator("#m0-ntd").FillAsync("208000");
            await client.Locator("#otherResults").FillAsync("取得 ISO 14064-1 查證聲明");
            await Screenshots.SaveAsync(client, "86-journey-follow-up-form-zh");
            await client.GetByRole(AriaRole.Button, new() { Name = "送出成效追蹤表" }).ClickAsync();
            await Expect(client.Locator("#returned-form")).ToContainTextAsync("1480.25");
            await Screenshots.SaveAsync(client, "87-journey-follow-up-returned-zh");
            (await anonymous.CookiesAsync()).ShouldNotContain(c => c.Name == "tanpan.session");
            (await client.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
        }

        // The officer sees it returned and reads it.
        await page.GotoAsync("/follow-ups");
        await Expect(page.Locator("[data-count=returned] strong")).ToHaveTextAsync("1");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
        await Screenshots.SaveAsync(page, "88-journey-follow-ups-returned-zh");
        await page.Locator("tr[data-state=returned] a").ClickAsync();
        await Expect(page.Locator("#returned-form")).ToContainTextAsync("每公噸染色布");
        await Expect(page.Locator("#state")).ToHaveTextAsync("已送回");
        await Screenshots.SaveAsync(page, "89-journey-follow-up-read-zh");
        var detail = new Uri(page.Url).AbsolutePath;

        await using var axeContext = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(), BypassCSP = true, StorageState = await context.StorageStateAsync(),
        });
        var axePage = await axeContext.NewPageAsync();
        foreach (var path in new[] { "/follow-ups", detail })
        {
            await axePage.GotoAsync(path);
            (await LayoutAccessibilityTests.AxeAsync(axePage)).ShouldBeEmpty(path);
        }
    }

    private static string LinkIn(string body)
    {
        var start = body.IndexOf("http", StringComparison.Ordinal);
        return new Uri(body[start..body.IndexOf('\n', start)].Trim()).PathAndQuery;
    }

    private static async Task<Guid> SeedTeamAsync(TanpanServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var team = new Organisation { Id = Guid.CreateVersion7(), Name = "綠色低碳顧問股份有限公司", TaxId = "04595252", CreatedAt = DateTimeOffset.UtcNow };
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, team.Id, null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Organisations.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    private static async Task<Guid> AgencyAsync(TanpanServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Programmes.IgnoreQueryFilters().SingleAsync()).OrganisationId;
    }

    private static async Task CloseCaseAsync(TanpanServer server, Guid agency, DateOnly closedOn)
    {
        await using var scope = server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, agency, null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var theCase = await db.ProgrammeCases.SingleAsync();
        (theCase.StageKey, theCase.ClosedOn) = ("closed", closedOn);
        await db.SaveChangesAsync();
    }

    private static async Task LinkTeamAsync(TanpanServer server, Guid agency, Guid programmeId, Guid team)
    {
        await using var scope = server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, agency, null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = await db.ProgrammeServices.SingleAsync(s => s.ProgrammeId == programmeId && s.Key == "inventory");
        var link = new ProgrammeTeam { Id = Guid.CreateVersion7(), ProgrammeId = programmeId, TeamOrganisationId = team, NameZh = "綠色低碳顧問", NameEn = "Green Low-Carbon Consulting", CreatedAt = DateTimeOffset.UtcNow };
        db.ProgrammeTeams.Add(link);
        db.ProgrammeTeamServices.Add(new ProgrammeTeamService { Id = Guid.CreateVersion7(), TeamId = link.Id, ServiceId = service.Id });
        await db.SaveChangesAsync();
    }

    /// <summary>A clock the journey moves by hand (the app's <see cref="TimeProvider"/>).</summary>
    private sealed class JourneyClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
