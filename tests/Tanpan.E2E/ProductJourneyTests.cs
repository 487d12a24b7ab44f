using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 18 item 7 in Debian Chromium, in Traditional Chinese: products, a BOM (a negative quantity refused next to its
/// field), outputs, the allocation review with its chart, a footprint computed, locked and published to PACT, and the
/// footprint page on a phone; axe-core finds nothing serious on the product, allocation, assignment and footprint pages. The figures are the hand-worked ones of ProductFootprintsTests: 10,000 度 in 2024 × 0.474
/// = 4,740 kg CO2e shared by mass, WIDGET 1.896 kg per piece + 0.5 × 0.948 + 8.5 = 10.87 kg CO2e per piece.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ProductJourneyTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery";

    /// <summary>Words that would mean English or a resource key leaked into a zh-TW page.</summary>
    private static readonly Regex Leak = new(@"\b(Product|Footprint|Allocation|Stage_|Key_|Kind_|Status_|Direct|Mass|Economic|draft|locked|raw_material)\b|\b[A-Za-z]{3,} [a-z]{2,} [a-z]{3,}\b");

    [Fact]
    public async Task Owner_DefinesProductsAndPublishesALockedFootprint()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/setup");
        await page.GetByLabel("電子郵件").FillAsync("owner@example.tw");
        await page.GetByLabel("顯示名稱").FillAsync("陳美玲");
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync("桃園金屬加工");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("桃園金屬加工");
        var antiforgery = await context.APIRequest.GetAsync("/api/v1/antiforgery");
        var token = (await antiforgery.JsonAsync())!.Value.GetProperty("token").GetString()!;
        async Task<string> PostAsync(string path, object body)
        {
            var response = await context.APIRequest.PostAsync(path, new() { Headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token }, DataObject = body });
            response.Status.ShouldBe(201, await response.TextAsync());
            return (await response.JsonAsync())!.Value.GetProperty("id").GetString()!;
        }

        var facility = await PostAsync("/api/v1/facilities", new { name = "觀音廠" });
        var inventory = await PostAsync("/api/v1/inventories", new { year = 2024, boundary = "OperationalControl" });
        var source = await PostAsync($"/api/v1/inventories/{inventory}/sources", new { facilityId = facility, process = "壓延", sourceType = "外購電力", material = "外購電力" });
        await PostAsync($"/api/v1/inventories/{inventory}/sources/{source}/activity", new { year = 2024, amount = 10_000m, unit = "度" });

        await CreateProductAsync(page, "PART", "鋁片", "kg", null);
        await CreateProductAsync(page, "WIDGET", "鋁支架", "piece", "2");
        var widgetUrl = page.Url;

        // A negative quantity is refused next to its field, and nothing is added.
        await FillLineAsync(page, "鋁材", "-1", "kg", "secondary");
        await page.Locator("#bomFactor").FillAsync("8.5");
        await page.Locator("#bomSource").FillAsync("ecoinvent");
        await page.Locator("#bomVersion").FillAsync("3.10");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增物料" }).ClickAsync();
        await Expect(page.Locator("#bomQuantity-error")).ToHaveTextAsync("用量不可為負數。");
        await Screenshots.SaveAsync(page, "40-product-bom-error-zh");
        await page.Locator("#bomQuantity").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增物料" }).ClickAsync();
        await FillLineAsync(page, "", "0.5", "kg", "product");
        await page.Locator("#bomComponent").SelectOptionAsync(new SelectOptionValue { Label = "PART · 鋁片" });
        await page.GetByRole(AriaRole.Button, new() { Name = "新增物料" }).ClickAsync();
        await Expect(page.Locator("#remove-line table tbody tr")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "41-product-bom-zh");

        await SetOutputAsync(page, widgetUrl, "1000");
        await page.GotoAsync("/products");
        await page.GetByRole(AriaRole.Link, new() { Name = "PART" }).ClickAsync();
        await SetOutputAsync(page, page.Url, "3000");
        await Screenshots.SaveAsync(page, "42-product-outputs-zh");

        await page.GotoAsync($"/products/inventories/{inventory}/allocation");
        await Expect(page.Locator("figure.allocation-chart svg rect")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("table.numbers tfoot")).ToContainTextAsync("4.74");
        await Screenshots.SaveAsync(page, "43-product-allocation-zh");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());

        await page.GotoAsync(widgetUrl + "/footprints");
        await page.Locator("#computeYear").SelectOptionAsync(new SelectOptionValue { Label = "2024" });
        await page.GetByRole(AriaRole.Button, new() { Name = "計算碳足跡" }).Last.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/footprints/[0-9a-f-]{36}$"));
        await Expect(page.Locator("p.total strong")).ToHaveTextAsync(10.87m.ToString("#,##0.####", CultureInfo.GetCultureInfo("zh-TW")));
        await page.GetByRole(AriaRole.Button, new() { Name = "鎖定此版本" }).ClickAsync();
        await Expect(page.Locator("p.locked")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "發布到 PACT" }).ClickAsync();
        await Expect(page.Locator("dl.facts code")).ToHaveCountAsync(1);
        await Expect(page.Locator("figure.stage-chart svg rect")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "44-product-footprint-zh");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());

        var footprintUrl = page.Url;

        // The process 壓延 serves WIDGET alone: direct assignment before any mass allocation (4,740 kg to WIDGET).
        await page.GotoAsync($"/products/inventories/{inventory}/assignments");
        await page.Locator("#assignProcess").SelectOptionAsync(new SelectOptionValue { Label = "觀音廠 · 壓延" });
        await page.Locator("#assignProduct").SelectOptionAsync(new SelectOptionValue { Label = "WIDGET · 鋁支架" });
        await page.GetByRole(AriaRole.Button, new() { Name = "指定製程" }).Last.ClickAsync();
        await Expect(page.Locator("#unassign tbody tr")).ToContainTextAsync("WIDGET · 鋁支架");
        await Screenshots.SaveAsync(page, "46-product-assignments-zh");
        await page.GotoAsync($"/products/inventories/{inventory}/allocation");
        await Expect(page.Locator("table.numbers tbody")).ToContainTextAsync("直接指定");
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
        await page.GotoAsync("/products");
        await Screenshots.SaveAsync(page, "47-products-zh");
        await page.GotoAsync($"/culture?c=en&redirect={Uri.EscapeDataString(new Uri(footprintUrl).AbsolutePath)}");
        await Expect(page.Locator("h1")).ToContainTextAsync("Footprint of 鋁支架");
        await Expect(page.Locator("table.numbers").Nth(2)).ToContainTextAsync("physical allocation by output mass");
        await Screenshots.SaveAsync(page, "48-product-footprint-en");
        await page.GotoAsync($"/culture?c=zh-TW&redirect={Uri.EscapeDataString(new Uri(footprintUrl).AbsolutePath)}");

        // axe-core on the product pages, in a second context of the same session that lets the injected script run (the
        // journey above keeps the CSP, so it would have caught any inline script or style of these pages).
        await using (var axeContext = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(), BypassCSP = true, StorageState = await context.StorageStateAsync(),
        }))
        {
            var axePage = await axeContext.NewPageAsync();
            foreach (var path in new[] { new Uri(widgetUrl).AbsolutePath, $"/products/inventories/{inventory}/allocation", $"/products/inventories/{inventory}/assignments",
                new Uri(footprintUrl).AbsolutePath, "/products/new" })
            {
                await axePage.GotoAsync(path);
                (await LayoutAccessibilityTests.AxeAsync(axePage)).ShouldBeEmpty(path);
            }
        }

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await Screenshots.SaveAsync(page, "45-product-footprint-phone-zh");
        foreach (var path in new[] { new Uri(widgetUrl).AbsolutePath, $"/products/inventories/{inventory}/allocation", $"/products/inventories/{inventory}/assignments", "/products" })
        {
            await page.GotoAsync(path);
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, path);
        }

        await Screenshots.SaveAsync(page, "49-products-phone-zh");
    }

    private static async Task CreateProductAsync(IPage page, string code, string name, string unit, string? mass)
    {
        await page.GotoAsync("/products");
        await page.Locator("#new-product").ClickAsync();
        await page.Locator("#productCode").FillAsync(code);
        await page.Locator("#productName").FillAsync(name);
        await page.Locator("#productUnit").SelectOptionAsync(unit);
        if (mass is not null)
        {
            await page.Locator("#productMass").FillAsync(mass);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/products/[0-9a-f-]{36}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync($"{code} · {name}");
    }

    private static async Task FillLineAsync(IPage page, string material, string quantity, string unit, string kind)
    {
        await page.Locator("#bomMaterial").FillAsync(material);
        await page.Locator("#bomQuantity").FillAsync(quantity);
        await page.Locator("#bomUnit").FillAsync(unit);
        await page.Locator("#bomKind").SelectOptionAsync(kind);
    }

    private static async Task SetOutputAsync(IPage page, string productUrl, string quantity)
    {
        await page.GotoAsync(productUrl + "/outputs");
        await page.Locator("#outputYear").SelectOptionAsync(new SelectOptionValue { Label = "2024" });
        await page.Locator("#outputQuantity").FillAsync(quantity);
        await page.GetByRole(AriaRole.Button, new() { Name = "儲存" }).ClickAsync();
        await Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(1);
    }
}
