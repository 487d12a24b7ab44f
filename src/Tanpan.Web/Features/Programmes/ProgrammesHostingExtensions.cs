namespace Tanpan.Web.Features.Programmes;

public static class ProgrammesHostingExtensions
{
    public static IServiceCollection AddProgrammes(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeIntake>();
        services.AddScoped<ProgrammeDesk>();
        services.AddScoped<ProgrammeAdmin>();
        services.AddScoped<PublicApplications>();
        services.AddScoped<PriorityRules>();
        services.AddSingleton<ApplicationTokens>();
        return services;
    }
}
