using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;
using Tanpan.Web.Tests.Features.Meters;

namespace Tanpan.Web.Tests.Features.Home;

/// <summary>
/// Issue 15 point 7: the home dashboard, the results page's charts and the source page's emissions over HTTP, each
/// figure compared with what the results and reminder APIs answer for the same data (never a number written here).
/// </summary>
public abstract class HomeDashboardTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Dashboard_Seed001_ShowsTheResultsServiceTotal_TheReminderCompleteness_AndTheDocuments()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceIds, _) = await Seed001Example.EnterAsync(world);
        var results = await ResultsApiClient.GetAsync(world.Client, inventoryId);
        var reminder = (await world.Client.GetFromJsonAsync<ReminderResponse>($"/api/v1/inventories/{inventoryId}/reminder", AccountsApp.Json))!;

        var html = await ResultsHtml.GetAsync(world.Client, "/");

        ResultsHtml.Decimals(html, "span", "data-total-kg").ShouldBe([results.TotalKilograms]);
        ResultsHtml.Text(html).ShouldContain((results.TotalKilograms / 1000m).ToString("N3", CultureInfo.GetCultureInfo("zh-TW")));
        ResultsHtml.Attributes(html, "p", "data-missing").ShouldBe([reminder.MissingCount.ToString(CultureInfo.InvariantCulture)]);
        // seed 001's entries are whole-year totals: every month of every source is covered, so nothing is missing
        ResultsHtml.Attributes(html, "td class=\"num\"", "data-months").Count.ShouldBe(sourceIds.Count);
        html.ShouldContain($"/api/v1/inventories/{inventoryId}/register.xlsx");
        html.ShouldContain($"/api/v1/inventories/{inventoryId}/report.docx?lang=zh");
        ResultsHtml.Attributes(html, "li", "data-todo").ShouldContain("Lock");
        html.ShouldContain($"/inventories/{inventoryId}/lock");
        ResultsHtml.Attributes(html, "p", "data-open-alerts").ShouldBeEmpty();
        ResultsHtml.Text(html).ShouldContain("沒有未處理的警示");
    }

    [Fact]
    public async Task Dashboard_TwoYears_TrendEqualsEachYearsResults_GapsAndAnOpenAlertAreListed_InEnglishToo()
    {
        await using var app = AccountsApp.Shared(fixture);
        var meters = await MeterWorld.CreateAsync(app);
        var world = meters.World;
        var ids = new List<Guid>();
        foreach (var (year, kwh) in new[] { (2020, 1_000_000m), (2021, 1_100_000m) })
        {
            var inventory = await world.CreateInventoryAsync(year);
            var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = meters.Facility.Id, sourceType = "外購電力", material = "外購電力" });
            // 2021: three months only, so nine months are missing
            foreach (var month in year == 2021 ? [1, 2, 3] : new int?[] { null })
            {
                await world.CreateActivityAsync(inventory.Id, source.Id, new { year, month, amount = kwh, unit = "度" });
            }

            ids.Add(inventory.Id);
        }

        var before = await ResultsApiClient.GetAsync(world.Client, ids[0]);
        var now = await ResultsApiClient.GetAsync(world.Client, ids[1]);
        var meter = await meters.CreateMeterAsync("空壓機電表");
        await using (var db = fixture.CreateContext(world.OrganisationId))
        {
            db.MeterAlerts.Add(new MeterAlert
            {
                OrganisationId = world.OrganisationId, MeterId = meter.Id, Kind = "high_use", Status = MeterAlertValues.Open,
                StartUtc = MeterWorld.Unix("2026-01-05T02:00:00+08:00"), EndUtc = MeterWorld.Unix("2026-01-05T03:00:00+08:00"),
                Observed = 90, Expected = 30, Threshold = 60, DetectedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var html = await ResultsHtml.GetAsync(world.Client, "/");

        ResultsHtml.Decimals(html, "span", "data-total-kg").ShouldBe([now.TotalKilograms]);
        ResultsHtml.Decimals(html, "td class=\"num\"", "data-year-kg").ShouldBe([now.TotalKilograms, before.TotalKilograms]); // newest first
        ResultsHtml.Decimals(html, "rect class=\"chart-bar\"", "data-value").ShouldBe([before.TotalKilograms, now.TotalKilograms]); // oldest first
        var change = ((now.TotalKilograms - before.TotalKilograms) / before.TotalKilograms).ToString("+0.0 %", CultureInfo.GetCultureInfo("zh-TW"));
        ResultsHtml.Text(html).ShouldContain($"與 2020 年度相比：{change}");
        ResultsHtml.Attributes(html, "p", "data-missing").ShouldBe(["9"]);
        ResultsHtml.Attributes(html, "td class=\"num\"", "data-months").ShouldBe(["3"]);
        ResultsHtml.Text(html).ShouldContain("2021年4月、2021年5月");
        ResultsHtml.Attributes(html, "li", "data-todo").ShouldBe(["MissingMonths", "Alerts", "Lock"]);
        ResultsHtml.Attributes(html, "p", "data-open-alerts").ShouldBe(["1"]);
        ResultsHtml.Text(html).ShouldContain("空壓機電表");
        ResultsHtml.Text(html).ShouldContain("用量異常偏高");

        world.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, "/"));
        english.ShouldContain("Total emissions 2021");
        english.ShouldContain("Fill in 9 missing source months of 2021");
        english.ShouldContain("4/2021, 5/2021");
        english.ShouldContain("1 open alerts");
        english.ShouldNotContain("年度");
    }

    [Fact]
    public async Task Dashboard_ShowsOnlyTheCurrentOrganisation_AVerifierSeesTheirInventoryAndNoAlerts()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);
        var other = await InventoryWorld.CreateAsync(app);

        var theirs = await ResultsHtml.GetAsync(other.Client, "/");
        theirs.ShouldNotContain(inventoryId.ToString());
        ResultsHtml.Attributes(theirs, "span", "data-total-kg").ShouldBeEmpty();
        ResultsHtml.Attributes(theirs, "li", "data-todo").ShouldBe(["CreateInventory"]);

        var secondYear = await world.CreateInventoryAsync(2022);
        var verifier = await world.VerifierAsync(inventoryId);
        var seen = await ResultsHtml.GetAsync(verifier, "/");
        seen.ShouldContain($"/inventories/{inventoryId}/results");
        seen.ShouldNotContain(secondYear.Id.ToString());
        seen.ShouldNotContain("/meters/alerts");
        var viewer = await world.MemberAsync(MembershipRole.Viewer);
        (await ResultsHtml.GetAsync(viewer, "/")).ShouldContain(secondYear.Id.ToString());
    }

    [Fact]
    public async Task ResultsPage_Charts_ByScopeCategoryGasAndMonth_EqualTheApiTotals()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world);
        var results = await ResultsApiClient.GetAsync(world.Client, inventoryId);

        var html = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/results");

        foreach (var (id, totals) in new[] { ("scope", results.ByScope), ("category", results.ByCategory), ("gas", results.ByGas), ("month", results.ByMonth) })
        {
            var figure = html[html.IndexOf($"id=\"chart-{id}-title\"", StringComparison.Ordinal)..];
            figure = figure[..figure.IndexOf("</figure>", StringComparison.Ordinal)];
            ResultsHtml.Decimals(figure, "rect class=\"chart-bar\"", "data-value").ShouldBe(totals.Where(t => t.Kilograms != 0m).Select(t => t.Kilograms), id);
        }

        html.IndexOf("id=\"charts\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"hotspots\"", StringComparison.Ordinal));
        html.ShouldContain($"href=\"/inventories/{inventoryId}/results#hotspots\"");
        html.ShouldNotContain("style=");
    }

    [Fact]
    public async Task SourcePage_ShowsTheSourcesEmissionsAndShare_AsTheResultsApi()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceIds, _) = await Seed001Example.EnterAsync(world);
        var results = await ResultsApiClient.GetAsync(world.Client, inventoryId);
        var zh = CultureInfo.GetCultureInfo("zh-TW");

        foreach (var source in results.Sources.Take(2).Append(results.Sources[^1]))
        {
            var html = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/sources/{source.SourceId}");
            ResultsHtml.Decimals(html, "span", "data-source-kg").ShouldBe([source.Kilograms]);
            var text = ResultsHtml.Text(html);
            text.ShouldContain((source.Kilograms / results.TotalKilograms).ToString("P1", zh));
            text.ShouldContain($"在 {results.Sources.Count} 個排放源中排第 {results.Sources.ToList().IndexOf(source) + 1}");
        }

        sourceIds.Count.ShouldBe(results.Sources.Count);
    }
}

public sealed class SqliteHomeDashboardTests(SqliteFixture fixture) : HomeDashboardTests<SqliteFixture>(fixture);

public sealed class PostgresHomeDashboardTests(PostgresFixture fixture) : HomeDashboardTests<PostgresFixture>(fixture);
