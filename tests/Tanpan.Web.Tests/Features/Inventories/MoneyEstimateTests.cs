using System.Net;
using System.Net.Http.Json;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>Receipts without quantities: an entry given as NT$ paid and a unit price (採購金額回推用量).</summary>
public abstract class MoneyEstimateTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task CreateActivity_PaidAndUnitPrice_StoresPaidOverPriceAsAnEstimate()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceId) = await DieselSourceAsync(world);

        var entry = await world.CreateActivityAsync(inventoryId, sourceId, new { year = 2021, unit = "公升", amountPaidNtd = 10_000m, unitPriceNtd = 30m });

        entry.Amount.ShouldBe(333.3333333333m); // 10,000 ÷ 30 to 10 decimals, half to even
        entry.DataSourceMethod.ShouldBe("採購金額回推用量");
        (entry.AmountPaidNtd, entry.UnitPriceNtd, entry.IsEstimate).ShouldBe((10_000m, 30m, true));
        var stored = (await world.Client.GetFromJsonAsync<ActivityResponse>($"/api/v1/inventories/{inventoryId}/sources/{sourceId}/activity/{entry.Id}", AccountsApp.Json))!;
        stored.ShouldBe(entry);
    }

    [Fact]
    public async Task UpdateActivity_AmountInsteadOfPaid_IsNoLongerAnEstimate()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceId) = await DieselSourceAsync(world);
        var entry = await world.CreateActivityAsync(inventoryId, sourceId, new { year = 2021, unit = "公升", amountPaidNtd = 900m, unitPriceNtd = 30m });

        var response = await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventoryId}/sources/{sourceId}/activity/{entry.Id}",
            new { year = 2021, unit = "公升", amount = 31m, dataSourceMethod = "加油卡" }, AccountsApp.Json);

        var updated = (await response.Content.ReadFromJsonAsync<ActivityResponse>(AccountsApp.Json))!;
        (updated.Amount, updated.AmountPaidNtd, updated.UnitPriceNtd, updated.DataSourceMethod).ShouldBe((31m, null, null, "加油卡"));
    }

    [Theory]
    [InlineData(100, null, null, "unitPriceNtd")]
    [InlineData(null, 30, null, "amountPaidNtd")]
    [InlineData(100, 0, null, "unitPriceNtd")]
    [InlineData(-1, 30, null, "amountPaidNtd")]
    [InlineData(100, 30, 5, "amount")]
    public async Task CreateActivity_PaidWithoutPriceOrBadValues_400InBothLanguagesAndNothingSaved(int? paid, int? price, int? amount, string field)
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceId) = await DieselSourceAsync(world);

        var response = await world.Client.PostAsJsonAsync($"/api/v1/inventories/{inventoryId}/sources/{sourceId}/activity",
            new { year = 2021, unit = "公升", amount, amountPaidNtd = paid, unitPriceNtd = price }, AccountsApp.Json);

        var errors = await Validation.ErrorsAsync(response);
        errors.Keys.ShouldBe([field]);
        var message = errors[field].ShouldHaveSingleItem(); // Chinese, then English
        message.ShouldContain("。");
        message.ShouldMatch("[a-z]{4,}");
        (await world.Client.GetFromJsonAsync<List<ActivityResponse>>($"/api/v1/inventories/{inventoryId}/sources/{sourceId}/activity", AccountsApp.Json))!
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task DocumentsPage_EstimatedSource_MarkedAndGradedLowerThanTheSameSourceFromAFuelCard()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, sourceId) = await DieselSourceAsync(world);
        var entry = await world.CreateActivityAsync(inventoryId, sourceId, new { year = 2021, unit = "公升", amountPaidNtd = 9_000m, unitPriceNtd = 30m });
        var estimated = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/documents");
        var sourcePage = ResultsHtml.Text(await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/sources/{sourceId}"));

        (await world.Client.PutAsJsonAsync($"/api/v1/inventories/{inventoryId}/sources/{sourceId}/activity/{entry.Id}",
            new { year = 2021, unit = "公升", amount = 300m, dataSourceMethod = "加油卡" }, AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var metered = await ResultsHtml.GetAsync(world.Client, $"/inventories/{inventoryId}/documents");

        ResultsHtml.Text(estimated).ShouldContain("以新臺幣金額推估");
        ResultsHtml.Text(metered).ShouldNotContain("以新臺幣金額推估");
        sourcePage.ShouldContain("以新臺幣金額推估: NT$9,000 ÷ 30");
        int.Parse(Grade(estimated), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(int.Parse(Grade(metered), System.Globalization.CultureInfo.InvariantCulture)); // grade 3 is the worst
    }

    private static string Grade(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<td class=\"num grade\">([^<]*)</td>").Groups[1].Value;

    private static async Task<(Guid InventoryId, Guid SourceId)> DieselSourceAsync(InventoryWorld world)
    {
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, process = "發電機", sourceType = "固定燃燒", material = "柴油" });
        return (inventory.Id, source.Id);
    }
}
