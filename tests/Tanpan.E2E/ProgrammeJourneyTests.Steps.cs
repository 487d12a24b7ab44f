using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tanpan.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>The journey's steps that several people take, or that are long: onboarding, switching, moving a case, the follow-up.</summary>
public sealed partial class ProgrammeJourneyTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>What a zh-TW page must not show: an id, a grant's or a stage's key, a role's English name.</summary>
    private static readonly Regex Keys = new(@"[0-9a-f]{8}-[0-9a-f]{4}-|\b(workspace|case-delivery|programme-case|requested|revoked|data-collection|site-visit|inventory-report|closed|Consultant|Editor|Owner)\b");

    /// <summary>
    /// The site administrator (the officer, who set Tanpan up) creates each organisation with its 統一編號 and invites its
    /// owner; each owner accepts in a browser of its own, choosing a password; the officer then leaves both organisations
    /// and is back in the agency. Only administrators create organisations, and the one who creates it is its first owner.
    /// </summary>
    private static async Task<(IPage First, IPage Second)> OnboardAsync(IBrowserContext officer,
        (IBrowserContext Context, string Name, string TaxId, string Person, string Email) first,
        (IBrowserContext Context, string Name, string TaxId, string Person, string Email) second)
    {
        // One token for the session: it is bound to the user, not to the current organisation.
        var token = (await (await officer.APIRequest.GetAsync("/api/v1/antiforgery")).JsonAsync())!.Value.GetProperty("token").GetString()!;
        var agency = (await ApiAsync(officer, token, "GET", "/api/v1/me", null)).GetProperty("currentOrganisationId").GetString()!;
        var pages = new List<IPage>();
        var created = new List<string>();
        foreach (var (context, name, taxId, person, email) in new[] { first, second })
        {
            var id = (await ApiAsync(officer, token, "POST", "/api/v1/organisations", new { name, taxId })).GetProperty("id").GetString()!;
            created.Add(id);
            await ApiAsync(officer, token, "POST", "/api/v1/session/organisation", new { organisationId = id });
            var invitation = (await ApiAsync(officer, token, "POST", "/api/v1/organisation/members", new { email, role = "Owner" })).GetProperty("invitation");
            var page = await context.NewPageAsync();
            await page.GotoAsync(invitation.GetProperty("invitePath").GetString()!);
            await page.Locator("#displayName").FillAsync(person);
            await page.Locator("#password").FillAsync(AgencySetup.Password);
            await page.Locator("#password").PressAsync("Enter");
            await Expect(page.Locator("header .organisation")).ToContainTextAsync(name);
            pages.Add(page);
        }

        foreach (var id in created)
        {
            await ApiAsync(officer, token, "POST", "/api/v1/session/organisation", new { organisationId = id });
            await ApiAsync(officer, token, "DELETE", "/api/v1/organisation/membership", null);
        }

        await ApiAsync(officer, token, "POST", "/api/v1/session/organisation", new { organisationId = agency });
        return (pages[0], pages[1]);
    }

    /// <summary>One call of the JSON API with the context's session and its antiforgery token; its answer (an empty object for 204).</summary>
    private static async Task<JsonElement> ApiAsync(IBrowserContext context, string token, string method, string path, object? body)
    {
        var response = await context.APIRequest.FetchAsync(path, new()
        {
            Method = method,
            Headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token },
            DataObject = body,
        });
        response.Ok.ShouldBeTrue($"{method} {path}: {response.Status} {await response.TextAsync()}");
        return response.Status == 204 ? JsonDocument.Parse("{}").RootElement : (await response.JsonAsync())!.Value;
    }

    /// <summary>
    /// On the home page: <paramref name="organisation"/> is listed with <paramref name="role"/> (e.g. 「輔導顧問（經授權）」,
    /// reached by a grant), and the user makes it current. Just after signing in, the page is already the fresh home page.
    /// </summary>
    private static async Task SwitchAsync(IPage page, string organisation, string role, string? screenshot, bool justSignedIn = false)
    {
        if (!justSignedIn)
        {
            await page.GotoAsync("/");
        }

        await Expect(page.Locator("section[aria-labelledby=organisations] tr", new() { HasText = organisation })).ToContainTextAsync(role);
        if (screenshot is not null)
        {
            await Screenshots.SaveAsync(page, screenshot);
            await NoKeysAsync(page);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = $"切換至 {organisation}" }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync(organisation);
    }

    /// <summary>On the case page: moves the case to the stage named <paramref name="stage"/>.</summary>
    private static async Task MoveAsync(IPage page, string stage)
    {
        await page.Locator("#stage").SelectOptionAsync(new SelectOptionValue { Label = stage });
        await page.GetByRole(AriaRole.Button, new() { Name = "更新階段" }).ClickAsync();
        await Expect(page.Locator("#current-stage")).ToHaveTextAsync(stage);
    }

    /// <summary>The page needs no sideways scrolling at <paramref name="width"/> px.</summary>
    private static async Task FitsAsync(IPage page, int width) =>
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);

    private static async Task NoKeysAsync(IPage page) => (await page.InnerTextAsync("main")).ShouldNotMatch(Keys.ToString());

    /// <summary>
    /// 2024-10-31, 30 days before the first 成效追蹤表 is due: the officer sends the due reminders; the factory fills in the
    /// form from the link in the mail (no account; a mistake first); the officer sees it returned and reads it.
    /// </summary>
    private static async Task FollowUpAsync(IPage page, LoopbackSmtpServer smtp, JourneyClock clock)
    {
        clock.Now = new DateTimeOffset(2024, 10, 31, 2, 0, 0, TimeSpan.Zero);
        await AgencySetup.SignInAsync(page, AgencySetup.OfficerEmail);
        await Expect(page.Locator("header .organisation")).ToContainTextAsync(AgencySetup.Agency);
        await page.GotoAsync("/follow-ups");
        await page.GetByRole(AriaRole.Button, new() { Name = "寄出到期提醒" }).ClickAsync();
        await Expect(page.Locator("#reminder-run")).ToContainTextAsync("已寄出 1 封提醒");
        await Screenshots.SaveAsync(page, "84-journey-follow-ups-reminded-zh");
        var (to, reminder) = await smtp.NextAsync();
        to.ShouldBe([FactoryEmail]);
        reminder.Subject.ShouldBe("填報提醒：2023 年成效追蹤表，2024-11-30 到期（112 年度中小型製造業低碳輔導計畫）");
        await page.GetByRole(AriaRole.Button, new() { Name = "寄出到期提醒" }).ClickAsync();
        await Expect(page.Locator("#reminder-run")).ToContainTextAsync("已寄出 0 封提醒");

        await using (var anonymous = await page.Context.Browser!.NewContextAsync(new() { BaseURL = new Uri(page.Url).GetLeftPart(UriPartial.Authority), Locale = "zh-TW", TimezoneId = "Asia/Taipei" }))
        {
            var client = await anonymous.NewPageAsync();
            await client.GotoAsync(LinkIn(reminder.TextBody!));
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

        await page.GotoAsync("/follow-ups");
        await Expect(page.Locator("[data-count=returned] strong")).ToHaveTextAsync("1");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
        await Screenshots.SaveAsync(page, "88-journey-follow-ups-returned-zh");
        await page.Locator("tr[data-state=returned] a").ClickAsync();
        await Expect(page.Locator("#returned-form")).ToContainTextAsync("每公噸染色布");
        await Expect(page.Locator("#state")).ToHaveTextAsync("已送回");
        await Screenshots.SaveAsync(page, "89-journey-follow-up-read-zh");
    }

    /// <summary>axe-core on the officer's follow-up pages (CSP bypassed only to inject it; the app runs no script).</summary>
    private async Task AxeAsync(IBrowserContext officer, TanpanServer server)
    {
        var detail = new Uri(officer.Pages[0].Url).AbsolutePath;
        await using var axeContext = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(), BypassCSP = true, StorageState = await officer.StorageStateAsync(),
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

    /// <summary>A clock the journey moves by hand (the app's <see cref="TimeProvider"/>).</summary>
    private sealed class JourneyClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
