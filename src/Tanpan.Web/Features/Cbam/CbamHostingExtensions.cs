namespace Tanpan.Web.Features.Cbam;

public static class CbamHostingExtensions
{
    public static IServiceCollection AddCbam(this IServiceCollection services)
    {
        services.AddScoped<CbamService>();
        services.AddScoped<CbamCalculation>();
        services.AddScoped<CbamTemplateImports>();
        services.AddScoped<CbamPactPrecursors>();
        return services;
    }
}
