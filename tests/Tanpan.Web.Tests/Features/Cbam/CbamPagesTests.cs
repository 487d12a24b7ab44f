using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using static Tanpan.Web.Tests.Features.Inventories.Pages.FlowPages;

namespace Tanpan.Web.Tests.Features.Cbam;

/// <summary>
/// The CBAM pages (issue 19 item 6) as an owner uses them, in zh-TW and English: an installation, wire rod and bolts
/// typed into the forms, precursors added, and the good page showing the hand-worked SEE of <see cref="CbamServiceTests{TFixture}"/>
/// (3.258545 tCO2e/t against the 2026 default 2.9777), its trace, and the cost outlook.
/// </summary>
public sealed partial class CbamPagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Forms_InstallationGoodsAndPrecursors_ShowTheHandWorkedSeeInBothLanguages()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, rod, bolts) = await BoltsAsync(app);

        var zh = await HtmlAsync(world.Client, $"/cbam/goods/{bolts}");
        zh.ShouldContain("<dd id=\"see-total\"><strong>3.2585</strong> tCO2e/t</dd>");   // 3.258545 shown to 4 decimals
        zh.ShouldContain("<td class=\"num\" id=\"default-see\">2.9777</td>");
        zh.ShouldContain("預設值（加成 10%）");
        zh.ShouldContain("自製貨品 CN 7213 91 10");   // the own precursor named by its good, never by its id
        zh.ShouldContain("執行規則 (EU) 2025/2621");   // the default's source, in Chinese
        Regex.IsMatch(Visible(zh), @"\b(user entry|facility inventory|own process|supplier)\b").ShouldBeFalse();   // no English trace words on the zh-TW page
        Visible(zh).ShouldNotContain(bolts.ToString());

        var rodPage = await HtmlAsync(world.Client, $"/cbam/goods/{rod}");
        rodPage.ShouldContain("<dd id=\"see-direct\">2.9129</dd>");

        world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var en = await HtmlAsync(world.Client, $"/cbam/goods/{bolts}");
        en.ShouldContain("Default (mark-up 10%)");
        en.ShouldContain("Own good CN 7213 91 10");
        var list = await HtmlAsync(world.Client, "/cbam");
        list.ShouldContain("iron and steel");
    }

    [Fact]
    public async Task GoodForm_BadInput_ShowsEachMessageNextToItsFieldAndSavesNothing()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var installation = await InstallationAsync(world);

        var html = await PostHtmlAsync(world.Client, $"/cbam/installations/{installation}/goods/new", "good",
            [F("Input.CnCode", "8471 30 00"), F("Input.Year", "2024"), F("Input.ActivityLevelT", "-3"), F("Input.DirectSharePct", "")]);

        html.ShouldContain("id=\"goodCn-error\">CN 8471 30 00 不是 CBAM 涵蓋的貨品");
        html.ShouldContain("id=\"goodAl-error\">活動水準須大於 0 公噸");
        html.ShouldContain("id=\"goodDirectShare-error\">請填歸屬的直接排放");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.CbamGoods.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Outlook_WithRateAndFee_ShowsCertificatesAndTheDeductedCarbonPrice()
    {
        await using var app = AccountsApp.Shared(fixture);
        var (world, _, bolts) = await BoltsAsync(app);

        // 100 t exported; 2026: default 297.77 t × 2.5 % = 7.44425 certificates, actual 325.8545 × 2.5 % = 8.1463625.
        // The typed fee NT$35,000 × share min(1, 100 × 3.258545 ÷ facility emissions 0) = 0 (no inventory): nothing deducted.
        var html = await HtmlAsync(world.Client, $"/cbam/goods/{bolts}/outlook?prices=100&rate=35&fee=35000");

        html.ShouldContain("id=\"approximation\"");   // no benchmark shipped: labelled as an approximation
        var row2026 = Regex.Match(html, @"<th scope=""row"">2026</th>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        row2026.ShouldContain("<td class=\"num\">7.4443</td>");
        row2026.ShouldContain("<td class=\"num\">8.1464</td>");
        row2026.ShouldContain("<td class=\"num\">744</td>");   // € 7.44425 × 100
        row2026.ShouldContain("<td class=\"num\">815</td>");
        html.ShouldContain("<svg");
        var row2034 = Regex.Match(html, @"<th scope=""row"">2034</th>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        row2034.ShouldContain("<td class=\"num\">100 %</td>");
    }

    [Fact]
    public async Task Verifier_FindsNoCbamPages()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync(2024);
        using var verifier = await world.VerifierAsync(inventory.Id);

        (await verifier.GetAsync(new Uri("/cbam", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);   // the role gate: not for verifiers
    }

    /// <summary>An installation with wire rod (default crude steel) and bolts (own wire rod), typed into the page forms.</summary>
    private static async Task<(InventoryWorld World, Guid Rod, Guid Bolts)> BoltsAsync(AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var installation = await InstallationAsync(world);
        var rod = await GoodAsync(world, installation, "7213 91 10", "200", "100");
        var bolts = await GoodAsync(world, installation, "7318 15 88", "100", "20", exported: "100");
        await PrecursorAsync(world, rod, [F("Line.CnCode", "7207 11 14"), F("Line.MassT", "210"), F("Line.Source", "default")]);
        await PrecursorAsync(world, bolts, [F("Line.CnCode", "7213 91 10"), F("Line.MassT", "105"), F("Line.Source", "own"), F("Line.OwnGoodId", rod.ToString())]);
        return (world, rod, bolts);
    }

    private static async Task<Guid> InstallationAsync(InventoryWorld world)
    {
        var facility = await world.CreateFacilityAsync<FacilityResponse>("觀音廠");
        var response = await PostAsync(world.Client, "/cbam/installations/new", "installation",
            [F("Input.Name", "Guanyin Plant"), F("Input.FacilityId", facility.Id.ToString()), F("Input.UnLocode", "twtyn")]);
        return Guid.Parse(response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1]);
    }

    private static async Task<Guid> GoodAsync(InventoryWorld world, Guid installation, string cn, string al, string directT, string exported = "0")
    {
        var response = await PostAsync(world.Client, $"/cbam/installations/{installation}/goods/new", "good",
            [F("Input.CnCode", cn), F("Input.Route", "C"), F("Input.Year", "2024"), F("Input.ActivityLevelT", al), F("Input.DirectSharePct", ""),
                F("Input.DirectEmissionsT", directT), F("Input.ExportedT", exported)]);
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/cbam/goods/", customMessage: await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.RequestMessage.RequestUri.AbsolutePath.Split('/')[^1]);
    }

    private static async Task PrecursorAsync(InventoryWorld world, Guid good, KeyValuePair<string, string>[] fields)
    {
        var response = await PostAsync(world.Client, $"/cbam/goods/{good}", "add-precursor", fields);
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/cbam/goods/{good}", await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("class=\"validation-message\"");
    }

    private static string Visible(string html) => Tags().Replace(Regex.Replace(html, "<(script|style)\\b.*?</\\1>", " ", RegexOptions.Singleline), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
