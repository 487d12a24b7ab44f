using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tanpan.E2E;

/// <summary>
/// Issue 20 item 6 in Debian Chromium, in Traditional Chinese: an agency creates a 種子班 with one seat, hands out the
/// registration link, two people register without an account (the second is wait-listed), staff take attendance on a
/// phone for the three days, issue the certificate TP-2026-SEED-0001, and anyone opens its public check page.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class TrainingJourneyTests(BrowserFixture browser)
{
    private static readonly Regex Leak = new(@"\b(Training|Course|Session|Status_|confirmed|waitlisted|cancelled|seed|lecture)\b|\b[A-Za-z]{3,} [a-z]{2,} [a-z]{3,}\b");

    [Fact]
    public async Task Agency_RunsASeedClassFromLinkToVerifiedCertificate()
    {
        await using var server = TanpanServer.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        var page = await AgencySetup.SetUpAsync(context);

        await page.GetByRole(AriaRole.Link, new() { Name = "訓練課程" }).First.ClickAsync();
        await page.Locator("#new-course").ClickAsync();
        await page.Locator("#courseTier").SelectOptionAsync("seed");
        await page.Locator("#courseTitle").FillAsync("115年碳盤查種子班（北區）");
        await page.GetByRole(AriaRole.Button, new() { Name = "建立" }).ClickAsync();
        await page.Locator("#sessionPlace").FillAsync("台北市大安區四維路 198 巷 30 弄 5 號 3 樓");
        await page.Locator("#sessionFirstDate").FillAsync("2027-01-08");
        await page.Locator("#sessionHours").FillAsync("6");
        await page.Locator("#sessionCapacity").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增場次" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("115年碳盤查種子班（北區）");
        var sessionUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "產生報名連結" }).ClickAsync();
        var link = await page.Locator("#publicLink").InputValueAsync();
        await Screenshots.SaveAsync(page, "60-training-session-zh");

        await using (var anonymous = await browser.Browser.NewContextAsync())
        {
            var person = await anonymous.NewPageAsync();
            foreach (var (name, email) in new[] { ("林小華", "lin@example.com.tw"), ("陳大文", "chen@example.com.tw") })
            {
                await person.GotoAsync(link);
                await person.Locator("#regCompany").FillAsync("台灣測試股份有限公司");
                await person.Locator("#regTaxId").FillAsync("04595252");
                await person.Locator("#regPerson").FillAsync(name);
                await person.Locator("#regTitle").FillAsync("環安專員");
                await person.Locator("#regEmail").FillAsync(email);
                await person.Locator("#regPhone").FillAsync("02-2784-4188");
                if (name == "林小華")
                {
                    await Screenshots.SaveAsync(person, "61-training-register-zh");
                }

                await person.GetByRole(AriaRole.Button, new() { Name = "送出報名" }).ClickAsync();
            }

            await Expect(person.Locator("#registration-outcome")).ToContainTextAsync("候補第 1 位");
            await Screenshots.SaveAsync(person, "62-training-waitlisted-zh");
            (await anonymous.CookiesAsync()).ShouldNotContain(c => c.Name == "tanpan.session");
        }

        await page.SetViewportSizeAsync(390, 844);
        for (var day = 1; day <= 3; day++)
        {
            await page.GotoAsync($"{sessionUrl}/attendance?day={day}");
            await page.GetByLabel("林小華 · 台灣測試股份有限公司").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "儲存出席紀錄" }).ClickAsync();
            await Expect(page.Locator("p.saved")).ToContainTextAsync("1 人出席");
        }

        await Screenshots.SaveAsync(page, "63-training-attendance-phone-zh");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(sessionUrl);
        (await page.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "為完訓學員發證" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "TP-2027-SEED-0001" }).ClickAsync();
        await Expect(page.Locator("article.certificate")).ToContainTextAsync("林小華");
        await Screenshots.SaveAsync(page, "64-training-certificate-zh");
        var verifyUrl = await page.Locator("article.certificate code").InnerTextAsync();

        await using var stranger = await browser.Browser.NewContextAsync();
        var check = await stranger.NewPageAsync();
        await check.GotoAsync(verifyUrl);
        await Expect(check.Locator("p.saved")).ToHaveTextAsync("查驗結果：此證書有效。");
        await Screenshots.SaveAsync(check, "65-training-verify-zh");
        (await check.InnerTextAsync("main")).ShouldNotMatch(Leak.ToString());
    }
}
