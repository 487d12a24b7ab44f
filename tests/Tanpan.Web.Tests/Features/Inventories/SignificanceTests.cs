using System.Net;
using System.Net.Http.Json;
using Tanpan.Documents.Tests.Support;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.ActivityImports;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// Issue 15: one significance definition (<c>Core.Sources.SignificanceRule</c>) for the form, the register page and the
/// 清冊 sheet 2.1, whichever way a source arrived. Seed 001's imported sources are categories 1–2: significant with no
/// score (its electricity is most of the total, and was "not significant" before); a category 3 source needs S ≥ 10.
/// </summary>
public abstract class SignificanceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task ImportedSources_CategoriesOneAndTwo_AreSignificantOnThePageApiAndRegister()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: false);

        var sources = (await w.World.Client.GetFromJsonAsync<List<SourceResponse>>($"/api/v1/inventories/{w.InventoryId}/sources", AccountsApp.Json))!;
        var page = await Pages.FlowPages.HtmlAsync(w.World.Client, $"/inventories/{w.InventoryId}");

        sources.Count.ShouldBe(8);
        sources.ShouldAllBe(s => s.SignificanceR == null && s.Assessment!.Derived.Count == 3 && s.IsSignificant);   // derived scores, none stored
        sources.ShouldContain(s => s.Category == 2);
        page.ShouldContain("重大排放源 8 個");

        var response = await w.World.Client.GetAsync(new Uri($"/api/v1/inventories/{w.InventoryId}/register.xlsx", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
            var sheet = WorkbookText.Load(file).Sheet("2.1-重大性準則").ToList();
            sheet.ShouldContain(c => c.Value == "R 排放量 Size");   // the form's meaning of R, not 法規
            sheet.ShouldNotContain(c => c.Value == "R 法規");
            var rows = sheet.Where(c => c.Column == "A" && c.Value.Length == 3 && c.Value[0] == 'S').Select(c => c.Row).ToList();
            rows.Count.ShouldBe(8);
            rows.ShouldAllBe(r => sheet.Single(c => c.Row == r && c.Column == "M").Value.StartsWith("是（類別 1、2 必須量化）", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The issue's case: seed 001 imported, its natural gas for the drying ovens is 54,835,200 m³ × 1.879… kg CO₂e/m³ ≈
    /// 103,0xx t of 107,714.816 t, about 96 % of the total, with no R, C or P scored. The source's own form says it is
    /// significant, its row on the register page says 是, and the 清冊's sheet 2.1 row S01 says 是 for the same reason.
    /// </summary>
    [Fact]
    public async Task ImportedSourceWithNinetySixPercent_SignificantOnTheFormTheRegisterPageAndSheet21()
    {
        await using var app = AccountsApp.Shared(fixture);
        var w = await ImportWorld.CreateAsync(app);
        await w.PreviewAsync(ImportWorld.Sample("seed001-example-2021.csv"), "seed001.csv", dryRun: false);
        var results = await ResultsApiClient.GetAsync(w.World.Client, w.InventoryId);
        var largest = results.Sources.MaxBy(s => s.Kilograms)!;
        var share = largest.Kilograms / results.TotalKilograms;

        var form = await Pages.FlowPages.HtmlAsync(w.World.Client, $"/inventories/{w.InventoryId}/sources/{largest.SourceId}");
        var register = await Pages.FlowPages.HtmlAsync(w.World.Client, $"/inventories/{w.InventoryId}/sources");
        var row = System.Text.RegularExpressions.Regex.Match(register, $@"<tr>(?:(?!</tr>).)*{largest.Process}(?:(?!</tr>).)*</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var sheet = await Sheet21Async(w);
        var s01 = sheet.Single(c => c.Column == "A" && c.Value == "S01").Row;

        share.ShouldBeInRange(0.95m, 0.97m);   // the 96 % source
        (largest.Category, largest.MaterialKey).ShouldBe((1, "natural_gas"));
        var now = System.Text.RegularExpressions.Regex.Match(form, @"<p id=""significance-now"">(.*?)</p>").Groups[1].Value;
        now.ShouldContain("<strong>是</strong>");
        now.ShouldContain("類別 1、2 必須量化");
        row.ShouldContain("<td>是</td>");
        sheet.Single(c => c.Row == s01 && c.Column == "C").Value.ShouldBe(largest.Process);
        sheet.Single(c => c.Row == s01 && c.Column == "M").Value.ShouldStartWith("是（類別 1、2 必須量化）");
    }

    private static async Task<List<SheetCell>> Sheet21Async(ImportWorld w)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, await w.World.Client.GetByteArrayAsync(new Uri($"/api/v1/inventories/{w.InventoryId}/register.xlsx", UriKind.Relative)));
            return WorkbookText.Load(file).Sheet("2.1-重大性準則").ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task CategoryThreeSource_SignificantOnlyFromScoreTenOrWhenRequired()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync(2021);
        object Request(int r, int c, int p, bool required = false) => new
        {
            facilityId = facility.Id, process = "員工通勤", sourceType = "移動燃燒", material = "柴油", category = 3,
            significanceR = r, significanceC = c, significanceP = p, requiredByLawOrCustomer = required,
        };

        var low = await world.CreateSourceAsync(inventory.Id, Request(1, 2, 4));      // S = 8
        var path = $"/api/v1/inventories/{inventory.Id}/sources/{low.Id}";
        var high = await (await world.Client.PutAsJsonAsync(path, Request(2, 5, 1))).Content.ReadFromJsonAsync<SourceResponse>(AccountsApp.Json);   // S = 10
        var required = await (await world.Client.PutAsJsonAsync(path, Request(1, 1, 1, required: true))).Content.ReadFromJsonAsync<SourceResponse>(AccountsApp.Json);

        (low.Significance, low.IsSignificant).ShouldBe((8, false));
        (high!.Significance, high.IsSignificant).ShouldBe((10, true));
        (required!.Significance, required.IsSignificant).ShouldBe((1, true));
    }
}

public sealed class SqliteSignificanceTests(SqliteFixture fixture) : SignificanceTests<SqliteFixture>(fixture);

public sealed class PostgresSignificanceTests(PostgresFixture fixture) : SignificanceTests<PostgresFixture>(fixture);
