using Microsoft.Extensions.Options;
using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Features.Monitoring.Automation;
namespace Tanpan.Web.Features.Monitoring;

public static class MonitoringHostingExtensions
{
    /// <summary>
    /// Alert detection (on demand and after ingest), dashboards, webhook deliveries with retries, and the HTTP client that
    /// posts to alert webhooks (5-second timeout; <see cref="WebhookHandler"/>: checked addresses, no redirects). Settings under <c>Monitoring</c> (<see cref="MonitoringOptions"/>).
    /// </summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddOptions<MonitoringOptions>().BindConfiguration("Monitoring");
        services.AddScoped<MeterAlertService>();
        services.AddScoped<AlertDeliveryService>();
        services.AddScoped<EnergyDashboardService>();
        services.AddScoped<MeterSeriesReader>();
        services.AddScoped<MeterProfileReader>();
        services.AddScoped<MeterBillService>();
        services.AddSingleton<WebhookDns>();
        services.AddHttpClient(AlertDeliveryService.WebhookClient, c => c.Timeout = TimeSpan.FromSeconds(5))
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var dns = sp.GetRequiredService<WebhookDns>();
                return WebhookHandler.Create(sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.WebhookAllowInsecureForDevelopment, (host, ct) => dns.Resolve(host, ct));
            });
        services.AddSingleton<MeterDetectionRequests>();
        services.AddSingleton<IReadingsCommitted>(provider => provider.GetRequiredService<MeterDetectionRequests>());
        services.AddHostedService<MeterDetectionRunner>();
        services.AddSingleton<AlertDeliveryRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertDeliveryRunner>());
        return services;
    }
}
