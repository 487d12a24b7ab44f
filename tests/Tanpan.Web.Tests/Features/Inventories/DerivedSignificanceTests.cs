using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Tanpan.Documents.Tests.Support;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.ActivityImports;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// Issue 15 item 4: every source gets R, C, P however it arrived — derived (自動評分) by <c>SignificanceRule.Assess</c> when the
/// organisation scored none, the organisation's own scores when it did — and the API, the source form, the sources page and
/// the 清冊 sheet 2.1 show the same numbers. Hand-worked for seed 001's natural gas (塗裝作業乾燥設備, ~95.75 % of the total,
/// category 1, 操作報表紀錄 = A1 1 × A2 2): R 5 (≥ 5 %), C 5 (category 1), P 4 (A1 × A2 = 2), S 100.
/// </summary>
public abstract class DerivedSignificanceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task ImportedFile_EverySourceGetsRcp_SameOnTheApiTheFormTheSourcesPageAndSheet21()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: false);
        var client = w.World.Client;

        var sources = (await client.GetFromJsonAsync<List<SourceResponse>>($"/api/v1/inventories/{w.InventoryId}/sources", AccountsApp.Json))!;
        var register = await Pages.FlowPages.HtmlAsync(client, $"/inventories/{w.InventoryId}/sources");
        var sheet = await Sheet21Async(client, w.InventoryId);

        sources.Count.ShouldBe(8);
        sources.ShouldAllBe(s => s.Assessment != null && s.Assessment.Derived.Count == 3 && s.SignificanceR == null);   // nothing stored, all derived
        foreach (var s in sources)
        {
            var a = s.Assessment!;
            s.Significance.ShouldBe(a.R * a.C * a.P);
            RowOf(register, s.Process!).ShouldMatch($@"<td>{a.R}</td><td>{a.C}</td><td>{a.P}</td>\s*<td>{a.Score}</td>", s.Process);
            RowOf(register, s.Process!).ShouldContain("<td class=\"scored-by\">自動評分</td>");
            var row = sheet.Single(c => c.Column == "C" && c.Value == s.Process).Row;
            string Cell(string column) => sheet.Single(c => c.Row == row && c.Column == column).Value;
            (Cell("H"), Cell("I"), Cell("J"), Cell("K")).ShouldBe(($"{a.R}", $"{a.C}", $"{a.P}", $"{a.Score}"), s.Process);
            Cell("N").ShouldBe("自動評分 derived");

            var form = await Pages.FlowPages.HtmlAsync(client, $"/inventories/{w.InventoryId}/sources/{s.Id}");
            var used = Regex.Match(form, @"<p id=""significance-used"">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
            used.ShouldContain($"data-r=\"{a.R}\"");
            used.ShouldContain($"data-c=\"{a.C}\"");
            used.ShouldContain($"data-p=\"{a.P}\"");
            used.ShouldContain($"data-s=\"{a.Score}\"");
            used.ShouldContain("自動評分");
        }

        var gas = sources.Single(s => s.Process == "塗裝作業乾燥設備");
        (gas.Assessment!.R, gas.Assessment.C, gas.Assessment.P, gas.Assessment.Score, gas.IsSignificant).ShouldBe((5, 5, 4, 100, true));

        using var english = await w.World.MemberAsync(Tanpan.Web.Data.Entities.MembershipRole.Editor);
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        RowOf(await Pages.FlowPages.HtmlAsync(english, $"/inventories/{w.InventoryId}/sources"), gas.Process!).ShouldContain("<td class=\"scored-by\">derived</td>");
        (await Pages.FlowPages.HtmlAsync(english, $"/inventories/{w.InventoryId}/sources/{gas.Id}")).ShouldContain("<span class=\"tag scored-by\">derived</span>");
    }

    /// <summary>The organisation scores R = 2 on the natural gas: kept (stored, shown, in sheet 2.1), C and P stay derived: 2 × 5 × 4 = 40.</summary>
    [Fact]
    public async Task OrganisationsScore_OverridesTheDerivedOne_EverywhereAndIsKept()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: false);
        var client = w.World.Client;
        var gas = (await client.GetFromJsonAsync<List<SourceResponse>>($"/api/v1/inventories/{w.InventoryId}/sources", AccountsApp.Json))!
            .Single(s => s.Process == "塗裝作業乾燥設備");

        var put = await client.PutAsJsonAsync($"/api/v1/inventories/{w.InventoryId}/sources/{gas.Id}", new
        {
            facilityId = gas.FacilityId, process = gas.Process, equipment = gas.Equipment, sourceType = gas.SourceType, material = gas.MaterialKey,
            category = gas.Category, significanceR = 2,
        });
        var saved = (await put.Content.ReadFromJsonAsync<SourceResponse>(AccountsApp.Json))!;
        var read = (await client.GetFromJsonAsync<SourceResponse>($"/api/v1/inventories/{w.InventoryId}/sources/{gas.Id}", AccountsApp.Json))!;
        var register = await Pages.FlowPages.HtmlAsync(client, $"/inventories/{w.InventoryId}/sources");
        var form = await Pages.FlowPages.HtmlAsync(client, $"/inventories/{w.InventoryId}/sources/{gas.Id}");
        var sheet = await Sheet21Async(client, w.InventoryId);
        var row = sheet.Single(c => c.Column == "C" && c.Value == gas.Process).Row;
        string Cell(string column) => sheet.Single(c => c.Row == row && c.Column == column).Value;

        foreach (var answer in new[] { saved, read })
        {
            (answer.SignificanceR, answer.SignificanceC, answer.SignificanceP).ShouldBe((2, null, null));
            (answer.Assessment!.R, answer.Assessment.C, answer.Assessment.P, answer.Significance).ShouldBe((2, 5, 4, 40));
            answer.Assessment.Derived.ShouldBe(["C", "P"]);
        }

        RowOf(register, gas.Process!).ShouldContain("<td>2</td><td>5</td><td>4</td>");
        RowOf(register, gas.Process!).ShouldContain("<td class=\"scored-by\">自動評分：C、P</td>");
        form.ShouldContain("data-r=\"2\"");
        form.ShouldContain("data-s=\"40\"");
        (Cell("H"), Cell("I"), Cell("J"), Cell("K"), Cell("N")).ShouldBe(("2", "5", "4", "40", "自動評分：C、P derived: C, P"));
    }

    /// <summary>
    /// A category 3 source (business travel, diesel, 維護運轉推估 = A1 3 × A2 3 → P 1) with no scores: alone it is 100 % of the
    /// total, R 5 × C 3 × P 1 = 15, significant; after 10,000,000 kWh of electricity (5,090 t at 0.509 kg/kWh) its 100 L
    /// (≈ 0.26 t, ~0.005 %) is R 1: S 3, not significant. The derived scores follow the figures; nothing is stored.
    /// </summary>
    [Fact]
    public async Task DerivedScores_FollowTheFigures_CategoryThreeSourceSignificantOnlyWhileLarge()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync(2021);
        var travel = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, process = "業務出差", sourceType = "移動燃燒", material = "柴油", category = 3 });
        await world.CreateActivityAsync(inventory.Id, travel.Id, new { year = 2021, amount = 100, unit = "公升", dataSourceMethod = "維護運轉推估" });
        var path = $"/api/v1/inventories/{inventory.Id}/sources/{travel.Id}";

        var alone = (await world.Client.GetFromJsonAsync<SourceResponse>(path, AccountsApp.Json))!;
        var power = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, process = "公用電力", sourceType = "外購電力", material = "外購電力" });
        await world.CreateActivityAsync(inventory.Id, power.Id, new { year = 2021, amount = 10_000_000, unit = "度", dataSourceMethod = "繳費單" });
        var small = (await world.Client.GetFromJsonAsync<SourceResponse>(path, AccountsApp.Json))!;
        var page = await Pages.FlowPages.HtmlAsync(world.Client, $"/inventories/{inventory.Id}/sources/{travel.Id}");

        (alone.Assessment!.R, alone.Assessment.C, alone.Assessment.P, alone.Significance, alone.IsSignificant).ShouldBe((5, 3, 1, 15, true));
        (small.Assessment!.R, small.Assessment.C, small.Assessment.P, small.Significance, small.IsSignificant).ShouldBe((1, 3, 1, 3, false));
        Regex.Match(page, @"<p id=""significance-now"">(.*?)</p>").Groups[1].Value.ShouldContain("<strong>否</strong>");
        await using var db = fixture.CreateContext(world.OrganisationId);
        (await db.EmissionSources.FindAsync(travel.Id))!.SignificanceR.ShouldBeNull();
    }

    private static string RowOf(string html, string process) =>
        Regex.Match(html, $@"<tr>(?:(?!</tr>).)*>{Regex.Escape(process)}</a>(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;

    private static async Task<List<SheetCell>> Sheet21Async(HttpClient client, Guid inventoryId)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync(new Uri($"/api/v1/inventories/{inventoryId}/register.xlsx", UriKind.Relative)));
            return WorkbookText.Load(file).Sheet("2.1-重大性準則").ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class SqliteDerivedSignificanceTests(SqliteFixture fixture) : DerivedSignificanceTests<SqliteFixture>(fixture);

public sealed class PostgresDerivedSignificanceTests(PostgresFixture fixture) : DerivedSignificanceTests<PostgresFixture>(fixture);
