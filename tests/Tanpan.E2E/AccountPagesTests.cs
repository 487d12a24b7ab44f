using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>The sign-in pages in Debian Chromium against the real app on Kestrel.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AccountPagesTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Administrator_SetsUpCreatesOrganisationsSwitchesLanguageSignsOutAndIn()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        // A fresh install sends every page to setup.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("初始設定：建立系統管理員");
        await Screenshots.SaveAsync(page, "01-setup-zh");

        // Keyboard only: type, Tab to the next field, Enter submits.
        await page.Locator("#email").FillAsync("admin@example.tw");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("王小明");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("歡迎，王小明");
        await Expect(page.Locator("header .user")).ToContainTextAsync("王小明");
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("（尚未選擇）");

        await CreateOrganisationAsync(page, "新竹精密工業", "12345678");
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("新竹精密工業");
        await CreateOrganisationAsync(page, "台中紡織", "");
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("台中紡織");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Button, new() { Name = "切換至 新竹精密工業" }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("新竹精密工業");
        await Screenshots.SaveAsync(page, "02-home-zh");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Welcome, 王小明");
        await Expect(page.Locator("#organisations")).ToContainTextAsync("Your organisations");
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("Current organisation: 新竹精密工業");
        await Expect(page.GetByLabel("Organisation name")).ToBeVisibleAsync();
        await Expect(page.Locator("main .note")).ToContainTextAsync(DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Screenshots.SaveAsync(page, "03-home-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/login$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Expect(page.Locator("header .user")).ToHaveCountAsync(0);

        // A wrong password: one generic message, the email kept, the password not sent back.
        await page.GetByLabel("Email").FillAsync("admin@example.tw");
        await page.GetByLabel("Password").FillAsync("wrong password!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("The email or password is incorrect.");
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync("admin@example.tw");
        await Expect(page.GetByLabel("Password")).ToHaveValueAsync("");

        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByLabel("Password").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Welcome, 王小明");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "04-signed-in-again-en");

        // Setup is closed once an account exists.
        await page.GotoAsync("/setup");
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
    }

    [Fact]
    public async Task Setup_BadInput_ShowsFieldMessagesKeepsInputAndCreatesNothing()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/setup");
        await page.GetByLabel("電子郵件").FillAsync("not-an-email");
        await page.GetByLabel("顯示名稱").FillAsync("王小明");
        await page.GetByLabel("密碼").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立系統管理員" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        var messages = page.Locator(".validation-message");
        await Expect(messages).ToHaveTextAsync(["請輸入有效的電子郵件地址。", "密碼至少需要 12 個字元。"]);
        await Expect(page.GetByLabel("電子郵件")).ToHaveValueAsync("not-an-email");
        await Expect(page.GetByLabel("顯示名稱")).ToHaveValueAsync("王小明");
        await Screenshots.SaveAsync(page, "05-setup-bad-input-zh");

        // The same in English (switching language reloads the page, so type again).
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("admin@");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Expect(messages).ToHaveTextAsync(["Enter a valid email address.", "Enter a display name (at most 100 characters)."]);

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var status = await http.GetFromJsonAsync<SetupStatus>("/api/v1/setup");
        status!.SetupRequired.ShouldBeTrue();
    }

    private static async Task CreateOrganisationAsync(IPage page, string name, string taxId)
    {
        await page.GetByLabel("組織名稱").FillAsync(name);
        await page.GetByLabel("統一編號（選填）").FillAsync(taxId);
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("tbody")).ToContainTextAsync(name);
    }

    private sealed record SetupStatus(bool SetupRequired);
}
