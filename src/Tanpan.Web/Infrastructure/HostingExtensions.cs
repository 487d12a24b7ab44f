using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;

namespace Tanpan.Web.Infrastructure;

/// <summary>Service registration and endpoint mapping for the host; Program.cs only calls these.</summary>
public static class HostingExtensions
{
    public static IServiceCollection AddTanpanCore(this IServiceCollection services)
    {
        services.AddSingleton(_ => FactorLibrary.Shipped);
        services.AddSingleton(TimeProvider.System);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) => { document.Servers?.Clear(); return Task.CompletedTask; })); // served at /openapi/v1.json, host-independent

        // Enums in the API read and write as their names ("Owner"), not as numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    /// <summary>
    /// <see cref="AppDbContext"/> on the provider named by <c>Database:Provider</c>, and the scoped
    /// <see cref="TenantContext"/>. Settings are read when first needed, so test hosts can override them.
    /// </summary>
    public static IServiceCollection AddTanpanData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => DatabaseSettings.From(configuration, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddScoped<TenantContext>();
        services.AddScoped<Grants.GrantService>();
        services.AddDbContext<AppDbContext>((sp, options) => options.UseTanpanDatabase(sp.GetRequiredService<DatabaseSettings>()));
        return services;
    }

    /// <summary>
    /// Brings the database schema up to the latest migration before the app serves requests, then runs each feature's
    /// <see cref="IAfterMigration"/> (e.g. the meters' day profiles of readings that predate them).
    /// </summary>
    public static WebApplication MigrateDatabase(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.Migrate();
        foreach (var step in scope.ServiceProvider.GetServices<IAfterMigration>())
        {
            step.RunAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return app;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckHealthAsync);
        return app;
    }

    private static async Task<IResult> CheckHealthAsync(FactorLibrary library, DatabaseSettings settings, AppDbContext db, CancellationToken cancellationToken)
    {
        var factorSets = library.Sets.Select(s => s.Id);
        try
        {
            await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").SingleAsync(cancellationToken);
            return TypedResults.Ok(new { status = "ok", factorSets, database = new { provider = settings.ProviderName, status = "ok" } });
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            var body = new { status = "unhealthy", factorSets, database = new { provider = settings.ProviderName, status = "unreachable", error = e.GetType().Name } };
            return TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
