namespace Tanpan.Web.Features.Plans;

public static class PlansHostingExtensions
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<InventoryEmissions>();
        services.AddScoped<PlanService>();
        services.AddScoped<PlanAnalysis>();
        return services;
    }
}
