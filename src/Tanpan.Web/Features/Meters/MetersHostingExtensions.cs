using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Meters;

public static class MetersHostingExtensions
{
    public static IServiceCollection AddMeters(this IServiceCollection services)
    {
        services.AddScoped<MeterReadingStore>();
        services.AddScoped<IAfterMigration, DayProfileBackfill>();
        return services;
    }
}
