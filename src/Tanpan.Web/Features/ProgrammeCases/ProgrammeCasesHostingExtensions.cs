namespace Tanpan.Web.Features.ProgrammeCases;

public static class ProgrammeCasesHostingExtensions
{
    public static IServiceCollection AddProgrammeCases(this IServiceCollection services)
    {
        services.AddScoped<TeamGrants>();
        services.AddScoped<CaseScope>();
        services.AddScoped<TeamLinks>();
        services.AddScoped<CaseOpening>();
        services.AddScoped<CaseWork>();
        services.AddScoped<CaseBoard>();
        services.AddScoped<VisitRecords>();
        services.AddSingleton<CaseVisitStore>();
        return services;
    }
}
