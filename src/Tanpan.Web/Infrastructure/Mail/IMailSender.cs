namespace Tanpan.Web.Infrastructure.Mail;

/// <summary>
/// Sends the app's own mail (e.g. a programme application's confirmation link) through the SMTP server of
/// <see cref="MailOptions"/>. When mail is disabled nothing is sent and <see cref="SendAsync"/> returns false, so the
/// caller shows the link to a member of the organisation instead (docs/programmes.md).
/// </summary>
public interface IMailSender
{
    bool Enabled { get; }

    /// <summary>Sends the message; false when mail is disabled. Throws when the server refuses or cannot be reached.</summary>
    Task<bool> SendAsync(OutgoingMail mail, CancellationToken ct);
}

/// <summary>A plain-text message to one recipient.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);
