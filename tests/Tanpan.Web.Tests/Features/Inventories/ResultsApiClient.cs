using System.Net.Http.Json;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Inventories;

/// <summary>
/// Reads an inventory's whole results over the API as the tests compare them: the summary
/// (<c>GET …/results</c>) and every row trace (<c>GET …/results/rows</c>, page after page).
/// </summary>
internal static class ResultsApiClient
{
    public static async Task<InventoryResults> GetAsync(HttpClient client, Guid inventoryId, int pageSize = InventoriesApi.MaxRowsPageSize)
    {
        var inv = $"/api/v1/inventories/{inventoryId}";
        var summary = (await client.GetFromJsonAsync<ResultsSummary>($"{inv}/results", AccountsApp.Json))!;
        var rows = new List<RowTrace>();
        for (var page = 1; ; page++)
        {
            var batch = (await client.GetFromJsonAsync<ResultRowsPage>($"{inv}/results/rows?page={page}&pageSize={pageSize}", AccountsApp.Json))!;
            rows.AddRange(batch.Rows);
            if (page >= batch.TotalPages)
            {
                break;
            }
        }

        rows.Count.ShouldBe(summary.RowCount);
        return new(summary.FactorSetId, summary.FactorSetVersion, summary.GwpSetId, summary.TotalKilograms, summary.TotalTonnes,
            summary.ByScope, summary.ByCategory, summary.ByGas, summary.ByFacility, summary.ByMonth, summary.TopSources,
            rows, summary.Sources, summary.Factors);
    }
}
