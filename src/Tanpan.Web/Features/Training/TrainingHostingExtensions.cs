using Tanpan.Web.Features.Programmes;

namespace Tanpan.Web.Features.Training;

public static class TrainingHostingExtensions
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddScoped<TrainingService>();
        services.AddSingleton<TrainingLinks>();
        services.AddSingleton<TrainingPublic>();
        services.AddScoped<ITrainingCertificates, TrainingCertificateChecks>();
        return services;
    }
}
