namespace Tanpan.Web.Infrastructure.Mail;

/// <summary>Configuration section "Mail" (appsettings.json; docs/programmes.md, "Mail").</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Off by default: nothing leaves the server until an SMTP host is configured.</summary>
    public bool Enabled { get; set; }

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    /// <summary>The sender address, e.g. "碳盤 Tanpan &lt;no-reply@example.org&gt;".</summary>
    public string From { get; set; } = "Tanpan <no-reply@localhost>";

    /// <summary>Require STARTTLS; when false it is used only if the server offers it.</summary>
    public bool RequireTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
