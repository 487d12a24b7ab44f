using System.Net.Http.Json;
using Tanpan.Core.Factors;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Features.Plans;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Plans;

/// <summary>An organisation with electricity-only inventories, and helpers that call the plans API.</summary>
internal sealed class PlanWorld(InventoryWorld inventories, Guid facilityId)
{
    public InventoryWorld Inventories { get; } = inventories;

    public HttpClient Client => Inventories.Client;

    public Guid FacilityId { get; } = facilityId;

    public static async Task<PlanWorld> CreateAsync(AccountsApp app)
    {
        var world = await InventoryWorld.CreateAsync(app);
        var facility = await world.CreateFacilityAsync<FacilityResponse>("觀音廠");
        return new PlanWorld(world, facility.Id);
    }

    /// <summary>kg CO₂e per kWh of the shipped grid factor of <paramref name="year"/>.</summary>
    public static decimal Grid(int year) => FactorLibrary.Shipped.GridFactors[year].Gases.Sum(g => g.KgPerUnit);

    /// <summary>An inventory of <paramref name="year"/> with one purchased-electricity source of <paramref name="kwh"/> 度, and its output when given.</summary>
    public async Task<Guid> InventoryAsync(int year, decimal kwh, decimal? output = null)
    {
        var inventory = await Inventories.CreateInventoryAsync(year);
        var source = await Inventories.CreateSourceAsync(inventory.Id, new { facilityId = FacilityId, sourceType = "外購電力", material = "外購電力" });
        await Inventories.CreateActivityAsync(inventory.Id, source.Id, new { year, amount = kwh, unit = "度" });
        if (output is not null)
        {
            var put = await Client.PutAsJsonAsync($"/api/v1/inventories/{inventory.Id}", new { year, outputQuantity = output, outputUnit = "公噸" }, AccountsApp.Json);
            put.EnsureSuccessStatusCode();
        }

        return inventory.Id;
    }

    public Task<PlanResponse> PlanAsync(Guid baseInventoryId, int endYear, bool highLeakage = false) =>
        Inventories.PostAsync<PlanResponse>("/api/v1/plans", new { name = "2030 減碳計畫", baseInventoryId, endYear, discountRate = 0.05m, highLeakage });

    /// <summary>A custom measure saving <paramref name="kwh"/> a year at NT$3/kWh.</summary>
    public Task<PlanMeasureResponse> ElectricityMeasureAsync(Guid planId, decimal kwh, int startYear, decimal investment = 0m) =>
        Inventories.PostAsync<PlanMeasureResponse>($"/api/v1/plans/{planId}/measures", new
        {
            kind = "custom",
            label = "空壓機群控",
            startYear,
            lifetimeYears = 10,
            parameters = new Dictionary<string, string>
            {
                ["electricity"] = kwh.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["price-electricity"] = "3",
                ["investment"] = investment.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        });

    public async Task<T> GetAsync<T>(string path) => (await Client.GetFromJsonAsync<T>(path, AccountsApp.Json))!;
}
