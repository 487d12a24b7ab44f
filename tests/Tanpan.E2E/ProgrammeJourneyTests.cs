using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using Tanpan.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 20 item 9's journey in Debian Chromium, in Traditional Chinese, on a manual clock and a loopback SMTP server,
/// every step by the person who does it: the officer sets up the agency and puts the consultancy and the factory on
/// Tanpan (each with its 統一編號; their owners accept the invitations with passwords of their own). The factory applies
/// on the public page from its organisation (its name and 統一編號 prefilled) and confirms by the e-mailed link; the
/// officer approves, records 工業局核備, links the consulting team on /cases/teams by its 統一編號 (its case-delivery
/// grant) and opens the case. The consultant enters the agency through that grant, records a visit on a phone (390 px;
/// an empty form refused first), moves the case on and asks the client for its workspace; the factory's owner accepts on
/// /sharing and the consultant creates the client's inventory year inside the client's organisation. On 2023-11-30
/// (Taipei) the team's board shows the case overdue (1280 and 390 px), the consultant records the closing visit and
/// closes the case, and the factory revokes the workspace: the consultant no longer reaches it. A year later (30 days before the
/// first 成效追蹤表 is due) the officer sends the due reminders, the factory opens the link in the mail and returns the
/// form, and the officer sees it returned. axe-core finds nothing serious on the follow-up pages.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed partial class ProgrammeJourneyTests(BrowserFixture browser)
{
    private const string Team = "綠色低碳顧問股份有限公司";
    private const string Factory = "測試染整股份有限公司";
    private const string ConsultantEmail = "chen@greenlowcarbon.example.tw";
    private const string FactoryEmail = "lin@dyeing.example.tw";

    private static readonly Regex Leak = new(@"\b(scheduled|sent|overdue|returned|FollowUp|State_)\b");

    [Fact]
    public async Task Agency_FromPublicApplicationToClosedCaseToReturnedFollowUp()
    {
        await using var smtp = new LoopbackSmtpServer();
        var clock = new JourneyClock(new DateTimeOffset(2023, 3, 15, 1, 0, 0, TimeSpan.Zero));   // 09:00 in Taipei
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
                // Six passwords set or checked: at the production 100,000 iterations they are most of the journey's CPU
                // on two cores. The hashing itself is the Web tests' subject (AccountsApp.ProductionPasswordHashing).
                s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            });
        });
        // Browsers of people in Taiwan: Traditional Chinese, Taipei time. (Chromium still draws its own date and file controls
        // in its UI language, en-US here: "mm/dd/yyyy", "Choose Files" are the browser's, not the app's.)
        var at = new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-TW", TimezoneId = "Asia/Taipei",
        };
        await using var context = await browser.Browser.NewContextAsync(at);
        var page = await AgencySetup.SetUpAsync(context);

        await page.GotoAsync("/programmes");
        await page.GetByRole(AriaRole.Button, new() { Name = "載入 112 年度範例計畫" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "開始受理申請" }).ClickAsync();
        var programmeUrl = page.Url;
        var programmeId = new Uri(programmeUrl).AbsolutePath.Split('/')[^1];

        // The consultancy and the factory come onto Tanpan: their owners set their own passwords.
        await using var teamContext = await browser.Browser.NewContextAsync(at);
        await using var factoryContext = await browser.Browser.NewContextAsync(at);
        var (consultant, factory) = await OnboardAsync(context, (teamContext, Team, "04595252", "陳顧問", ConsultantEmail), (factoryContext, Factory, "22099131", "林小姐", FactoryEmail));

        // The factory applies from its organisation on the public page and confirms by the link in the mail.
        await factory.GotoAsync($"/apply/{programmeId}");
        await Expect(factory.Locator("#factoryName")).ToHaveValueAsync(Factory);
        await Expect(factory.Locator("#taxId")).ToHaveValueAsync("22099131");
        await factory.Locator("#factoryRegistrationNumber").FillAsync("99-612345");
        await factory.Locator("#industryCode").SelectOptionAsync("11");
        await factory.Locator("#address").FillAsync("桃園市觀音區工業三路 1 號");
        await factory.Locator("#capital").FillAsync("3000");
        await factory.Locator("#representativeName").FillAsync("王大明");
        await factory.Locator("#contactName").FillAsync("林小姐");
        await factory.Locator("#phone").FillAsync("03-4830000");
        await factory.Locator("#email").FillAsync(FactoryEmail);
        await factory.Locator("#employees").FillAsync("85");
        await factory.Locator("#domesticPercent").FillAsync("100");
        await factory.Locator("#exportPercent").FillAsync("0");
        await factory.Locator("#product0Name").FillAsync("染色布");
        await factory.Locator("#product0Output").FillAsync("1200");
        await factory.Locator("#product0Unit").FillAsync("公噸");
        await factory.Locator("#service0").CheckAsync();
        await factory.Locator("#personalDataConsent").CheckAsync();
        await Screenshots.SaveAsync(factory, "80-journey-apply-zh");
        await factory.GetByRole(AriaRole.Button, new() { Name = "送出申請" }).ClickAsync();
        await Expect(factory.GetByText($"確認信已寄到 {FactoryEmail}")).ToBeVisibleAsync();
        var (_, confirmation) = await smtp.NextAsync();
        await factory.GotoAsync(LinkIn(confirmation.TextBody!));
        await factory.GetByRole(AriaRole.Button, new() { Name = "確認送出申請" }).ClickAsync();
        await Expect(factory.GetByText("已確認申請，案件編號 1。")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(factory, "81-journey-confirmed-zh");

        // The officer approves, records 工業局核備, links the consulting team by its 統一編號 and opens the case.
        await page.GotoAsync(programmeUrl);
        await page.Locator("table a").First.ClickAsync();   // the 碳盤查輔導 queue
        await page.GetByRole(AriaRole.Link, new() { Name = Factory }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "核定" }).ClickAsync();
        await page.Locator("#bureauOn").FillAsync("2023-03-20");
        await page.Locator("#bureauReference").FillAsync("工中字第 11200012340 號");
        await page.GetByRole(AriaRole.Button, new() { Name = "登錄核備" }).ClickAsync();
        await Screenshots.SaveAsync(page, "82-journey-bureau-approved-zh");
        await page.GotoAsync("/cases/teams");
        await page.Locator("#taxId").FillAsync("04595252");
        await page.Locator("#nameZh").FillAsync("綠色低碳顧問");
        await page.Locator("#nameEn").FillAsync("Green Low-Carbon Consulting");
        await page.Locator("#service-inventory").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "連結團隊" }).ClickAsync();
        await Expect(page.Locator("ul.teams")).ToContainTextAsync("綠色低碳顧問：碳盤查輔導");
        await Screenshots.SaveAsync(page, "83a-journey-team-linked-zh");
        await page.GotoAsync("/cases/open");
        await page.Locator("section.open-case select").First.SelectOptionAsync(new SelectOptionValue { Label = "綠色低碳顧問" });
        await page.GetByRole(AriaRole.Button, new() { Name = "開案" }).ClickAsync();

        // The consultant enters the agency through the team's grant, records the visit on a phone and moves the case on.
        await SwitchAsync(consultant, AgencySetup.Agency, "輔導顧問（經授權）", "83b-journey-consultant-home-zh");
        await consultant.GotoAsync("/cases");
        await consultant.Locator("a.case-client").ClickAsync();
        var caseUrl = consultant.Url;
        await consultant.SetViewportSizeAsync(390, 844);
        await consultant.GetByRole(AriaRole.Link, new() { Name = "新增訪視紀錄" }).ClickAsync();
        await Screenshots.SaveAsync(consultant, "82-case-visit-form-390-zh");
        await FitsAsync(consultant, 390);
        await consultant.Locator("#visitedOn").FillAsync("");
        await consultant.GetByRole(AriaRole.Button, new() { Name = "儲存訪視紀錄" }).ClickAsync();
        await Expect(consultant.Locator("#visitedOn-error")).ToHaveTextAsync("請填訪視日期。");
        await Expect(consultant.Locator("#findings-error")).ToHaveTextAsync("此欄位必填。");
        await Screenshots.SaveAsync(consultant, "83-case-visit-errors-390-zh");
        await consultant.Locator("#visitedOn").FillAsync("2023-03-15");
        await consultant.GetByLabel("出席人員").FillAsync("林小姐（環安課）、王大明（廠長）、陳顧問（綠色低碳顧問）");
        await consultant.GetByLabel("訪視發現").FillAsync("染整機與定型機以天然氣鍋爐供熱；空壓機洩漏約 15%；111 年電費單與天然氣帳單齊全。");
        await consultant.GetByLabel("後續工作").FillAsync("兩週內彙整 111 年各月用電、天然氣與冷媒填充紀錄。");
        await consultant.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "空壓機房.png", MimeType = "image/png", Buffer = Png });
        await Screenshots.SaveAsync(consultant, "83c-journey-visit-390-zh");
        await consultant.GetByRole(AriaRole.Button, new() { Name = "儲存訪視紀錄" }).ClickAsync();
        await Expect(consultant.Locator("article.visit")).ToContainTextAsync("空壓機房.png");
        await Screenshots.SaveAsync(consultant, "84-case-page-390-zh");
        await FitsAsync(consultant, 390);
        await consultant.SetViewportSizeAsync(1280, 900);
        await MoveAsync(consultant, "赴廠確認與現勘");

        // The case asks the client for its workspace; the factory's owner accepts on /sharing.
        await consultant.GetByRole(AriaRole.Button, new() { Name = "向廠商申請進入工作區" }).ClickAsync();
        await Expect(consultant.Locator("#workspace-state")).ToContainTextAsync("已向廠商申請進入其工作區");
        await Screenshots.SaveAsync(consultant, "83d-journey-case-workspace-asked-zh");
        await NoKeysAsync(consultant);
        var request = factory.Locator("tr", new() { HasText = "顧問進駐本組織工作區" });
        await factory.GotoAsync("/sharing");
        await Expect(request).ToContainTextAsync(Team);
        await Expect(request).ToContainTextAsync("待同意");
        await Expect(request).ToContainTextAsync("112 年度中小型製造業低碳輔導計畫：碳盤查輔導");   // what it is for
        await Expect(request).ToContainTextAsync("2023/3/15 上午9:00");   // asked at 09:00 in Taipei (01:00 UTC)
        await Screenshots.SaveAsync(factory, "83e-journey-sharing-asked-zh");
        await NoKeysAsync(factory);
        await request.GetByRole(AriaRole.Button, new() { Name = "同意" }).ClickAsync();
        await Expect(factory.Locator("main [role=status]")).ToHaveTextAsync("已同意授權。");

        // The consultant works inside the client's organisation, as an editor: the client's inventory year.
        await consultant.GotoAsync(caseUrl);
        await Expect(consultant.Locator("#workspace-state")).ToContainTextAsync($"{Factory} 已同意輔導團隊進入其工作區");
        await SwitchAsync(consultant, Factory, "編輯者（經授權）", "83f-journey-consultant-home-granted-zh");
        await consultant.GotoAsync("/inventories");
        await consultant.Locator("#year").FillAsync("2022");
        await consultant.GetByRole(AriaRole.Button, new() { Name = "新增", Exact = true }).ClickAsync();
        await Expect(consultant).ToHaveURLAsync(new Regex("/inventories/[0-9a-f-]{36}$"));
        await Expect(consultant.Locator("header .organisation")).ToContainTextAsync(Factory);
        await Screenshots.SaveAsync(consultant, "83g-journey-client-inventory-zh");

        // 2023-11-30 in Taipei: the consultant closes the case; the factory then ends the workspace grant.
        clock.Now = new DateTimeOffset(2023, 11, 30, 2, 0, 0, TimeSpan.Zero);
        await AgencySetup.SignInAsync(consultant, ConsultantEmail);   // the session has long expired on the moved clock
        await SwitchAsync(consultant, AgencySetup.Agency, "輔導顧問（經授權）", null, justSignedIn: true);
        await consultant.GotoAsync("/cases");   // the team's board: its one case, overdue at 赴廠確認與現勘 (due 2023-05-14)
        await Expect(consultant.Locator("h1")).ToHaveTextAsync("輔導案件看板");
        await Expect(consultant.Locator(".case-card.overdue")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(consultant, "80-cases-board-1280-zh");
        await NoKeysAsync(consultant);
        await consultant.SetViewportSizeAsync(390, 844);
        await consultant.ReloadAsync();
        await Screenshots.SaveAsync(consultant, "81-cases-board-390-zh");
        await FitsAsync(consultant, 390);
        await consultant.SetViewportSizeAsync(1280, 900);
        await consultant.GotoAsync($"{caseUrl}/visits/new");   // the closing visit, at a desk
        await Screenshots.SaveAsync(consultant, "85-case-visit-form-1280-zh");
        await consultant.GetByLabel("出席人員").FillAsync("王大明（廠長）、陳顧問（綠色低碳顧問）");
        await consultant.GetByLabel("訪視發現").FillAsync("111 年盤查清冊與節能減碳報告書已交付並說明。");
        await consultant.GetByLabel("後續工作").FillAsync("廠商於碳盤維護 112 年盤查；明年填報成效追蹤表。");
        await consultant.GetByRole(AriaRole.Button, new() { Name = "儲存訪視紀錄" }).ClickAsync();
        await Expect(consultant.Locator("article.visit")).ToHaveCountAsync(2);
        await MoveAsync(consultant, "盤查清冊與節能減碳報告書");
        await MoveAsync(consultant, "結案");
        await Expect(consultant.Locator("#closed-on")).ToHaveTextAsync("2023-11-30");
        await Expect(consultant.GetByRole(AriaRole.Link, new() { Name = "新增訪視紀錄" })).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(consultant, "83-journey-case-closed-zh");
        await NoKeysAsync(consultant);
        await AgencySetup.SignInAsync(factory, FactoryEmail);
        await factory.GotoAsync("/sharing");
        await factory.Locator("tr", new() { HasText = "顧問進駐本組織工作區" }).GetByRole(AriaRole.Button, new() { Name = "撤銷" }).ClickAsync();
        await Expect(factory.Locator(".confirm-delete")).ToContainTextAsync("確定要撤銷給「綠色低碳顧問股份有限公司」的授權嗎？");
        await factory.Locator(".confirm-delete button").ClickAsync();
        await Expect(factory.Locator("main [role=status]")).ToHaveTextAsync("已撤銷授權，對方已無法存取。");
        await Screenshots.SaveAsync(factory, "83h-journey-workspace-revoked-zh");
        await consultant.GotoAsync(caseUrl);
        await Expect(consultant.Locator("#workspace-state")).ToContainTextAsync("廠商已結束輔導團隊進入其工作區的授權");
        await consultant.GotoAsync("/");
        await Expect(consultant.Locator("section[aria-labelledby=organisations]")).ToContainTextAsync(AgencySetup.Agency);
        await Expect(consultant.Locator("section[aria-labelledby=organisations]")).Not.ToContainTextAsync(Factory);

        await FollowUpAsync(page, smtp, clock);
        await AxeAsync(context, server);
    }
}
