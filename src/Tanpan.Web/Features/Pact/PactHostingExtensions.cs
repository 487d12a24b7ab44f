using Microsoft.Extensions.Options;
using Tanpan.Web.Features.Monitoring.Automation;

namespace Tanpan.Web.Features.Pact;

public static class PactHostingExtensions
{
    /// <summary>
    /// Publishing, the PACT host API's tokens and the callback sender with its HTTP client (10-second timeout; the alert
    /// webhooks' address checks, <see cref="WebhookHandler"/>). Settings under <c>Pact</c> (<see cref="PactOptions"/>).
    /// </summary>
    public static IServiceCollection AddPact(this IServiceCollection services)
    {
        services.AddOptions<PactOptions>().BindConfiguration("Pact");
        services.AddScoped<IPactPublisher, PactPublisher>();
        services.AddScoped<PactSharingService>();
        services.AddSingleton<PactTokens>();
        services.AddHttpClient(PactCallbacks.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookHandler.Create(sp.GetRequiredService<IOptions<PactOptions>>().Value.CallbacksAllowInsecureForDevelopment));
        services.AddSingleton<PactCallbacks>();
        services.AddHostedService(sp => sp.GetRequiredService<PactCallbacks>());
        return services;
    }
}
