using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Tanpan.Web.Infrastructure.Mail;

/// <summary><see cref="IMailSender"/> over SMTP with MailKit: one connection per message (the app sends few).</summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public bool Enabled => options.Value.Enabled;

    public async Task<bool> SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return false;
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
        return true;
    }
}
