namespace Tanpan.Web.Features.Monitoring;

public static class MonitoringHostingExtensions
{
    /// <summary>Alert detection, dashboards, and the HTTP client that posts to alert webhooks (5-second timeout).</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddScoped<MeterAlertService>();
        services.AddScoped<EnergyDashboardService>();
        services.AddScoped<MeterSeriesReader>();
        services.AddScoped<MeterProfileReader>();
        services.AddHttpClient(MeterAlertService.WebhookClient, c => c.Timeout = TimeSpan.FromSeconds(5));
        return services;
    }
}
