using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 15 item 11, the whole first hour in Debian Chromium: setup → the guided first answer (docs/first-answer.md) →
/// its inventory year and reading reminder → a month typed by hand → the year's file imported over it (the overlap is
/// shown and a choice asked) → results → the 清冊 (.xlsx) and 報告書 (.docx) downloaded, opened and named after
/// organisation, year, document and language. axe-core on each step; screenshots 90–99.
/// Hand-worked figures (2024 grid factor 0.474 kg CO₂e/kWh, data/factors/electricity; R-410A GWP AR5 = ½ × 677
/// + ½ × 3,170 (R-125) = 1,923.5): first answer 33,000 kWh → 15.642 t + 2 kg R-410A → 3.847 t = 19.489 t; after the file's
/// 150,000 kWh replaces the months: 71.100 + 3.847 = 74.947 t.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class FirstHourJourneyTests(BrowserFixture browser)
{
    private const string Organisation = "示範股份有限公司";

    [Fact]
    public async Task NewUser_FirstAnswer_Inventory_HandEntry_OverlappingImport_Results_Documents()
    {
        await using var server = TanpanServer.Start();
        // CSP bypassed only so that axe-core can be injected on pages reached by a post; the app runs no script.
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), BypassCSP = true, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var findings = new List<string>();

        // Setup: the first administrator, then the organisation.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await page.GetByLabel("電子郵件").FillAsync("officer@example.tw");
        await page.GetByLabel("顯示名稱").FillAsync("林環安");
        await page.GetByLabel("密碼").FillAsync("correct horse battery");
        await page.GetByLabel("密碼").PressAsync("Enter");
        await page.GetByLabel("組織名稱").FillAsync(Organisation);
        await page.GetByRole(AriaRole.Button, new() { Name = "建立", Exact = true }).ClickAsync();
        await Expect(page.Locator("header .organisation")).ToContainTextAsync(Organisation);

        // The guided first answer, from the home page, typed and submitted by keyboard.
        await page.GetByRole(AriaRole.Link, new() { Name = "第一次盤查？十分鐘得到第一個答案" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/first-answer$"));
        await AxeAsync(page, "first answer", findings);
        await page.GetByLabel("盤查年度（西元）").FillAsync("2024");
        await page.GetByLabel("廠區名稱").FillAsync("本廠");
        await page.GetByLabel("1 月（度）", new() { Exact = true }).FillAsync("10,000");
        await page.GetByLabel("2 月（度）", new() { Exact = true }).FillAsync("11,000");
        await page.GetByLabel("3 月（度）", new() { Exact = true }).FillAsync("12,000");
        await page.GetByLabel("冷媒 1：種類").SelectOptionAsync("R-410A");
        await page.GetByLabel("冷媒 1：補充量（公斤）").FillAsync("2");
        await page.GetByLabel("冷媒 1：補充量（公斤）").PressAsync("Enter");   // Enter calculates, never converts
        await Expect(page.Locator("#answer p.total")).ToContainTextAsync("19.489");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("19.489");
        await Expect(page.Locator("#answer table tbody tr").First).ToContainTextAsync("外購電力（台電）");
        await Expect(page.Locator("#answer")).ToContainTextAsync("低於門檻");
        await AxeAsync(page, "first answer result", findings);
        await Screenshots.SaveAsync(page, "90-first-answer-zh");
        await page.SetViewportSizeAsync(390, 844);
        (await page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the first answer fits a phone");
        await Screenshots.SaveAsync(page, "91-first-answer-phone-zh");
        await page.SetViewportSizeAsync(1280, 800);

        // One button: the inventory year, then its reading reminder.
        await page.GetByRole(AriaRole.Button, new() { Name = "建立 2024 年盤查" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/inventories/[0-9a-f-]{36}/reminder$"));
        var inventory = new Uri(page.Url).AbsolutePath[..^"/reminder".Length];
        await Expect(page.Locator("main")).ToContainTextAsync("2024年4月");   // April onwards are missing
        await AxeAsync(page, "reminder", findings);
        await Screenshots.SaveAsync(page, "92-reminder-after-first-answer-zh");

        // Full inventory: April typed by hand in the electricity source's month grid.
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "外購電力（台電）" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sources/[0-9a-f-]{36}"));
        await page.Locator("#m2024-4-amount").FillAsync("13,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "儲存每月數據" }).ClickAsync();
        await Expect(page.Locator("#m2024-4-amount")).ToHaveValueAsync(new Regex("^13,?000$"));
        await Screenshots.SaveAsync(page, "93-hand-entry-zh");

        // The year's file over it: the overlap is listed and a choice asked; replace the months with the year's total.
        await page.GotoAsync($"{inventory}/import");
        var csv = "廠區,排放型式,排放源,原燃物料,活動數據,單位,年度,資訊取得方式\n本廠,外購電力,外購電力（台電）,外購電力,\"150,000\",度,2024,財務單據\n";
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "2024-台電年度用電.csv", MimeType = "text/csv", Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "上傳並預覽" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("與既有數據期間重疊（1）");
        await Expect(page.GetByLabel("兩筆都保留並計入（須說明理由）")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("略過這些列，保留既有數據")).ToBeVisibleAsync();
        await AxeAsync(page, "import preview", findings);
        await Screenshots.SaveAsync(page, "94-import-overlap-choice-zh");
        await page.GetByLabel("以檔案取代重疊的既有數據（既有的那幾筆會刪除）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "確認匯入" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("已匯入", new() { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "95-import-done-zh");

        // Results: the file's year replaced the four months; nothing counted twice.
        await page.GotoAsync($"{inventory}/results");
        await Expect(page.Locator("p.total strong")).ToHaveTextAsync("74.947");
        await AxeAsync(page, "results", findings);
        await Screenshots.SaveAsync(page, "96-results-zh");
        await page.GotoAsync($"{inventory}/reminder");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("重複計算的月份：");
        await Screenshots.SaveAsync(page, "97-reminder-complete-zh");

        // Both documents, downloaded from the documents step, opened, and named after organisation, year, document and language.
        await page.GotoAsync($"{inventory}/documents");
        await AxeAsync(page, "documents", findings);
        await Screenshots.SaveAsync(page, "98-documents-zh");
        var register = await DownloadAsync(page, "#download-register");
        register.Name.ShouldBe($"{Organisation}_2024_溫室氣體排放量清冊.xlsx");
        Text(register.Path, "xl/").ShouldContain(Organisation);
        var report = await DownloadAsync(page, "#download-report-zh");
        report.Name.ShouldBe($"{Organisation}_2024_溫室氣體盤查報告書_zh-TW.docx");
        var reportText = Text(report.Path, "word/document.xml");
        reportText.ShouldContain(Organisation);
        reportText.ShouldContain("74.947");
        var english = await DownloadAsync(page, "#download-report-en");
        english.Name.ShouldBe($"{Organisation}_2024_GHG-inventory-report_en.docx");
        Text(english.Path, "word/document.xml").ShouldContain("74.947");

        await page.GotoAsync("/first-answer");
        await Screenshots.SaveAsync(page, "99-first-answer-again-zh");
        findings.ShouldBeEmpty();
    }

    private static async Task AxeAsync(IPage page, string step, List<string> findings) =>
        findings.AddRange((await LayoutAccessibilityTests.AxeAsync(page)).Select(f => $"{step}: {f}"));

    private static async Task<(string Name, string Path)> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(link).ClickAsync());
        var path = System.IO.Path.Combine(Screenshots.Folder, "..", "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        new FileInfo(path).Length.ShouldBeGreaterThan(1000);
        return (download.SuggestedFilename, path);
    }

    /// <summary>The text of the package's parts under <paramref name="part"/> (an .xlsx or .docx opened as the zip it is).</summary>
    private static string Text(string path, string part)
    {
        using var zip = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(part, StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(Regex.Replace(reader.ReadToEnd(), "<[^>]+>", ""));
        }

        text.Length.ShouldBeGreaterThan(0, $"{path} has no {part}");
        return text.ToString();
    }
}
