using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.ProgrammeCases;
using Tanpan.Web.Features.Programmes;
using Tanpan.Web.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 20 item 4 in Debian Chromium: an agency's case board and the visit form, on a phone (390 px) and a desktop
/// (1280 px), in Traditional Chinese; the visit form refused empty shows its messages under the fields, and a filled one
/// lands on the case. The programme, team and cases are seeded through the app's own services.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CaseBoardScreenshotsTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Agency_BoardAndVisitForm_AtPhoneAndDesktopWidths()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/setup");
        await page.GetByLabel("電子郵件").FillAsync("officer@example.tw");
        await page.GetByLabel("顯示名稱").FillAsync("馬協理");
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync("產業低碳輔導計畫辦公室");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("產業低碳輔導計畫辦公室");

        var caseId = await SeedAsync(server);

        await page.GotoAsync("/cases");
        await Expect(page.Locator("h1")).ToHaveTextAsync("輔導案件看板");
        await Expect(page.Locator(".case-card.overdue")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "80-cases-board-1280-zh");
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Screenshots.SaveAsync(page, "81-cases-board-390-zh");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);

        await page.GotoAsync($"/cases/{caseId}/visits/new");
        await Screenshots.SaveAsync(page, "82-case-visit-form-390-zh");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await page.Locator("#visitedOn").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "儲存訪視紀錄" }).ClickAsync();
        await Expect(page.Locator("#visitedOn-error")).ToHaveTextAsync("請填訪視日期。");
        await Expect(page.Locator("#findings-error")).ToHaveTextAsync("此欄位必填。");
        await Screenshots.SaveAsync(page, "83-case-visit-errors-390-zh");

        await page.Locator("#visitedOn").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("出席人員").FillAsync("林課長（廠務）、王顧問（甲輔導團隊）");
        await page.GetByLabel("訪視發現").FillAsync("空壓機洩漏約 15%；鍋爐燃料為天然氣，電費單齊全。");
        await page.GetByLabel("後續工作").FillAsync("兩週內完成 111 年電費單與油單彙整。");
        await page.GetByRole(AriaRole.Button, new() { Name = "儲存訪視紀錄" }).ClickAsync();
        await Expect(page.Locator("article.visit")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "84-case-page-390-zh");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"/cases/{caseId}/visits/new");
        await Screenshots.SaveAsync(page, "85-case-visit-form-1280-zh");
    }

    /// <summary>Seed 004's programme, a linked team, three bureau-approved requests opened as cases, one of them overdue; the first case's id.</summary>
    private static async Task<Guid> SeedAsync(TanpanServer server)
    {
        Guid agency, user;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            agency = await db.Organisations.IgnoreQueryFilters().Where(o => o.Name == "產業低碳輔導計畫辦公室").Select(o => o.Id).SingleAsync();
            user = await db.Users.Where(u => u.Email == "officer@example.tw").Select(u => u.Id).SingleAsync();
        }

        var team = new Organisation { Id = Guid.CreateVersion7(), Name = "甲顧問股份有限公司", TaxId = "22099131", CreatedAt = DateTimeOffset.UtcNow };
        await WithTenantAsync(server, null, team.Id, null, async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Organisations.Add(team);
            await db.SaveChangesAsync();
        });

        var caseIds = new List<Guid>();
        await WithTenantAsync(server, user, agency, MembershipRole.Owner, async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var (programme, services) = ProgrammeSample.Create(DateTimeOffset.UtcNow);
            db.Programmes.Add(programme);
            db.ProgrammeServices.AddRange(services);
            var names = new[] { ("inventory", "大明染整股份有限公司"), ("inventory", "永豐金屬工業股份有限公司"), ("verification", "佳和紡織股份有限公司") };
            var requests = new List<Guid>();
            for (var i = 0; i < names.Length; i++)
            {
                var service = services.Single(s => s.Key == names[i].Item1);
                service.SeatsTaken++;
                var application = new ProgrammeApplication
                {
                    Id = Guid.CreateVersion7(), ProgrammeId = programme.Id, Number = i + 1, FactoryName = names[i].Item2, TaxId = "04595252", IndustryCode = "11", Address = "桃園市觀音區",
                    RepresentativeName = "王大明", ContactName = "林小姐", Phone = "03-4830000", Email = "lin@example.com.tw", Culture = "zh-TW", CreatedAt = DateTimeOffset.UtcNow,
                    ConfirmedAt = DateTimeOffset.UtcNow, PersonalDataConsent = true, DomesticPercent = 100m,
                };
                var request = new ProgrammeRequest
                {
                    Id = Guid.CreateVersion7(), ApplicationId = application.Id, ServiceId = service.Id, State = RequestStates.BureauApproved, HoldsSeat = true, PriorityLevel = 1,
                    Checks = "manufacturer=met", ArrivedAt = DateTimeOffset.UtcNow, BureauApprovedOn = new DateOnly(2026, 11, 20), BureauReference = "工中字第 11500012340 號",
                };
                db.ProgrammeApplications.Add(application);
                db.ProgrammeRequests.Add(request);
                requests.Add(request.Id);
            }

            await db.SaveChangesAsync();
            var links = sp.GetRequiredService<TeamLinks>();
            (await links.LinkAsync(programme.Id, new TeamInput(team.TaxId, "甲輔導團隊", "Team A", [.. services.Where(s => s.Key is "inventory" or "verification").Select(s => s.Id)]), default))
                .Result.ShouldBeOfType<Created<ProgrammeTeam>>();
            var opening = sp.GetRequiredService<CaseOpening>();
            foreach (var request in requests)
            {
                caseIds.Add((await opening.OpenAsync(request, team.Id, user, default)).Result.ShouldBeOfType<Created<ProgrammeCase>>().Value!.Id);
            }

            // The second case as if opened in October: its first stage is overdue.
            var late = await db.ProgrammeCaseStages.Where(s => s.CaseId == caseIds[1] && s.Position == 1).SingleAsync();
            late.DueOn = late.DueOn.AddDays(-60);
            await db.SaveChangesAsync();
        });
        return caseIds[0];
    }

    private static async Task WithTenantAsync(TanpanServer server, Guid? user, Guid organisation, MembershipRole? role, Func<IServiceProvider, Task> work)
    {
        using var scope = server.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(user, organisation, role);
        await work(scope.ServiceProvider);
    }
}
