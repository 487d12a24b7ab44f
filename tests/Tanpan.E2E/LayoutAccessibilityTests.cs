using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 15, points 7 and 10: the layout on a 1280 px screen and on a 390 px phone, the energy dashboards in the menu
/// (not for a verifier), and axe-core on the main pages (no serious or critical finding). One server and one seeded
/// organisation for the whole class (<see cref="SeededSite"/>).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class LayoutAccessibilityTests(BrowserFixture browser, LayoutAccessibilityTests.SeededSite site)
    : IClassFixture<LayoutAccessibilityTests.SeededSite>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task At1280px_TheContentUsesTheWidth_ResultRowsAreOneLine_NoTableOverflowsResultsOrAudit()
    {
        await site.SeedAsync(browser.Browser);
        await using var context = await site.OwnerContextAsync(browser.Browser, 1280, 800);
        var page = await context.NewPageAsync();

        foreach (var (path, shot) in new[] { ($"{site.Inventory}/results", "results"), ($"{site.Inventory}/audit", "audit") })
        {
            await page.GotoAsync(path);
            var main = await page.EvaluateAsync<double>(
                "() => { const m = document.querySelector('main'); const s = getComputedStyle(m); return m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }");
            main.ShouldBeGreaterThan(1000, $"content column of {path}");
            (await page.Locator("main table").CountAsync()).ShouldBeGreaterThan(0, path);

            // Every table fits its container's visible box: nothing to scroll inside it, nothing past the column's edge.
            var overflowing = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main table')].filter(t => {
                    const box = t.parentElement.getBoundingClientRect();
                    const r = t.getBoundingClientRect();
                    return t.scrollWidth > t.clientWidth + 1 || r.right > box.right + 1 || t.parentElement.scrollWidth > t.parentElement.clientWidth + 1;
                }).map(t => (t.className || 'table') + ' ' + Math.round(t.getBoundingClientRect().width))
                """);
            overflowing.ShouldBeEmpty($"tables wider than their box on {path}");
            (await NoHorizontalScrollAsync(page)).ShouldBeTrue(path);
            await Screenshots.SaveAsync(page, $"60-layout-{shot}-1280");
        }

        // The results' tables: each body row on one line (its height under two line heights).
        await page.GotoAsync($"{site.Inventory}/results");
        var tall = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table tbody tr')].filter(tr => {
                const cell = tr.querySelector('td, th');
                const line = parseFloat(getComputedStyle(cell).lineHeight);
                return tr.getBoundingClientRect().height >= 2 * line;
            }).map(tr => tr.innerText.replace(/\s+/g, ' ').slice(0, 60) + ' ' + Math.round(tr.getBoundingClientRect().height))
            """);
        (await page.Locator("main table tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        tall.ShouldBeEmpty("result rows taller than one line");
    }

    [Fact]
    public async Task At390px_SourceAndReadingEntryPages_DoNotScrollSideways()
    {
        await site.SeedAsync(browser.Browser);
        await using var context = await site.OwnerContextAsync(browser.Browser, 390, 844);
        var page = await context.NewPageAsync();
        var pages = new[]
        {
            ($"{site.Inventory}/sources/{site.Source}", "source"),
            ($"{site.Inventory}/sources", "sources"),
            ($"{site.Inventory}/reminder", "reminder"),
            ($"/meters/{site.Meter}", "meter"),
            ($"{site.Inventory}/results", "results"),
            ("/energy", "energy"),
        };
        foreach (var (path, shot) in pages)
        {
            var response = await page.GotoAsync(path);
            response!.Status.ShouldBe(200, path);
            await Screenshots.SaveAsync(page, $"61-layout-{shot}-390");
            var widths = await page.EvaluateAsync<double[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
            var wide = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                        && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                    .slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                """);
            widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"horizontal scroll on {path}: {string.Join(", ", wide)}");
        }

        // The month grid is still usable: its inputs are reachable at this width (and the first screen as a phone shows it).
        await page.GotoAsync($"{site.Inventory}/sources/{site.Source}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "61-layout-source-390-first-screen.png") });
        var firstAmount = page.Locator("input[name='Grid.Rows[0].Amount']");
        await firstAmount.ScrollIntoViewIfNeededAsync();
        await Expect(firstAmount).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Menu_ShowsTheEnergyDashboardsToAnOwner_NotToAVerifier()
    {
        await site.SeedAsync(browser.Browser);
        await using (var owner = await site.OwnerContextAsync(browser.Browser, 1280, 800))
        {
            var page = await owner.NewPageAsync();
            await page.GotoAsync("/");
            var menu = page.Locator("header nav.site-nav");
            await menu.GetByRole(AriaRole.Link, new() { Name = "能源儀表板" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/energy$"));
            await Expect(page.Locator("h1")).ToHaveTextAsync("能源儀表板");
            await Screenshots.SaveAsync(page, "62-energy-index-1280");
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "一號廠 的用電（所有電表合計）" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/facilities/{site.Facility}/energy$"));
            await page.GoBackAsync();
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "能源儀表板" }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/meters/{site.Meter}/dashboard$"));
            await Screenshots.SaveAsync(page, "63-meter-dashboard-1280");
        }

        await using var verifier = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = site.Server.BaseAddress.ToString(),
            StorageState = site.VerifierState,
        });
        var verifierPage = await verifier.NewPageAsync();
        await verifierPage.GotoAsync("/");
        var verifierMenu = verifierPage.Locator("header nav.site-nav");
        await Expect(verifierMenu.GetByRole(AriaRole.Link, new() { Name = "盤查年度" })).ToBeVisibleAsync();
        await Expect(verifierMenu.Locator("a[href='/energy'], a[href^='/meters'], a[href^='/facilities']")).ToHaveCountAsync(0);
        (await verifierPage.GotoAsync("/energy"))!.Status.ShouldBe(403);
        (await verifierPage.GotoAsync($"/meters/{site.Meter}/dashboard"))!.Status.ShouldNotBe(200);
    }

    [Fact]
    public async Task Axe_FindsNothingSeriousOnTheMainPages()
    {
        await site.SeedAsync(browser.Browser);
        var failures = new List<string>(site.SetupAxeFindings.Select(f => "/setup: " + f));

        // The check itself can fail: an input without a label and grey-on-white text are reported.
        await using (var blank = await browser.Browser.NewContextAsync())
        {
            var page = await blank.NewPageAsync();
            await page.SetContentAsync("<html lang='en'><title>t</title><main><h1>t</h1><input><p style='color:#bbb'>faint</p></main></html>");
            var found = await AxeAsync(page);
            found.ShouldContain(f => f.Contains(" label ", StringComparison.Ordinal));
            found.ShouldContain(f => f.Contains(" color-contrast ", StringComparison.Ordinal));
        }

        // Sign-in, as a visitor.
        await using (var visitor = await browser.Browser.NewContextAsync(new() { BaseURL = site.Server.BaseAddress.ToString(), BypassCSP = true }))
        {
            var page = await visitor.NewPageAsync();
            await page.GotoAsync("/login");
            failures.AddRange((await AxeAsync(page)).Select(f => "/login: " + f));
        }

        await using var context = await site.OwnerContextAsync(browser.Browser, 1280, 800);
        var owner = await context.NewPageAsync();
        string[] paths =
        [
            "/",
            "/organisation",
            $"/organisation/facilities/{site.Facility}",
            "/inventories",
            site.Inventory,
            $"{site.Inventory}/sources",
            $"{site.Inventory}/sources/{site.Source}",
            $"{site.Inventory}/results",
            $"{site.Inventory}/documents",
            $"{site.Inventory}/import",
            $"{site.Inventory}/audit",
            "/planning/measures",
            "/energy",
            $"/meters/{site.Meter}/dashboard",
        ];
        foreach (var path in paths)
        {
            (await owner.GotoAsync(path))!.Status.ShouldBe(200, path);
            failures.AddRange((await AxeAsync(owner)).Select(f => path + ": " + f));
        }

        // The same pages in English (lang="en", other text lengths).
        await owner.GotoAsync("/culture?c=en&redirect=/inventories");
        await Expect(owner.Locator("html")).ToHaveAttributeAsync("lang", "en");
        foreach (var path in new[] { $"{site.Inventory}/sources/{site.Source}", $"{site.Inventory}/results", "/energy" })
        {
            (await owner.GotoAsync(path))!.Status.ShouldBe(200, path);
            failures.AddRange((await AxeAsync(owner)).Select(f => "en " + path + ": " + f));
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Keyboard_SkipLinkLeadsToTheForm_SignInWithoutAMouse()
    {
        await site.SeedAsync(browser.Browser);
        await using var visitor = await browser.Browser.NewContextAsync(new() { BaseURL = site.Server.BaseAddress.ToString() });
        var page = await visitor.NewPageAsync();
        await page.GotoAsync("/login");

        // The first Tab shows the skip link on screen; Enter on it makes the next Tab land in <main> (the e-mail field).
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToHaveTextAsync("跳到主要內容");
        (await skip.BoundingBoxAsync())!.X.ShouldBeGreaterThanOrEqualTo(0);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#email")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("owner@example.tw");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("歡迎，林怡君");

        // The menu's energy link is reached by Tab and opened with Enter.
        var energy = page.Locator("header nav.site-nav a[href='/energy']");
        for (var i = 0; i < 20 && !await energy.EvaluateAsync<bool>("a => a === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(energy).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/energy$"));
    }

    /// <summary>
    /// Issue 15 point 7 (the pages it added or changed): the home dashboard, the results page with its charts, a source
    /// page with its emissions and the meter readings upload page (after a file with a bad line) at 1280 px (content over
    /// 1,000 px, no table wider than its box) and at 390 px (no sideways scroll), and axe-core without a serious or
    /// critical finding on each. Screenshots 100–109.
    /// </summary>
    [Fact]
    public async Task DashboardResultsSourceAndUpload_At1280And390_FitTheScreen_AxeFindsNothingSerious()
    {
        await site.SeedAsync(browser.Browser);
        var failures = new List<string>();
        var shot = 100;
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await site.OwnerContextAsync(browser.Browser, width, width == 1280 ? 800 : 844);
            var page = await context.NewPageAsync();
            foreach (var path in new[] { "/", $"{site.Inventory}/results", $"{site.Inventory}/sources/{site.Source}", "/meters/upload" })
            {
                (await page.GotoAsync(path))!.Status.ShouldBe(200, path);
                if (path == "/meters/upload")
                {
                    // a file with one good line and one bad one: the problems table is on the page that is checked
                    await page.Locator("#file").SetInputFilesAsync(new FilePayload
                    {
                        Name = "readings.csv", MimeType = "text/csv",
                        Buffer = System.Text.Encoding.UTF8.GetBytes("meter,ts,value\n受電盤總表,2024-03-01T00:15:00+08:00,12.5\n受電盤總表,2024-03-01T00:30:00,13\n"),
                    });
                    await page.GetByRole(AriaRole.Button, new() { Name = "檢查", Exact = true }).ClickAsync();
                    await Expect(page.Locator("tr[data-line='3']")).ToBeVisibleAsync();
                }

                if (path == "/")
                {
                    await Expect(page.Locator("#dashboard-heading")).ToContainTextAsync("台中精密機械股份有限公司");
                }

                await Screenshots.SaveAsync(page, $"{shot++}-layout-{(path == "/" ? "home" : path.Split('/')[^1] is { Length: 36 } ? "source" : path.Split('/')[^1])}-{width}");
                var widths = await page.EvaluateAsync<double[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
                widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"horizontal scroll on {path} at {width} px");
                if (width == 1280)
                {
                    var main = await page.EvaluateAsync<double>(
                        "() => { const m = document.querySelector('main'); const s = getComputedStyle(m); return m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }");
                    main.ShouldBeGreaterThan(1000, path);
                    var overflowing = await page.EvaluateAsync<string[]>("""
                        () => [...document.querySelectorAll('main table')].filter(t => {
                            const box = t.parentElement.getBoundingClientRect();
                            const r = t.getBoundingClientRect();
                            return t.scrollWidth > t.clientWidth + 1 || r.right > box.right + 1;
                        }).map(t => (t.className || 'table') + ' ' + Math.round(t.getBoundingClientRect().width))
                        """);
                    overflowing.ShouldBeEmpty($"tables wider than their box on {path}");
                    failures.AddRange((await AxeAsync(page)).Select(f => path + ": " + f));
                }
            }
        }

        shot.ShouldBe(108);
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static Task<bool> NoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= window.innerWidth");

    /// <summary>
    /// axe-core's serious and critical violations on the page, one line each (rule, help, first elements). axe.min.js comes
    /// from scripts/lib/axe.sh's pinned npm install (no network at run time); the context bypasses the page's CSP so the
    /// injected script may run.
    /// </summary>
    internal static async Task<IReadOnlyList<string>> AxeAsync(IPage page)
    {
        var script = SeededSite.AxeScript();
        await page.AddScriptTagAsync(new() { Path = script });
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const r = await axe.run(document, { resultTypes: ['violations'] });
                if (r.passes.length === 0) return ['axe ran no rule'];
                return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | '));
            }
            """);
        return [.. found.EnumerateArray().Select(e => e.GetString()!)];
    }

    /// <summary>
    /// One server with an owner's organisation: facility 一號廠, a 2024 inventory with a purchased-electricity source and a
    /// whole-year entry, an electricity meter, and a verifier of that inventory (invited, accepted in another context).
    /// </summary>
    public sealed class SeededSite : IAsyncLifetime, IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _seeded;

        public TanpanServer Server { get; private set; } = null!;

        public string OwnerState { get; private set; } = "";

        public string VerifierState { get; private set; } = "";

        public string Facility { get; private set; } = "";

        public string Inventory { get; private set; } = "";

        public string Source { get; private set; } = "";

        public string Meter { get; private set; } = "";

        public IReadOnlyList<string> SetupAxeFindings { get; private set; } = [];

        public Task InitializeAsync()
        {
            Server = TanpanServer.Start();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();

        public void Dispose() => _gate.Dispose();

        public static string AxeScript()
        {
            var path = Path.Combine(Path.GetDirectoryName(Screenshots.Folder)!, "..", ".tmp", "axe", "node_modules", "axe-core", "axe.min.js");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"axe-core is missing at {Path.GetFullPath(path)}: run scripts/test, or `. scripts/lib/axe.sh && axe_ensure` at the repository root.");
            }

            return Path.GetFullPath(path);
        }

        public Task<IBrowserContext> OwnerContextAsync(IBrowser browser, int width, int height) =>
            browser.NewContextAsync(new()
            {
                BaseURL = Server.BaseAddress.ToString(),
                StorageState = OwnerState,
                ViewportSize = new() { Width = width, Height = height },
                BypassCSP = true,
            });

        public async Task SeedAsync(IBrowser browser)
        {
            await _gate.WaitAsync();
            try
            {
                if (!_seeded)
                {
                    await SeedOnceAsync(browser);
                    _seeded = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        private async Task SeedOnceAsync(IBrowser browser)
        {
            await using var context = await browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), BypassCSP = true });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/setup");
            SetupAxeFindings = await AxeAsync(page);
            await Screenshots.SaveAsync(page, "64-setup-1280");
            await page.GetByLabel("電子郵件").FillAsync("owner@example.tw");
            await page.GetByLabel("顯示名稱").FillAsync("林怡君");
            await page.GetByLabel("密碼").FillAsync(Password);
            await page.GetByLabel("密碼").PressAsync("Enter");
            await page.GetByLabel("組織名稱").FillAsync("台中精密機械股份有限公司");
            await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
            await Expect(page.Locator("header .organisation")).ToContainTextAsync("台中精密機械股份有限公司");

            var antiforgery = await context.APIRequest.GetAsync("/api/v1/antiforgery");
            var token = (await antiforgery.JsonAsync())!.Value.GetProperty("token").GetString()!;
            async Task<JsonElement> PostAsync(string path, object body)
            {
                var response = await context.APIRequest.PostAsync(path, new()
                {
                    Headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token },
                    DataObject = body,
                });
                response.Status.ShouldBe(201, await response.TextAsync());
                return (await response.JsonAsync())!.Value;
            }

            Facility = (await PostAsync("/api/v1/facilities", new { name = "一號廠" })).GetProperty("id").GetString()!;
            var inventoryId = (await PostAsync("/api/v1/inventories", new { year = 2024, boundary = "OperationalControl" })).GetProperty("id").GetString()!;
            Inventory = $"/inventories/{inventoryId}";
            Source = (await PostAsync($"/api/v1{Inventory}/sources", new
            {
                facilityId = Facility,
                process = "製程及公用動力",
                sourceType = "外購電力",
                material = "外購電力",
            })).GetProperty("id").GetString()!;
            await PostAsync($"/api/v1{Inventory}/sources/{Source}/activity", new { year = 2024, amount = 1_250_000m, unit = "度" });
            Meter = (await PostAsync("/api/v1/meters", new
            {
                facilityId = Facility,
                name = "受電盤總表",
                energyType = "electricity",
                unit = "kWh",
                kind = "interval",
                intervalMinutes = 15,
            })).GetProperty("id").GetString()!;
            var invited = await PostAsync("/api/v1/organisation/members", new { email = "verifier@example.tw", role = "Verifier", inventoryYearId = inventoryId });
            var invitePath = invited.GetProperty("invitation").GetProperty("invitePath").GetString()!;
            OwnerState = await context.StorageStateAsync();

            await using var verifier = await browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString() });
            var verifierPage = await verifier.NewPageAsync();
            await verifierPage.GotoAsync(invitePath);
            await verifierPage.Locator("#displayName").FillAsync("查驗員");
            await verifierPage.Locator("#password").FillAsync(Password);
            await verifierPage.Locator("#password").PressAsync("Enter");
            await Expect(verifierPage.Locator("header .organisation")).ToContainTextAsync("台中精密機械股份有限公司");
            VerifierState = await verifier.StorageStateAsync();
        }
    }
}
