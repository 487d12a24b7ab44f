using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tanpan.Testing;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 20 item 7 in Debian Chromium: an agency's owner imports seed 002's 2021 report through the page, reads 表2 with
/// 37/37 = 100 %, marks measure 1.1.1 未達成 (a bad budget first refused next to its field) and sees 16/17 = 94 %;
/// the report in English; no English or resource key leaks into the zh-TW pages.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ActionPlanJourneyTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery";

    private static readonly Regex Leak = new(@"\b(Kind_|Status_|achieved|not-achieved|reduction|capacity-building)\b");

    [Fact]
    public async Task Owner_ImportsSeed002_AndEditsAMeasure()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/setup");
        await page.GetByLabel("電子郵件").FillAsync("officer@example.tw");
        await page.GetByLabel("顯示名稱").FillAsync("林專員");
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync("產業發展署（示範）");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("產業發展署");

        await page.GetByRole(AriaRole.Link, new() { Name = "部門行動方案" }).First.ClickAsync();
        await page.Locator("#plan-file").SetInputFilesAsync(RepositoryRoot.Combine("samples", "action-plans", "seed002-manufacturing-2021.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "匯入" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("110 年製造部門行動方案執行成果");
        var total = page.Locator("table.tally").First.Locator("tr.grand-total");
        await Expect(total.Locator("td:nth-child(10)")).ToHaveTextAsync("37");   // c1
        await Expect(total.Locator("td:nth-child(13)")).ToHaveTextAsync("100%"); // c1 ÷ (c1 + c2)
        await Expect(page.Locator("figure.emissions-chart svg rect")).ToHaveCountAsync(10);
        await Screenshots.SaveAsync(page, "60-action-plan-report-zh");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
        var reportUrl = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Link, new() { Name = "1.1.1", Exact = true }).ClickAsync();
        await page.Locator("#measureStatus").SelectOptionAsync(new SelectOptionValue { Label = "未達成" });
        await page.Locator("#measureBudget").FillAsync("-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "儲存" }).ClickAsync();
        await Expect(page.Locator("#measureBudget-error")).ToHaveTextAsync("須為 0 到 10 億之間的數字。");
        await Screenshots.SaveAsync(page, "61-action-plan-measure-error-zh");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
        await page.Locator("#measureBudget").FillAsync("3677.2");
        await page.GetByRole(AriaRole.Button, new() { Name = "儲存" }).ClickAsync();
        await Expect(total.Locator("td:nth-child(2)")).ToHaveTextAsync("16");    // a1
        await Expect(total.Locator("td:nth-child(5)")).ToHaveTextAsync("94%");   // 16 ÷ 17

        await page.GotoAsync($"/culture?c=en&redirect={Uri.EscapeDataString(reportUrl)}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("製造部門 action plan: 2021 report");
        await Screenshots.SaveAsync(page, "62-action-plan-report-en");
        await page.GotoAsync($"/culture?c=zh-TW&redirect={Uri.EscapeDataString(reportUrl)}");
    }
}
