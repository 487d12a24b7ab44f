namespace Tanpan.Web.Features.Monitoring.Automation;

/// <summary>Settings under <c>Monitoring</c> (docs/monitoring.md): detection after ingest and webhook delivery.</summary>
public sealed class MonitoringOptions
{
    /// <summary>
    /// At most one detection run per meter in this many seconds (<c>Monitoring:DetectionDebounceSeconds</c>, 300 by
    /// default): batches arriving meanwhile are folded into the next run. 0 runs as soon as the runner is free.
    /// </summary>
    public int DetectionDebounceSeconds { get; set; } = 300;

    /// <summary>Meters that may wait for detection at once (<c>Monitoring:DetectionQueueCapacity</c>); more are dropped until the next batch.</summary>
    public int DetectionQueueCapacity { get; set; } = 10_000;

    /// <summary>Attempts of one webhook delivery, the first included (<c>Monitoring:WebhookMaxAttempts</c>, 5 by default).</summary>
    public int WebhookMaxAttempts { get; set; } = 5;

    /// <summary>
    /// Waits after the 1st, 2nd, … failed attempt (<c>Monitoring:WebhookBackoffMinutes</c>, 1, 5, 30, 120); past the list the
    /// last wait repeats.
    /// </summary>
    public IReadOnlyList<double> WebhookBackoffMinutes { get; set; } = [1, 5, 30, 120];

    /// <summary>How often the delivery runner looks for due retries (<c>Monitoring:WebhookPollSeconds</c>, 30 by default).</summary>
    public int WebhookPollSeconds { get; set; } = 30;

    /// <summary>
    /// Development only (<c>Monitoring:WebhookAllowInsecureForDevelopment</c>, false by default): lets the alert webhook
    /// be an <c>http://</c> URL and a loopback address (127.0.0.0/8, ::1, localhost), e.g. a receiver on the developer's
    /// machine. Private, link-local, CGNAT and multicast addresses stay refused either way (<see cref="WebhookTargets"/>).
    /// </summary>
    public bool WebhookAllowInsecureForDevelopment { get; set; }

    /// <summary>The wait after attempt <paramref name="attempts"/> (1-based) failed.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var list = WebhookBackoffMinutes.Count == 0 ? [1d] : WebhookBackoffMinutes;
        return TimeSpan.FromMinutes(list[Math.Clamp(attempts - 1, 0, list.Count - 1)]);
    }
}
