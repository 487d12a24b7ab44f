using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>Entering seed 001's example table through the API gives the CLI's total for the same sample file.</summary>
public abstract class InventoryFlowTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Results_Seed001EnteredThroughApi_EqualCliTotalForSample()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        var entryIds = new List<Guid>();
        foreach (var row in Seed001Example.Rows)
        {
            var source = await world.CreateSourceAsync(inventory.Id, new
            {
                facilityId = facility.Id, process = row.Process, equipment = row.Equipment, sourceType = row.Type, material = row.Material,
                equipmentType = row.EquipmentType, significanceR = 2, significanceC = 2, significanceP = 3,
            });
            source.Significance.ShouldBe(12);
            source.IsSignificant.ShouldBeTrue();
            var entry = await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, amount = row.Amount, unit = row.Unit, dataSourceMethod = "財務單據" });
            entryIds.Add(entry.Id);
        }

        var results = await ResultsApiClient.GetAsync(world.Client, inventory.Id);

        var sample = InventoryCalculation.Run(ActivityFileReader.Open(Path.Combine("samples", "seed001-example-2021.csv")).Records, new InventoryOptions());
        var expected = sample.Result.ShouldNotBeNull();
        results.TotalKilograms.ShouldBe(expected.Total.Kilograms);
        results.TotalKilograms.ShouldBeGreaterThan(0m);
        results.ByScope.Select(s => (s.Key, s.Kilograms)).ShouldBe(expected.ByScope.OrderBy(s => s.Key).Select(s => (s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Value.Kilograms)));
        results.ByFacility.ShouldHaveSingleItem().Key.ShouldBe("示範工廠");
        (results.FactorSetId, results.GwpSetId).ShouldBe(("moenv-6.0.4", "AR5"));
        results.Rows.Select(r => r.EntryId).ShouldBe(entryIds, ignoreOrder: true);
        var refrigerant = results.Rows.Single(r => r.EntryId == entryIds[6]);
        refrigerant.EquipmentType.ShouldNotBeNull();
        refrigerant.Gases.ShouldNotBeEmpty();
        results.Rows.Sum(r => r.Kilograms).ShouldBe(results.TotalKilograms);
    }

    [Fact]
    public async Task Results_StoredEntryWithoutFactor_Is422ListingTheEntry()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>();
        var inventory = await world.CreateInventoryAsync();
        var source = await world.CreateSourceAsync(inventory.Id, new { facilityId = facility.Id, sourceType = "外購電力", material = "外購電力" });
        await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 2021, amount = 10, unit = "度" });
        var entry = await world.CreateActivityAsync(inventory.Id, source.Id, new { year = 1990, amount = 10, unit = "度" }); // no grid factor for 1990

        var response = await world.Client.GetAsync(new Uri($"/api/v1/inventories/{inventory.Id}/results", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("entryId").GetGuid()).ShouldBe([entry.Id]);
    }

    [Fact]
    public async Task CreateInventory_SameYearTwice_Is409AndUnknownSetsAre400()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);
        await world.CreateInventoryAsync(2022);

        (await world.Client.PostAsJsonAsync("/api/v1/inventories", new { year = 2022 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var response = await world.Client.PostAsJsonAsync("/api/v1/inventories", new { year = 2023, factorSetId = "moenv-9.9", gwpSetId = "AR9" });
        var errors = await Validation.ErrorsAsync(response);
        errors.Keys.ShouldBe(["factorSetId", "gwpSetId"], ignoreOrder: true);
        errors["gwpSetId"].ShouldHaveSingleItem().ShouldContain("GWP");
    }
}
