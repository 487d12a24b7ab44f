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

    public DateTimeOffset UpdatedAt { get; set; }
}
