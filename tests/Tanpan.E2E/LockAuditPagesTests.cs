using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>Lock, unlock, the audit trail and the password change in Debian Chromium, by keyboard where a user would.</summary>
[Collection(BrowserGroup.Name)]
public sealed class LockAuditPagesTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Administrator_LocksUnlocksReadsTheAuditTrailAndChangesPassword()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/setup");
        await page.GetByLabel("電子郵件").FillAsync("admin@example.tw");
        await page.GetByLabel("顯示名稱").FillAsync("王小明");
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync("新竹精密工業");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("新竹精密工業");
        var inventoryId = await CreateInventoryAsync(context);

        // Lock: the box is focused first; Space ticks it, Tab and Enter submit.
        await page.GotoAsync($"/inventories/{inventoryId}/lock");
        await Expect(page.Locator("nav.steps [aria-current=page]")).ToHaveTextAsync("提交與鎖定");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交並鎖定" }).ClickAsync();
        await Expect(page.Locator(".validation-message")).ToHaveTextAsync("請先勾選「我已檢查盤查結果」。");
        await page.GetByLabel("我已檢查盤查結果").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("此盤查年度已鎖定");
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("王小明");
        await Screenshots.SaveAsync(page, "10-lock-locked-zh");

        // Unlock needs a reason.
        await page.GetByRole(AriaRole.Button, new() { Name = "解鎖" }).ClickAsync();
        await Expect(page.Locator(".validation-message")).ToHaveTextAsync("此欄位必填。");   // the zh-TW page says it in Chinese only
        await page.GetByLabel("解鎖原因").FillAsync("查驗意見修正");
        await page.GetByRole(AriaRole.Button, new() { Name = "解鎖" }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("查驗意見修正");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "提交並鎖定" })).ToBeVisibleAsync();

        // The audit trail: newest first, the lock and unlock as changes of the inventory.
        await page.Locator("nav.steps").GetByRole(AriaRole.Link, new() { Name = "稽核軌跡" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("稽核軌跡");
        await Expect(page.Locator("table.audit tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("table.audit tbody tr").First).ToContainTextAsync("解除鎖定原因"); // the field UnlockReason, by its label
        await Expect(page.Locator("table.audit tbody tr").First.Locator("ins").Last).ToHaveTextAsync("查驗意見修正");
        await Screenshots.SaveAsync(page, "11-audit-zh");

        // Password change from the header link; a mismatch first.
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "變更密碼" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/password$"));
        await page.Keyboard.TypeAsync(Password); // the current password field has the focus
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("a much longer new secret");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("a much longer new secreT");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".validation-message")).ToHaveTextAsync("兩次輸入的新密碼不一致。");
        await Expect(page.GetByLabel("目前的密碼")).ToHaveValueAsync("");
        await page.GetByLabel("目前的密碼").FillAsync(Password);
        await page.GetByLabel("新密碼", new() { Exact = true }).FillAsync("a much longer new secret");
        await page.GetByLabel("再次輸入新密碼").FillAsync("a much longer new secret");
        await page.GetByRole(AriaRole.Button, new() { Name = "變更密碼" }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("密碼已變更。");
        await Screenshots.SaveAsync(page, "12-password-changed-zh");
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("歡迎，王小明"); // still signed in with the renewed cookie
    }

    /// <summary>An inventory through the API, with the browser's session cookie and antiforgery token.</summary>
    private static async Task<string> CreateInventoryAsync(IBrowserContext context)
    {
        var antiforgery = await context.APIRequest.GetAsync("/api/v1/antiforgery");
        var token = (await antiforgery.JsonAsync())!.Value.GetProperty("token").GetString()!;
        var created = await context.APIRequest.PostAsync("/api/v1/inventories", new()
        {
            Headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token },
            DataObject = new { year = 2024, boundary = "OperationalControl" },
        });
        created.Status.ShouldBe(201, await created.TextAsync());
        return (await created.JsonAsync())!.Value.GetProperty("id").GetString()!;
    }
}
