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

public sealed record AlertWebhookResponse(string? Url);
