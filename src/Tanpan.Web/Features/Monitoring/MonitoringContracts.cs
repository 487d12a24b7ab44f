using Tanpan.Core.Time;

namespace Tanpan.Web.Features.Monitoring;

/// <summary>A meter alert; times in Asia/Taipei (+08:00). <c>observed</c>/<c>expected</c>/<c>threshold</c> as in docs/monitoring.md.</summary>
public sealed record MeterAlertResponse(Guid Id, Guid MeterId, string MeterName, string Unit, string Kind, DateTimeOffset Start, DateTimeOffset End,
    double Observed, double Expected, double Threshold, string Status, DateTimeOffset DetectedAt,
    DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, DateTimeOffset? ResolvedAt, string? ResolvedBy);

/// <summary>One page of alerts, newest first.</summary>
public sealed record MeterAlertsPage(IReadOnlyList<MeterAlertResponse> Items, int Page, int PageCount, int Total);

/// <summary>What a detection run did: meters checked, alerts created, alerts extended (an open one that goes on).</summary>
public sealed record DetectionResponse(int Meters, int Created, int Updated);

/// <summary>The organisation's webhook for new alerts; null or empty <c>url</c> removes it.</summary>
public sealed record AlertWebhookRequest(string? Url);

/// <summary>The webhook; <c>secret</c> (the key of the <c>X-Tanpan-Signature</c> HMAC) is shown to owners only.</summary>
public sealed record AlertWebhookResponse(string? Url, string? Secret = null);

/// <summary>
/// A webhook delivery of new alerts: <c>state</c> pending|delivered|failed, attempts made, when the next is due (pending),
/// the last attempt's time, HTTP status (null: no answer) and error. Times in Asia/Taipei (+08:00).
/// </summary>
public sealed record AlertDeliveryResponse(Guid Id, int AlertCount, string State, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? LastAttemptAt, int? LastStatus, string? LastError, DateTimeOffset? DeliveredAt)
{
    internal static AlertDeliveryResponse Of(Data.Entities.AlertDelivery d) => new(d.Id, d.AlertCount, d.State, d.Attempts,
        TaipeiTime.OfUnixSeconds(d.CreatedUtc), Taipei(d.NextAttemptUtc), Taipei(d.LastAttemptUtc), d.LastStatus, d.LastError, Taipei(d.DeliveredUtc));

    private static DateTimeOffset? Taipei(long? unixSeconds) => unixSeconds is long s ? TaipeiTime.OfUnixSeconds(s) : null;
}

/// <summary>One page of deliveries, newest first.</summary>
public sealed record AlertDeliveriesPage(IReadOnlyList<AlertDeliveryResponse> Items, int Page, int PageCount, int Total);
