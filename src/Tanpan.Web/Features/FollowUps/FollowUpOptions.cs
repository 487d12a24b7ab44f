namespace Tanpan.Web.Features.FollowUps;

/// <summary>Configuration section "FollowUps" (docs/follow-ups.md).</summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUps";

    /// <summary>The reminder goes this many days before the due day (default 30).</summary>
    public int ReminderDaysBefore { get; set; } = 30;

    /// <summary>How often the background runner sends due reminders, in minutes; 0 turns it off (the officer's button still works).</summary>
    public int RunEveryMinutes { get; set; } = 60;

    /// <summary>
    /// The site's public address for the links in reminders the background runner sends (it has no request to take one
    /// from), e.g. "https://tanpan.example.org". Without it the runner does not run; the officer's button uses the page's address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
