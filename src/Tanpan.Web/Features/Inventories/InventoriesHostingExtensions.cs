using Tanpan.Web.Features.Inventories.Pages;

namespace Tanpan.Web.Features.Inventories;

public static class InventoriesHostingExtensions
{
    /// <summary>The results service (scoped) and its cache (one per process, bounded by <c>Results:CacheMegabytes</c>).</summary>
    public static IServiceCollection AddInventories(this IServiceCollection services)
    {
        services.AddSingleton<ResultsCache>();
        services.AddScoped<InventoryResultsService>();
        services.AddSingleton<Pages.Results.ResultsMarkup>();
        services.AddScoped<InventoryDocuments>();
        services.AddScoped<BaseYearStructure>();
        return services;
    }
}
