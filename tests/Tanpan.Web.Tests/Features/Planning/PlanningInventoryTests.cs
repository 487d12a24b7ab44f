using System.Net;
using System.Net.Http.Json;
using Tanpan.Core.Factors;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Planning;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Planning;

/// <summary>The planning API over an organisation's inventory (seed 001's example): evaluate with its factors, suggestions, fee from its scope 1 + 2.</summary>
public abstract class PlanningInventoryTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Evaluate_WithInventory_UsesItsPinnedSetsAndItsYearsGridFactor()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world, 2021);
        var inventory = (await world.Client.GetFromJsonAsync<InventoryResponse>($"/api/v1/inventories/{inventoryId}", AccountsApp.Json))!;

        var response = await world.Client.PostAsJsonAsync("/api/v1/measures/led/evaluate", new
        {
            parameters = new { count = 100, wattsBefore = (int?)null, hours = 3000 },
            inventoryId,
        }, AccountsApp.Json);
        var evaluated = await world.Client.PostAsJsonAsync("/api/v1/measures/led/evaluate", new
        {
            parameters = new Dictionary<string, object> { ["count"] = 100, ["watts-before"] = 36, ["watts-after"] = 18, ["hours"] = 3000 },
            inventoryId,
        }, AccountsApp.Json);

        (await Validation.ErrorsAsync(response)).Keys.ShouldBe(["parameters.watts-before", "parameters.watts-after"], ignoreOrder: true);
        evaluated.StatusCode.ShouldBe(HttpStatusCode.OK, await evaluated.Content.ReadAsStringAsync());
        var result = (await evaluated.Content.ReadFromJsonAsync<MeasureEvaluationResponse>(AccountsApp.Json))!;
        (result.Basis.InventoryId, result.Basis.InventoryYear, result.Basis.GridYear).ShouldBe((inventoryId, 2021, 2021));
        (result.Basis.FactorSetId, result.Basis.GwpSetId).ShouldBe((inventory.FactorSetId, inventory.GwpSetId));
        var kwh = 100m * (36m - 18m) * 3000m / 1000m;
        result.Co2eT.ShouldBe(kwh * FactorLibrary.Shipped.GridFactors[2021].Gases.Sum(g => g.KgPerUnit) / 1000m);
        result.CostSavedNtd.ShouldBeNull(); // no price given
    }

    [Fact]
    public async Task Evaluate_OtherOrganisationsInventoryOrFacility_404AndNothingEvaluated()
    {
        await using var app = AccountsApp.Shared(fixture);
        var other = await InventoryWorld.CreateAsync(app);
        var (otherInventory, _, _) = await Seed001Example.EnterAsync(other, 2021);
        var otherFacility = (await other.Client.GetFromJsonAsync<List<FacilityResponse>>("/api/v1/facilities", AccountsApp.Json))!.Single().Id;
        var world = await InventoryWorld.CreateAsync(app);
        var body = new Dictionary<string, object> { ["count"] = 1, ["watts-before"] = 36, ["watts-after"] = 18, ["hours"] = 3000 };

        var byInventory = await world.Client.PostAsJsonAsync("/api/v1/measures/led/evaluate", new { parameters = body, inventoryId = otherInventory }, AccountsApp.Json);
        var byFacility = await world.Client.PostAsJsonAsync("/api/v1/measures/led/evaluate", new { parameters = body, facilityId = otherFacility }, AccountsApp.Json);
        var fee = await world.Client.PostAsJsonAsync("/api/v1/carbon-fee/estimate", new { inventoryId = otherInventory }, AccountsApp.Json);
        var suggestions = await world.Client.GetAsync(new Uri($"/api/v1/inventories/{otherInventory}/suggestions", UriKind.Relative));

        (byInventory.StatusCode, byFacility.StatusCode, fee.StatusCode, suggestions.StatusCode)
            .ShouldBe((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Evaluate_WithOwnFacility_UsesItsLatestInventory()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world, 2021);
        var facility = (await world.Client.GetFromJsonAsync<List<FacilityResponse>>("/api/v1/facilities", AccountsApp.Json))!.Single();

        var response = await world.Client.PostAsJsonAsync("/api/v1/measures/led/evaluate", new
        {
            parameters = new Dictionary<string, object> { ["count"] = 1, ["watts-before"] = 36, ["watts-after"] = 18, ["hours"] = 3000 },
            facilityId = facility.Id,
        }, AccountsApp.Json);

        var result = (await response.Content.ReadFromJsonAsync<MeasureEvaluationResponse>(AccountsApp.Json))!;
        (result.Basis.InventoryId, result.Basis.GridYear, result.Basis.FacilityName).ShouldBe((inventoryId, 2021, facility.Name));
    }

    [Fact]
    public async Task Suggestions_Seed001_LargestSourcesWithTheirMeasuresCasesAndRanges()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world, 2021);
        var results = await ResultsApiClient.GetAsync(world.Client, inventoryId);

        var suggestions = (await world.Client.GetFromJsonAsync<SuggestionsResponse>($"/api/v1/inventories/{inventoryId}/suggestions", AccountsApp.Json))!;

        suggestions.Sources.Select(s => s.SourceId).ShouldBe(results.Sources.Take(SuggestionService.MaxSources).Select(s => s.SourceId));
        var gas = suggestions.Sources[0];
        gas.MaterialKey.ShouldBe("natural_gas");
        gas.Measures.Select(m => m.MeasureId).ShouldBe(["boiler", "waste-heat", "heat-pump"]);
        var boiler = gas.Measures[0];
        (boiler.LowTonnes, boiler.HighTonnes).ShouldBe((gas.Tonnes * 0.05m, gas.Tonnes * 0.20m));
        boiler.LowNtd.ShouldBeNull(); // no case gives a gas price
        var electricity = suggestions.Sources.Single(s => s.MaterialKey == "electricity");
        electricity.Energy.ShouldBe(8_967_500m);
        electricity.EnergyUnit.ShouldBe("kWh");
        var compressor = electricity.Measures.Single(m => m.MeasureId == "air-compressor");
        compressor.Cases.ShouldBe(["s000-air-compressor"]);
        compressor.LowEnergy.ShouldBe(8_967_500m * 0.03m);
        var prices = CaseChecks.Library.Cases.Where(c => c.Measure != "load-shift" && c.EnergyUnit == "kWh" && c.AnnualSavingsNtd is not null && c.EnergySaved is not null)
            .Select(c => c.AnnualSavingsNtd!.Value / c.EnergySaved!.Value).ToList();
        (compressor.LowNtd, compressor.HighNtd).ShouldBe((compressor.LowEnergy * prices.Min(), compressor.HighEnergy * prices.Max()));
        gas.SharePercent.ShouldBe(gas.Tonnes * 1000m / results.TotalKilograms * 100m);
    }

    [Fact]
    public async Task CarbonFee_FromInventory_ScopeOneAndTwoOfItsResultsAtTheFirstFeeYear()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world, 2021);
        var results = await ResultsApiClient.GetAsync(world.Client, inventoryId);

        var response = await world.Client.PostAsJsonAsync("/api/v1/carbon-fee/estimate", new { inventoryId }, AccountsApp.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var estimate = (await response.Content.ReadFromJsonAsync<CarbonFeeResponse>(AccountsApp.Json))!;
        var tonnes = results.ByScope.Where(s => s.Key is "1" or "2").Sum(s => s.Kilograms) / 1000m;
        (estimate.EmissionsT, estimate.InventoryYear, estimate.Year).ShouldBe((tonnes, 2021, 2025));
        // 碳費收費辦法 §5 第4項: chargeable rounded half up to 3 decimals, the fee truncated to whole NT$
        estimate.FeeNtd.ShouldBe(tonnes >= 25_000m ? decimal.Truncate(Math.Round(tonnes - 25_000m, 3, MidpointRounding.AwayFromZero) * 300m) : 0m);
        estimate.EmissionsT.ShouldBeLessThan(results.TotalTonnes + 0.000001m);
    }

    [Fact]
    public async Task Suggestions_Verifier_OnlyTheirInventory()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var (inventoryId, _, _) = await Seed001Example.EnterAsync(world, 2021);
        var other = await world.CreateInventoryAsync(2022);
        using var verifier = await world.VerifierAsync(inventoryId);

        (await verifier.GetAsync(new Uri($"/api/v1/inventories/{inventoryId}/suggestions", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await verifier.GetAsync(new Uri($"/api/v1/inventories/{other.Id}/suggestions", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await verifier.PostAsJsonAsync("/api/v1/carbon-fee/estimate", new { inventoryId = other.Id }, AccountsApp.Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqlitePlanningInventoryTests(SqliteFixture fixture) : PlanningInventoryTests<SqliteFixture>(fixture);

public sealed class PostgresPlanningInventoryTests(PostgresFixture fixture) : PlanningInventoryTests<PostgresFixture>(fixture);
