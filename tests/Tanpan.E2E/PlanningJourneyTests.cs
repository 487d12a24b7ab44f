using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tanpan.Core.Factors;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 6's "done when" in Debian Chromium: from an inventory's results to the hotspot suggestions, a measure, a costed plan
/// (payback), its abatement curve, pathway and carbon fee with and without the plan, and a target whose table shows the gap.
/// The inventories are seeded through the API; the figures are recomputed here from the shipped grid factors.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PlanningJourneyTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery";
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-TW");

    /// <summary>
    /// Base 2024: 70,000,000 度 → 70,000 × g(2024) t (≈ 33,000 t, above the 25,000 t threshold). A custom measure saving
    /// 20,000,000 度 at NT$3 for NT$90,000,000: payback 90 M ÷ 60 M = 1.5 years. Fee 2025 without the plan (no growth):
    /// (70,000 g − 25,000) × NT$300; with it 50,000 g t is under the threshold → 0. Target −10 % a year from 2024: the 2025
    /// inventory of 66,000,000 度 is 66,000 × g(2025) − 0.9 × 70,000 × g(2024) over it.
    /// </summary>
    [Fact]
    public async Task Owner_GoesFromHotspotsToACostedPlanWithFeeOutlookAndTargetGap()
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

        var api = await Api.StartAsync(context);
        var facilityId = await api.PostAsync("/api/v1/facilities", new { name = "觀音廠" });
        var baseId = await api.ElectricityInventoryAsync(facilityId, 2024, 70_000_000m);
        await api.ElectricityInventoryAsync(facilityId, 2025, 66_000_000m);
        var g24 = Grid(2024);
        var g25 = Grid(2025);
        var baseT = 70_000m * g24;
        baseT.ShouldBeGreaterThan(25_000m);

        // Results → suggestions → a suggested measure's calculator.
        await page.GotoAsync($"/inventories/{baseId}/results");
        await page.Locator("#suggestions-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/inventories/{baseId}/suggestions$"));
        var suggested = page.Locator("section.suggestion tr[data-measure] a").First;
        await Expect(suggested).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "20-planning-suggestions-zh");
        var measureName = (await suggested.TextContentAsync())!.Trim();
        await suggested.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/planning/measures/[a-z0-9-]+$"));
        await Expect(page.Locator("h1")).ToContainTextAsync(measureName);

        // A plan on that inventory, no growth.
        await page.GotoAsync("/planning/plans/new");
        await page.Locator("#planName").FillAsync("2030 減碳計畫");
        await page.Locator("#planBase").SelectOptionAsync(baseId);
        await page.Locator("#planEnd").FillAsync("2027");
        await page.Locator("#planGrowth").FillAsync("0");
        await page.Locator("#planDiscount").FillAsync("0.05");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/planning/plans/[0-9a-f-]{36}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("2030 減碳計畫");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(baseT.ToString("N1", Zh));

        // The measure: payback and NPV in its row.
        await page.Locator("#chooseKind").SelectOptionAsync("custom");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步：填寫此措施的數值" }).ClickAsync();
        await page.Locator("#measureLabel").FillAsync("空壓機汰換");
        await page.Locator("#measureStart").FillAsync("2025");
        await page.Locator("#measureLifetime").FillAsync("10");
        await page.Locator("#value-electricity").FillAsync("20000000");
        await page.Locator("#value-price-electricity").FillAsync("3");
        await page.Locator("#value-investment").FillAsync("90000000");
        await Screenshots.SaveAsync(page, "21a-planning-measure-form-zh");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增措施" }).ClickAsync();
        var row = page.Locator("section[aria-labelledby=measures-heading] tbody tr").Filter(new() { HasText = "空壓機汰換" });
        await Expect(row).ToHaveCountAsync(1);
        var cells = row.Locator("td");
        await Expect(cells.Nth(2)).ToHaveTextAsync((20_000m * g24).ToString("N1", Zh));
        await Expect(cells.Nth(3)).ToHaveTextAsync(60_000_000m.ToString("N0", Zh));
        await Expect(cells.Nth(5)).ToHaveTextAsync((90_000_000m / 60_000_000m).ToString("N1", Zh));
        var npv = Annuity(0.05m, 10) * 60_000_000m - 90_000_000m;
        await Expect(cells.Nth(6)).ToHaveTextAsync(npv.ToString("N0", Zh));

        // The curve as SVG, the pathway and the carbon fee with and without the plan.
        await Expect(page.Locator("section[aria-labelledby=curve-heading] svg[role=img]")).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby=curve-heading] svg rect")).Not.ToHaveCountAsync(0);
        var pathway = page.Locator("section[aria-labelledby=pathway-heading] tbody tr");
        await Expect(pathway).ToHaveCountAsync(4); // 2024–2027
        await Expect(pathway.Nth(1).Locator("td")).ToHaveTextAsync(["2025", baseT.ToString("N1", Zh), (20_000m * g24).ToString("N1", Zh), (50_000m * g24).ToString("N1", Zh)]);
        var fee2025 = page.Locator("section[aria-labelledby=fee-heading] tbody tr").Filter(new() { HasText = "2025" }).First.Locator("td");
        await Expect(fee2025.Nth(2)).ToHaveTextAsync(((baseT - 25_000m) * 300m).ToString("N0", Zh));
        (50_000m * g24).ShouldBeLessThan(25_000m);
        await Expect(fee2025.Nth(4)).ToHaveTextAsync(0m.ToString("N0", Zh));
        await Expect(fee2025.Nth(7)).ToHaveTextAsync(((baseT - 25_000m) * 300m).ToString("N0", Zh));
        await Screenshots.SaveAsync(page, "21-planning-plan-zh");

        // Removing the measure asks first, naming it; 取消 leaves it in place.
        await page.GetByRole(AriaRole.Button, new() { Name = "移除措施" }).ClickAsync();
        await Expect(page.Locator("#remove-measure")).ToContainTextAsync("確定要刪除措施「空壓機汰換 (2025)」嗎？");
        await Screenshots.SaveAsync(page, "21b-planning-confirm-delete-zh");
        await page.Locator("#remove-measure").GetByRole(AriaRole.Link, new() { Name = "取消" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(1);

        // A target linked to the plan: 2025 is over it by the gap.
        await page.GotoAsync("/planning/targets/new");
        await page.Locator("#targetName").FillAsync("2026 減量 10 %/年");
        await page.Locator("#targetKind").SelectOptionAsync("Absolute");
        await page.Locator("#targetBase").FillAsync("2024");
        await page.Locator("#targetYear").FillAsync("2026");
        await page.Locator("#targetPercent").FillAsync("10");
        await page.Locator("#targetScopes").FillAsync("1,2");
        await page.Locator("#targetPlan").SelectOptionAsync(new SelectOptionValue { Label = "2030 減碳計畫" });
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/planning/targets/[0-9a-f-]{36}$"));
        var y2025 = page.Locator("table tbody tr").Filter(new() { HasText = "2025" }).First;
        var gap = 66_000m * g25 - 0.9m * baseT;
        gap.ShouldBeGreaterThan(0m);
        await Expect(y2025).ToHaveClassAsync("over-target");
        await Expect(y2025.Locator("td").Nth(1)).ToHaveTextAsync((0.9m * baseT).ToString("N1", Zh));
        await Expect(y2025.Locator("td").Nth(2)).ToHaveTextAsync((66_000m * g25).ToString("N1", Zh));
        await Expect(y2025.Locator("td").Nth(3)).ToContainTextAsync("+" + gap.ToString("N1", Zh));
        await Expect(y2025.Locator("td").Nth(4)).ToHaveTextAsync((50_000m * g24).ToString("N1", Zh));
        await Screenshots.SaveAsync(page, "22-planning-target-zh");
    }

    /// <summary>kg CO₂e per kWh of the shipped grid factor of <paramref name="year"/> (t per 1,000 kWh).</summary>
    private static decimal Grid(int year) => FactorLibrary.Shipped.GridFactors[year].Gases.Sum(g => g.KgPerUnit);

    /// <summary>Present value of 1 a year for <paramref name="years"/> years at <paramref name="rate"/>.</summary>
    private static decimal Annuity(decimal rate, int years)
    {
        var sum = 0m;
        var factor = 1m;
        for (var i = 0; i < years; i++)
        {
            factor /= 1m + rate;
            sum += factor;
        }

        return sum;
    }

    /// <summary>The API with the browser's session cookie and antiforgery token.</summary>
    private sealed class Api(IAPIRequestContext request, string token)
    {
        public static async Task<Api> StartAsync(IBrowserContext context)
        {
            var antiforgery = await context.APIRequest.GetAsync("/api/v1/antiforgery");
            var token = (await antiforgery.JsonAsync())!.Value.GetProperty("token").GetString()!;
            return new Api(context.APIRequest, token);
        }

        public async Task<string> PostAsync(string path, object body)
        {
            var response = await request.PostAsync(path, new()
            {
                Headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token },
                DataObject = body,
            });
            response.Status.ShouldBe(201, await response.TextAsync());
            return (await response.JsonAsync())!.Value.GetProperty("id").GetString()!;
        }

        /// <summary>An inventory of <paramref name="year"/> with one purchased-electricity source of <paramref name="kwh"/> 度.</summary>
        public async Task<string> ElectricityInventoryAsync(string facilityId, int year, decimal kwh)
        {
            var inventory = await PostAsync("/api/v1/inventories", new { year, boundary = "OperationalControl" });
            var source = await PostAsync($"/api/v1/inventories/{inventory}/sources", new { facilityId, sourceType = "外購電力", material = "外購電力" });
            await PostAsync($"/api/v1/inventories/{inventory}/sources/{source}/activity", new { year, amount = kwh, unit = "度" });
            return inventory;
        }
    }
}
