namespace Tanpan.Web.Features.ProgrammeKpis;

public static class ProgrammeKpisHostingExtensions
{
    public static IServiceCollection AddProgrammeKpis(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeKpiService>();
        services.AddScoped<SectorRollupService>();
        return services;
    }
}
