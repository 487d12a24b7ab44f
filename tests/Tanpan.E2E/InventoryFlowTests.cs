using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 3's whole flow in Debian Chromium: a new administrator sets up, creates an organisation and a facility,
/// an inventory year, enters seed 001's example activity table by hand (samples/seed001-example-2021.csv), sees the
/// CLI's total and the hotspot chart, switches to English and locks the inventory.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class InventoryFlowTests(BrowserFixture browser)
{
    private const string Password = "correct horse battery";

    /// <summary>Seed 001's example table as a user types it: process, equipment, type, material, amount, unit, method, equipment type.</summary>
    private static readonly SeedRow[] Seed001 =
    [
        new("塗裝作業乾燥設備", "乾燥爐", "stationary", "natural_gas", "54835200", "立方公尺", "操作報表"),
        new("員工宿舍", "熱水器", "stationary", "natural_gas", "3882", "立方公尺", "財務單據"),
        new("緊急發電機", "發電機", "stationary", "diesel", "56", "公升", "維護運轉推估"),
        new("租賃汽車", "公務車", "mobile", "motor_gasoline", "1850", "公升", "加油卡/車隊卡"),
        new("化糞池", "化糞池", "fugitive", "septic_tank", "25660", "小時", "總經歷工時"),
        new("滅火器", "CO2滅火器", "fugitive", "co2_release", "0", "公斤", "維護運轉推估"),
        new("飲水機/冰箱之冷媒", "冰箱", "fugitive", "R-134a", "0.9", "公斤", "原始填充量×逸散率", "家用冷凍、冷藏裝備"),
        new("製程及公用動力", "", "electricity", "electricity", "8967500", "度", "財務單據"),
    ];

    [Fact]
    public async Task NewAdministrator_EntersSeed001ByHand_SeesTotalAndHotspots_SwitchesToEnglish_Locks()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await page.GetByLabel("電子郵件").FillAsync("admin@example.tw");
        await page.GetByLabel("顯示名稱").FillAsync("王小明");
        await page.GetByLabel("密碼").FillAsync(Password);
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync("示範股份有限公司");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync("示範股份有限公司");

        // The site menu leads to the members page.
        await page.Locator("header nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "成員" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/organisation/members$"));
        await Expect(page.Locator("main")).ToContainTextAsync("王小明");

        // A facility, from the organisation page.
        await page.Locator("header nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "組織與廠區" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新增廠區" }).ClickAsync();
        await page.GetByLabel("廠區名稱").FillAsync("示範工廠");
        await page.GetByLabel("廠區名稱").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/organisation"));
        await Expect(page.Locator("main")).ToContainTextAsync("示範工廠");

        // The inventory year 2021 with the defaults (operational control, moenv-6.0.4, AR5).
        await page.Locator("header nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "盤查年度" }).ClickAsync();
        await page.GetByLabel("年度（西元）").FillAsync("2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventories/[0-9a-f-]{36}$"));
        var inventory = new Uri(page.Url).AbsolutePath;

        // Seed 001's table, one source and one whole-year entry per row, typed as a user would.
        foreach (var row in Seed001)
        {
            await page.GotoAsync($"{inventory}/sources");
            var add = page.Locator("form:has(button:text-is('新增排放源'))");
            await add.GetByLabel("廠區").SelectOptionAsync(new SelectOptionValue { Label = "示範工廠" });
            await add.GetByLabel("製程名稱").FillAsync(row.Process);
            await add.GetByLabel("設備名稱").FillAsync(row.Equipment);
            await add.GetByLabel("排放型式").SelectOptionAsync(row.SourceType);
            await add.GetByLabel("原燃物料").SelectOptionAsync(row.Material);
            if (row.EquipmentType is not null)
            {
                await add.GetByLabel("設備類型（冷媒設備或車輛技術）").FillAsync(row.EquipmentType);
            }

            await add.GetByRole(AriaRole.Button, new() { Name = "新增排放源" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/sources/[0-9a-f-]{36}$"));

            var entry = page.Locator("form:has(#entry-amount)");
            await entry.GetByLabel("年度（西元）").FillAsync("2021");
            await entry.GetByLabel("月份").SelectOptionAsync(new SelectOptionValue { Label = "全年" });
            await entry.GetByLabel("活動數據（用量）").FillAsync(row.Amount);
            await entry.GetByLabel("單位（依帳單所載）").FillAsync(row.Unit);
            await EnterMethodAsync(entry, row.Method);
            await entry.GetByRole(AriaRole.Button, new() { Name = "儲存" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("saved=entry$"));
        }

        await Screenshots.SaveAsync(page, "20-source-with-entry-zh");
        await page.GotoAsync($"{inventory}/sources");
        await Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(Seed001.Length);
        await Screenshots.SaveAsync(page, "21-source-register-zh");

        // Results: the CLI's total for the same table, and the hotspot chart, largest first.
        await page.Locator("nav.steps").GetByRole(AriaRole.Link, new() { Name = "盤查結果" }).ClickAsync();
        var total = page.Locator("p.total strong");
        await Expect(total).ToHaveTextAsync("107,714.816");
        (await total.GetAttributeAsync("data-total-kg")).ShouldNotBeNull();
        decimal.Parse((await total.GetAttributeAsync("data-total-kg"))!, CultureInfo.InvariantCulture).ShouldBe(107_714_816m, 1m);
        var chart = page.Locator("figure.pareto svg[role=img]");
        await Expect(chart).ToBeVisibleAsync();
        (await chart.Locator("rect.bar").CountAsync()).ShouldBeGreaterThanOrEqualTo(6);
        await Expect(page.Locator("table.pareto-table tbody tr").First).ToContainTextAsync("塗裝作業乾燥設備");
        await Screenshots.SaveAsync(page, "22-results-zh");

        // English: the same figures, formatted for the culture.
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("p.total")).ToContainTextAsync("Total emissions");
        await Expect(total).ToHaveTextAsync("107,714.816");
        await Expect(page.Locator("figure.pareto")).ToContainTextAsync("Pareto chart of");
        await Screenshots.SaveAsync(page, "23-results-en");

        // Submit and lock, in English, by keyboard.
        await page.Locator("nav.steps").GetByRole(AriaRole.Link, new() { Name = "Submit and lock" }).ClickAsync();
        await page.GetByLabel("I checked the results").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit and lock" }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("This inventory is locked");
        await Screenshots.SaveAsync(page, "24-locked-en");

        // Locked: the source pages are read-only and the results are the same.
        await page.GotoAsync($"{inventory}/sources");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add source" })).ToHaveCountAsync(0);
        await page.GotoAsync($"{inventory}/results");
        await Expect(total).ToHaveTextAsync("107,714.816");
    }

    private static async Task EnterMethodAsync(ILocator form, string method)
    {
        var known = new[] { "財務單據", "操作報表", "維護運轉推估", "採購金額回推用量" };
        var select = form.Locator("select#entry-method");
        if (known.Contains(method))
        {
            await select.SelectOptionAsync(method);
        }
        else
        {
            await select.SelectOptionAsync("其他");
            await form.GetByLabel("其他方式說明").FillAsync(method);
        }
    }

    private sealed record SeedRow(
        string Process, string Equipment, string SourceType, string Material, string Amount, string Unit, string Method, string? EquipmentType = null);
}
