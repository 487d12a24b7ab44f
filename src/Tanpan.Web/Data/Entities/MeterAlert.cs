namespace Tanpan.Web.Data.Entities;

/// <summary>
/// An anomaly found in a meter's readings (docs/monitoring.md): use far above the meter's baseline, use at night
/// or on a holiday, a flat line or missing data, over [<see cref="StartUtc"/>, <see cref="EndUtc"/>) (Unix seconds).
/// Unique per (meter, kind, start), so running the detection again updates an alert instead of repeating it.
/// Members who may write acknowledge and resolve it; who and when are kept on the row.
/// </summary>
public sealed class MeterAlert : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid MeterId { get; set; }

    /// <summary>One of <see cref="MeterAlertValues.Kinds"/>.</summary>
    public required string Kind { get; set; }

    public long StartUtc { get; set; }

    public long EndUtc { get; set; }

    /// <summary>Use in the period (meter's unit); 0 for missing data.</summary>
    public double Observed { get; set; }

    /// <summary>Baseline median use; for missing data the missing reading count, for a flat line the run's reading count.</summary>
    public double Expected { get; set; }

    public double Threshold { get; set; }

    /// <summary><see cref="MeterAlertValues.Open"/>, <see cref="MeterAlertValues.Acknowledged"/> or <see cref="MeterAlertValues.Resolved"/>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public Guid? AcknowledgedByUserId { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public Guid? ResolvedByUserId { get; set; }
}

/// <summary>The allowed values of <see cref="MeterAlert"/>'s string fields.</summary>
public static class MeterAlertValues
{
    public const string Open = "open";
    public const string Acknowledged = "acknowledged";
    public const string Resolved = "resolved";

    public static readonly IReadOnlyList<string> Kinds = ["high_use", "off_hours_use", "flat_line", "missing_data"];

    public static readonly IReadOnlyList<string> Statuses = [Open, Acknowledged, Resolved];
}

/// <summary>The organisation's optional webhook: new meter alerts are POSTed to <see cref="Url"/> as JSON.</summary>
public sealed class AlertWebhook : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Url { get; set; }

    /// <summary>
    /// The key of the payload's HMAC-SHA256 signature (<c>X-Tanpan-Signature</c>), made with the webhook; null for a
    /// webhook set before signing existed until its first delivery gives it one.
    /// </summary>
    public string? Secret { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One POST of new alerts to the organisation's webhook, kept so a failed one is retried with backoff
/// (docs/monitoring.md): <see cref="State"/> pending → delivered, or failed once the attempts are used up; a manual
/// retry makes a failed one pending again. The payload is fixed when the alerts are created; the URL and secret are the
/// webhook's at each attempt.
/// </summary>
public sealed class AlertDelivery : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The JSON body as first built (retries send the same bytes).</summary>
    public required string Payload { get; set; }

    public int AlertCount { get; set; }

    /// <summary><see cref="AlertDeliveryValues.Pending"/>, <see cref="AlertDeliveryValues.Delivered"/> or <see cref="AlertDeliveryValues.Failed"/>.</summary>
    public required string State { get; set; }

    public int Attempts { get; set; }

    /// <summary>Unix seconds, like all the times of this row (comparable and sortable on every provider).</summary>
    public long CreatedUtc { get; set; }

    /// <summary>When the next attempt is due (pending only).</summary>
    public long? NextAttemptUtc { get; set; }

    public long? LastAttemptUtc { get; set; }

    /// <summary>The HTTP status of the last attempt, null when there was no answer.</summary>
    public int? LastStatus { get; set; }

    /// <summary>Why the last attempt failed (status line or the connection error), at most 500 characters.</summary>
    public string? LastError { get; set; }

    public long? DeliveredUtc { get; set; }
}

/// <summary>The states of an <see cref="AlertDelivery"/>.</summary>
public static class AlertDeliveryValues
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> States = [Pending, Delivered, Failed];
}
