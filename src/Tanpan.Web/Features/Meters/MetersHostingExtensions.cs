using Tanpan.Web.Infrastructure;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Meters.Profiles;
using Tanpan.Web.Features.Meters.Storage;

namespace Tanpan.Web.Features.Meters;

public static class MetersHostingExtensions
{
    public static IServiceCollection AddMeters(this IServiceCollection services)
    {
        services.AddScoped<MeterReadingStore>();
        services.AddScoped<IAfterMigration, DayProfileBackfill>();
        // The provider's SQL for readings and day profiles (docs/decisions/0020-meter-storage-sql.md).
        services.AddScoped<IMeterStorage>(provider => MeterStorage.For(provider.GetRequiredService<AppDbContext>()));
        return services;
    }
}
