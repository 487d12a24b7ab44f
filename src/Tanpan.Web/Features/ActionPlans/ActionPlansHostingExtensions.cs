namespace Tanpan.Web.Features.ActionPlans;

public static class ActionPlansHostingExtensions
{
    public static IServiceCollection AddActionPlans(this IServiceCollection services)
    {
        services.AddScoped<ActionPlanService>();
        return services;
    }
}
