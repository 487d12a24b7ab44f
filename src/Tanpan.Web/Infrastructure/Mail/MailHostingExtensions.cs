namespace Tanpan.Web.Infrastructure.Mail;

public static class MailHostingExtensions
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
