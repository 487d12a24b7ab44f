namespace Tanpan.Web.Features.Planning;

public static class PlanningHostingExtensions
{
    /// <summary>The reduction-planning services (scoped: they read the organisation's inventories).</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddScoped<CarbonFeeOutlookService>();
        services.AddScoped<MeasureEvaluationService>();
        services.AddScoped<SuggestionService>();
        services.AddSingleton<CaseChecks>();
        return services;
    }
}
