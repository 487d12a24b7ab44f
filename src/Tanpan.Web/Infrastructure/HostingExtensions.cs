using Tanpan.Core.Factors;

namespace Tanpan.Web.Infrastructure;

/// <summary>Service registration and endpoint mapping for the host; Program.cs only calls these.</summary>
public static class HostingExtensions
{
    public static IServiceCollection AddTanpanCore(this IServiceCollection services)
    {
        services.AddSingleton(_ => FactorLibrary.Shipped);
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (FactorLibrary library) => TypedResults.Ok(new { status = "ok", factorSets = library.Sets.Select(s => s.Id) }));
        return app;
    }
}
