using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// The start the agency journeys share (<see cref="ProgrammeJourneyTests"/>, <see cref="TrainingJourneyTests"/>): on a
/// fresh server the programme officer 馬協理 (officer@example.tw) sets up Tanpan on /setup — becoming its administrator —
/// and creates the agency's organisation, which is then current.
/// </summary>
internal static class AgencySetup
{
    public const string Password = "correct horse battery";

    public const string OfficerEmail = "officer@example.tw";

    public const string Agency = "財團法人台灣產業服務基金會";

    /// <summary>A page of <paramref name="context"/> (whose base address is the server's) with the officer signed in in the agency.</summary>
    public static async Task<IPage> SetUpAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/setup");
        await page.GetByLabel("電子郵件").FillAsync(OfficerEmail);
        await page.GetByLabel("顯示名稱").FillAsync("馬協理");
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync(Agency);
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync(Agency);
        return page;
    }

    /// <summary>Signs <paramref name="email"/> in on /login (e.g. after the session expired on a moved clock).</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.GetByLabel("電子郵件").FillAsync(email);
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await Expect(page.Locator("header .organisation")).ToBeVisibleAsync();
    }
}
