using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Tanpan.Core.Inventory;
using Tanpan.Web.Data.Entities;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Inventories.Pages.Results;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>The results, entries and trace pages over HTTP, against what the API and the CLI give for the same data.</summary>
public abstract class ResultsPagesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task ResultsPage_Seed001_ShowsTheCliTotalAndAParetoChartLargestFirstEndingAt100Percent()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceIds, _) = await Seed001Example.EnterAsync(world);

        var html = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/results");

        var cli = InventoryCalculation.Run(ActivityFileReader.Open(Path.Combine("samples", "seed001-example-2021.csv")).Records, new InventoryOptions())
            .Result.ShouldNotBeNull();
        cli.Total.Tonnes.ToString("N3", CultureInfo.GetCultureInfo("zh-TW")).ShouldBe("107,714.816");
        ResultsHtml.Decimals(html, "strong", "data-total-kg").ShouldBe([cli.Total.Kilograms]);
        ResultsHtml.Text(html).ShouldContain("107,714.816");
        html.ShouldContain("aria-current=\"page\">盤查結果</a>");

        var bars = ResultsHtml.Decimals(html, "rect class=\"bar\"", "data-kg");
        bars.Count.ShouldBe(sourceIds.Count);
        bars.ShouldBe(bars.OrderByDescending(b => b).ToList());
        bars.Sum().ShouldBe(cli.Total.Kilograms);
        html.ShouldContain("<svg role=\"img\"");
        html.ShouldContain("<title id=\"pareto-title\">");
        ResultsHtml.Attributes(html, "polyline class=\"cumulative\"", "data-end").ShouldBe(["1"]);
        var lastPoint = ResultsHtml.Attributes(html, "polyline class=\"cumulative\"", "points").Single().Split(' ')[^1].Split(',');
        double.Parse(lastPoint[1], CultureInfo.InvariantCulture).ShouldBe(ParetoModel.ShareY(1), 0.01);
        ResultsHtml.Text(html).ShouldContain("100.0%"); // the table fallback's last cumulative share

        // Every total links to its entries; the scope-1 list adds up to the scope-1 total.
        var scope1 = cli.ByScope[1].Kilograms;
        var entries = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/results/entries?scope=1");
        ResultsHtml.Decimals(entries, "td class=\"num\"", "data-kg").Sum().ShouldBe(scope1);
        html.ShouldContain($"/inventories/{inventoryId}/results/entries?scope=1");
    }

    [Fact]
    public async Task ResultsPages_InEnglish_UseTheEnglishStringsAndNumberFormat()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, entryIds) = await Seed001Example.EnterAsync(world);
        world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/results"));
        var trace = ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/results/trace/{entryIds[0]}"));

        page.ShouldContain("Results of the 2021 inventory");
        page.ShouldContain("Total emissions");
        page.ShouldContain("107,714.816");
        page.ShouldContain("Hotspots (Pareto chart)");
        page.ShouldContain("There is no inventory for the year before (2020).");
        trace.ShouldContain("Calculation trace");
        trace.ShouldContain("Emissions per gas");
        page.ShouldNotContain("排放"); // no Chinese label left behind (names typed by the user are Chinese, labels are not)
    }

    [Fact]
    public async Task TracePage_ShowsTheApiTraceNumbers()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, entryIds) = await Seed001Example.EnterAsync(world);
        var results = await ResultsApiClient.GetAsync(world.Client, inventoryId);

        foreach (var entryId in new[] { entryIds[0], entryIds[6], entryIds[7] }) // natural gas, refrigerant, electricity
        {
            var trace = results.Rows.Single(r => r.EntryId == entryId);
            var html = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/results/trace/{entryId}");

            ResultsHtml.Decimals(html, "td class=\"num\"", "data-total-kg").ShouldBe([trace.Kilograms]);
            ResultsHtml.Decimals(html, "strong data-trace=\"converted\"", "data-value").ShouldBe([trace.ConvertedAmount]);
            ResultsHtml.Decimals(html, "td class=\"num\"", "data-kg").ShouldBe(trace.Gases.Select(g => g.Kilograms));
            ResultsHtml.Decimals(html, "td class=\"num\"", "data-co2e-kg").ShouldBe(trace.Gases.Select(g => g.Co2eKilograms));
            var text = ResultsHtml.Text(html);
            text.ShouldContain(trace.FactorId);
            text.ShouldContain(trace.FactorSetVersion);
            text.ShouldContain(trace.GwpSetId);
            text.ShouldContain(results.Factors.Single(f => f.Id == trace.FactorId).Source);
            text.ShouldContain(trace.Unit);
        }

        await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/results/trace/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ResultsPage_WithPreviousYearAndOutputAndRevenue_ShowsChangeAndIntensity()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        foreach (var (year, kwh) in new[] { (2020, 1_000_000m), (2021, 1_100_000m) })
        {
            var inventory = await world.CreateInventoryAsync(year);
            var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
            await world.CreateActivityAsync(inventory.Id, source.Id, new { year, amount = kwh, unit = "度" });
        }

        var inventories = (await world.Client.GetFromJsonAsync<List<InventoryResponse>>("/api/v1/inventories", AccountsApp.Json))!;
        var (before, now) = (inventories.Single(i => i.Year == 2020), inventories.Single(i => i.Year == 2021));
        var put = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{now.Id}", new { year = 2021, outputQuantity = 250m, outputUnit = "公噸", revenueNtd = 80_000_000m });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        (await put.Content.ReadFromJsonAsync<InventoryResponse>(AccountsApp.Json))!.OutputUnit.ShouldBe("公噸");
        var thisYear = await ResultsApiClient.GetAsync(world.Client, now.Id);
        var lastYear = await ResultsApiClient.GetAsync(world.Client, before.Id);

        var text = ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, $"/inventories/{now.Id}/results"));

        var zh = CultureInfo.GetCultureInfo("zh-TW");
        text.ShouldContain("前一年度（2020）");
        text.ShouldContain((lastYear.TotalKilograms / 1000m).ToString("N3", zh));
        text.ShouldContain(((thisYear.TotalKilograms - lastYear.TotalKilograms) / lastYear.TotalKilograms).ToString("+0.0 %", zh));
        text.ShouldContain("每公噸產量");
        text.ShouldContain((thisYear.TotalTonnes / 250m).ToString("N4", zh));
        text.ShouldContain((thisYear.TotalTonnes / 80m).ToString("N4", zh));

        // The first year has no year before it.
        ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, $"/inventories/{before.Id}/results")).ShouldContain("沒有前一年度（2019）的盤查");
    }

    [Fact]
    public async Task ResultsPage_CachedBody_FollowsEveryChangeOfEitherYearAndKeepsLanguagesApart()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var before = await world.CreateInventoryAsync(2020);
        var now = await world.CreateInventoryAsync(2021);
        var source = await world.CreateSourceAsync(now.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
        await world.CreateActivityAsync(now.Id, source.Id, new { year = 2021, amount = 1_000_000m, unit = "度" });
        var path = $"/inventories/{now.Id}/results";
        var zh = CultureInfo.GetCultureInfo("zh-TW");

        var first = await ResultsHtml.GetAsync(world.Client, path);
        ResultsHtml.Text(first).ShouldContain("前一年度（2020）");
        ResultsHtml.Text(first).ShouldContain("—"); // the year before has no emissions yet: no change to show
        var total = ResultsHtml.Decimals(first, "strong", "data-total-kg").Single();

        // English, then Chinese again: each language its own body.
        using (var english = await world.MemberAsync(MembershipRole.Viewer))
        {
            english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
            var text = ResultsHtml.Text(await ResultsHtml.GetAsync(english, path));
            text.ShouldContain("Total emissions");
            text.ShouldNotContain("排放量");
        }

        ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, path)).ShouldContain("排放量");

        // A new entry this year: a new total.
        await world.CreateActivityAsync(now.Id, source.Id, new { year = 2021, month = 1, amount = 500_000m, unit = "度", overlapReason = "另一個電號" });   // the year covers January
        var more = ResultsHtml.Decimals(await ResultsHtml.GetAsync(world.Client, path), "strong", "data-total-kg").Single();
        more.ShouldBe(total * 1.5m);

        // A change of the year before only: this year's page shows the new comparison.
        var old = await world.CreateSourceAsync(before.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
        await world.CreateActivityAsync(before.Id, old.Id, new { year = 2020, amount = 1_000_000m, unit = "度" });
        var lastYear = await ResultsApiClient.GetAsync(world.Client, before.Id);
        var compared = ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, path));
        compared.ShouldContain((lastYear.TotalKilograms / 1000m).ToString("N3", zh));
        compared.ShouldContain(((more - lastYear.TotalKilograms) / lastYear.TotalKilograms).ToString("+0.0 %", zh));
    }

    [Fact]
    public async Task IntensityForm_BadInputKeepsWhatWasTypedAndSavesNothing_GoodInputSaves()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var inventory = await world.CreateInventoryAsync();
        var path = $"/inventories/{inventory.Id}/results";
        var user = await app.SeedUserAsync(false, (world.OrganisationId, MembershipRole.Editor));
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await AccountsApp.SignInAsync(client, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var bad = await PostIntensityAsync(client, path, output: "abc", unit: "", revenue: "-5");

        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await bad.Content.ReadAsStringAsync();
        html.ShouldContain("value=\"abc\"");
        ResultsHtml.Text(html).ShouldContain("請輸入數字");
        var unchanged = (await world.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{inventory.Id}", AccountsApp.Json))!;
        (unchanged.OutputQuantity, unchanged.RevenueNtd).ShouldBe((null, null));

        var api = await PostIntensityAsync(client, path, output: "1,200", unit: "", revenue: "-5");
        var apiText = ResultsHtml.Text(await api.Content.ReadAsStringAsync());
        apiText.ShouldContain("此欄位必填"); // the API's rule: a unit is required with an output
        apiText.ShouldContain("營業額須大於 0");

        var good = await PostIntensityAsync(client, path, output: "1,200.5", unit: "公噸", revenue: "30,000,000");
        good.StatusCode.ShouldBe(HttpStatusCode.Found);
        good.Headers.Location!.OriginalString.ShouldContain("saved=true");
        var saved = (await world.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{inventory.Id}", AccountsApp.Json))!;
        (saved.OutputQuantity, saved.OutputUnit, saved.RevenueNtd).ShouldBe((1200.5m, "公噸", 30_000_000m));
    }

    [Fact]
    public async Task ResultsPage_EntryThatCannotBeCalculated_ListsTheIssueWithALinkToItsSource()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 1990, amount = 10, unit = "度" }); // no grid factor for 1990

        var html = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventory.Id}/results");

        html.ShouldContain($"href=\"/inventories/{inventory.Id}/sources/{source.Id}?entry=");   // the entry's edit form
        ResultsHtml.Text(html).ShouldContain("部分活動數據無法計算");
        html.ShouldNotContain("class=\"pareto\"");
    }

    [Fact]
    public async Task ResultsPages_OfAnotherOrganisationOrUnknownIds_Are404()
    {
        await using var app = AccountsApp.Shared(fixture);
        var owner = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, entryIds) = await Seed001Example.EnterAsync(owner);
        var stranger = await InventoryWorld.CreateAsync(app);

        foreach (var path in new[]
        {
            $"/inventories/{inventoryId}/results", $"/inventories/{inventoryId}/results/entries?scope=1",
            $"/inventories/{inventoryId}/results/trace/{entryIds[0]}", $"/inventories/{Guid.NewGuid()}/results",
        })
        {
            (await ResultsHtml.GetAsync(stranger.Client, path, HttpStatusCode.NotFound)).ShouldNotContain("107,714");
        }

        // A verifier of the organisation reads it.
        using var verifier = await owner.MemberAsync(MembershipRole.Verifier);
        (await verifier.GetAsync(new Uri($"/inventories/{inventoryId}/results", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> PostIntensityAsync(HttpClient client, string path, string output, string unit, string revenue)
    {
        var token = ResultsHtml.AntiforgeryToken(await ResultsHtml.GetAsync(client, path));
        using var noRedirect = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "intensity",
                ["Input.OutputQuantity"] = output,
                ["Input.OutputUnit"] = unit,
                ["Input.RevenueNtd"] = revenue,
            }),
        };
        return await client.SendAsync(noRedirect);
    }
}
