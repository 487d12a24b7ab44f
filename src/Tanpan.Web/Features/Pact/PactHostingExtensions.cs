namespace Tanpan.Web.Features.Pact;

public static class PactHostingExtensions
{
    public static IServiceCollection AddPact(this IServiceCollection services)
    {
        services.AddScoped<IPactPublisher, PactPublisher>();
        return services;
    }
}
