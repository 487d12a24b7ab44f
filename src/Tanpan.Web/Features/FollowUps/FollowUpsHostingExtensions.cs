namespace Tanpan.Web.Features.FollowUps;

public static class FollowUpsHostingExtensions
{
    public static IServiceCollection AddFollowUps(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FollowUpOptions>(configuration.GetSection(FollowUpOptions.Section));
        services.AddScoped<FollowUpDesk>();
        services.AddScoped<FollowUpForms>();
        services.AddSingleton<FollowUpReminders>();
        services.AddSingleton<FollowUpTokens>();
        services.AddSingleton<FollowUpReminderRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<FollowUpReminderRunner>());
        return services;
    }
}
