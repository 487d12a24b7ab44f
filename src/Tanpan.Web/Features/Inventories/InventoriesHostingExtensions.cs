using Tanpan.Web.Features.Inventories.Pages;

namespace Tanpan.Web.Features.Inventories;

public static class InventoriesHostingExtensions
{
    /// <summary>The results service (scoped) and its cache (one per process, bounded by <c>Results:CacheMegabytes</c>).</summary>
    public static IServiceCollection AddInventories(this IServiceCollection services)
    {
        services.AddSingleton<ResultsCache>();
        services.AddScoped<InventoryResultsService>();
        services.AddScoped<InventoryDocuments>();
        services.AddScoped<BaseYearStructure>();
        return services;
    }

    /// <summary>404 before an inventory page runs when its inventory is not the member's to see (<see cref="InventoryPageGuard"/>).</summary>
    public static WebApplication UseInventoryPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<InventoryPageGuard>();
        return app;
    }
}
