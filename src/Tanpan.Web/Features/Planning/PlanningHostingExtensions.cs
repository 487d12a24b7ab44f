namespace Tanpan.Web.Features.Planning;

public static class PlanningHostingExtensions
{
    /// <summary>The reduction-planning services: the carbon-fee outlook (scoped: it reads inventories' results).</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddScoped<CarbonFeeOutlookService>();
        return services;
    }
}
