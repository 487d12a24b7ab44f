using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 19 item 6 in Debian Chromium, in Traditional Chinese: an installation, wire rod and bolts typed into the forms,
/// a precursor refused next to its field, the good page with the hand-worked SEE (3.2585 against the 2026 default 2.9777,
/// CbamServiceTests), its trace, the cost outlook with its chart, the template downloaded, and the pages on a phone;
/// axe-core finds nothing serious on them.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CbamJourneyTests(BrowserFixture browser)
{
    /// <summary>Words that would mean English, a resource key or Core's own source text leaked into a zh-TW page.</summary>
    private static readonly Regex Leak = new(@"\b(Source_|user entry|facility inventory|own process|supplier|Default|Actual|Installation|default)\b|\b[A-Za-z]{3,} [a-z]{2,} [a-z]{3,}\b");

    [Fact]
    public async Task Exporter_RecordsGoodsAndComparesActualWithDefault()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/setup");
        await page.GetByLabel("電子郵件").FillAsync("owner@example.tw");
        await page.GetByLabel("顯示名稱").FillAsync("陳美玲");
        await page.GetByLabel("密碼").FillAsync("correct horse battery");
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync("岡山螺絲工業");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        var antiforgery = await context.APIRequest.GetAsync("/api/v1/antiforgery");
        var token = (await antiforgery.JsonAsync())!.Value.GetProperty("token").GetString()!;
        var facility = await context.APIRequest.PostAsync("/api/v1/facilities", new() { Headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token }, DataObject = new { name = "岡山廠" } });
        facility.Status.ShouldBe(201);

        await page.GotoAsync("/cbam");
        await page.Locator("#new-installation").ClickAsync();
        await page.Locator("#installationName").FillAsync("Gangshan Plant");
        await page.Locator("#installationLocode").FillAsync("TWKHH");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Gangshan Plant");
        var installationUrl = page.Url;

        var rod = await GoodAsync(page, installationUrl, "7213 91 10", "200", "100", "0");
        var bolts = await GoodAsync(page, installationUrl, "7318 15 88", "100", "20", "100");

        await page.GotoAsync(rod);
        await page.Locator("#precCn").FillAsync("7207 11 14");
        await page.Locator("#precMass").FillAsync("-210");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增前驅物", Exact = true }).ClickAsync();
        await Expect(page.Locator("#precMass-error")).ToContainTextAsync("不可為負數");
        await Screenshots.SaveAsync(page, "70-cbam-precursor-error-zh");
        await page.Locator("#precMass").FillAsync("210");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增前驅物", Exact = true }).ClickAsync();
        await Expect(page.Locator("#see-direct")).ToHaveTextAsync("2.9129");

        await page.GotoAsync(bolts);
        await page.Locator("#precCn").FillAsync("7213 91 10");
        await page.Locator("#precMass").FillAsync("105");
        await page.Locator("#precSource").SelectOptionAsync("own");
        await page.Locator("#precOwn").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "新增前驅物", Exact = true }).ClickAsync();
        await Expect(page.Locator("#see-total")).ToContainTextAsync("3.2585");
        await Expect(page.Locator("#default-see")).ToHaveTextAsync("2.9777");
        await page.Locator("details summary").First.ClickAsync();
        await Screenshots.SaveAsync(page, "71-cbam-good-zh");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());

        await page.GotoAsync(bolts + "/outlook?prices=75,100&rate=35");
        await Expect(page.Locator("figure.outlook-chart svg rect")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#outlook-table tbody tr")).ToHaveCountAsync(9);   // 2026–2034
        await Screenshots.SaveAsync(page, "72-cbam-outlook-zh");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());

        await page.GotoAsync("/cbam");
        await Screenshots.SaveAsync(page, "73-cbam-list-zh");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
        var download = await context.APIRequest.GetAsync(installationUrl + "/template?year=2024");
        (download.Status, download.Headers["content-type"]).ShouldBe((200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        await using (var axeContext = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(), BypassCSP = true, StorageState = await context.StorageStateAsync(),
        }))
        {
            var axePage = await axeContext.NewPageAsync();
            foreach (var path in new[] { "/cbam", new Uri(installationUrl).AbsolutePath, new Uri(bolts).AbsolutePath, new Uri(bolts).AbsolutePath + "/outlook",
                new Uri(bolts).AbsolutePath + "/edit" })
            {
                await axePage.GotoAsync(path);
                (await LayoutAccessibilityTests.AxeAsync(axePage)).ShouldBeEmpty(path);
            }
        }

        await page.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { "/cbam", new Uri(bolts).AbsolutePath, new Uri(bolts).AbsolutePath + "/outlook", new Uri(bolts).AbsolutePath + "/edit" })
        {
            await page.GotoAsync(path);
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, path);
        }

        await page.GotoAsync(bolts);
        await Screenshots.SaveAsync(page, "74-cbam-good-phone-zh");
    }

    /// <summary>A good typed into its form; the URL of its page.</summary>
    private static async Task<string> GoodAsync(IPage page, string installationUrl, string cn, string activity, string directT, string exported)
    {
        await page.GotoAsync(installationUrl);
        await page.Locator("#new-good").ClickAsync();
        await page.Locator("#goodCn").FillAsync(cn);
        await page.Locator("#goodRoute").FillAsync("C");
        await page.Locator("#goodYear").FillAsync("2024");
        await page.Locator("#goodAl").FillAsync(activity);
        await page.Locator("#goodDirectShare").FillAsync("");
        await page.Locator("#goodDirectT").FillAsync(directT);
        await page.Locator("#goodExported").FillAsync(exported);
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cbam/goods/[0-9a-f-]{36}$"));
        return page.Url;
    }
}
