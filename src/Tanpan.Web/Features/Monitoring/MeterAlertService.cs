using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Monitoring;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Time;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Monitoring.Automation;
using Tanpan.Web.Features.Meters.Storage;

namespace Tanpan.Web.Features.Monitoring;

/// <summary>
/// Runs <see cref="AnomalyDetector"/> over a meter's recent readings and keeps its findings as <see cref="MeterAlert"/>s:
/// the checked window is the last <see cref="DetectionDays"/> days up to now (from the meter's first reading when that is
/// later), judged against the <see cref="AnomalyOptions.BaselineWeeks"/> weeks before it. A finding with the same
/// (meter, kind, start) as a stored alert updates the alert while it is open instead of adding one. New alerts are POSTed
/// to the organisation's webhook, if any, as an <see cref="AlertDelivery"/> saved with them and retried on failure
/// (<see cref="AlertDeliveryService"/>).
/// </summary>
public sealed class MeterAlertService(AppDbContext db, MeterReadingStore readings, TimeProvider clock, AlertDeliveryService deliveries)
{
    public const int DetectionDays = 7;

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    /// <summary>Detects on every meter of the organisation (or just <paramref name="meterId"/>).</summary>
    public async Task<DetectionResponse> DetectAsync(Guid? meterId, CancellationToken ct)
    {
        var meters = await db.Meters.Where(m => meterId == null || m.Id == meterId).OrderBy(m => m.Name).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var created = new List<(MeterAlert Alert, Meter Meter)>();
        var updated = 0;
        foreach (var meter in meters)
        {
            var (c, u) = await DetectAsync(meter, now, ct);
            created.AddRange(c.Select(a => (a, meter)));
            updated += u;
        }

        var delivery = created.Count > 0 ? await DeliveryAsync(created, ct) : null;
        await db.SaveChangesAsync(ct);
        if (delivery is not null)
        {
            await deliveries.AttemptAsync(delivery.Id, manual: false, ct);
        }

        return new DetectionResponse(meters.Count, created.Count, updated);
    }

    private async Task<(List<MeterAlert> Created, int Updated)> DetectAsync(Meter meter, DateTimeOffset now, CancellationToken ct)
    {
        var interval = Math.Max(1, meter.IntervalMinutes) * 60L;
        var end = now.ToUnixTimeSeconds() / interval * interval;
        var windowStart = end - (DetectionDays * 86400L);
        var options = AnomalyOptions.Default;
        var baselineStart = windowStart - (options.BaselineWeeks * 7L * 86400);
        var series = await readings.LoadAsync(meter.Id, DateTimeOffset.FromUnixTimeSeconds(baselineStart), DateTimeOffset.FromUnixTimeSeconds(end), ct);
        if (series.Count == 0)
        {
            return ([], 0);
        }

        windowStart = Math.Max(windowStart, series.TimestampsUtc[0] - interval);
        var found = AnomalyDetector.Detect(series.TimestampsUtc, series.Quantities, Math.Max(1, meter.IntervalMinutes), windowStart, end,
            HolidayCalendar.Shipped, options);
        var starts = found.Select(f => f.StartUtc).ToList();
        var stored = await db.MeterAlerts.Where(a => a.MeterId == meter.Id && starts.Contains(a.StartUtc)).ToListAsync(ct);
        var created = new List<MeterAlert>();
        var updated = 0;
        foreach (var f in found)
        {
            var kind = KindKey(f.Kind);
            if (stored.FirstOrDefault(a => a.Kind == kind && a.StartUtc == f.StartUtc) is { } alert)
            {
                if (alert.Status == MeterAlertValues.Open && (alert.EndUtc != f.EndUtc || alert.Observed != f.Observed))
                {
                    (alert.EndUtc, alert.Observed, alert.Expected, alert.Threshold) = (f.EndUtc, f.Observed, f.Expected, f.Threshold);
                    updated++;
                }

                continue;
            }

            alert = new MeterAlert
            {
                Id = Guid.CreateVersion7(), OrganisationId = meter.OrganisationId, MeterId = meter.Id, Kind = kind, StartUtc = f.StartUtc, EndUtc = f.EndUtc,
                Observed = f.Observed, Expected = f.Expected, Threshold = f.Threshold, Status = MeterAlertValues.Open, DetectedAt = now,
            };
            db.MeterAlerts.Add(alert);
            created.Add(alert);
        }

        return (created, updated);
    }

    /// <summary>Sets the alert's status with who and when; false when there is no such alert of the organisation.</summary>
    public async Task<MeterAlert?> SetStatusAsync(Guid alertId, string status, Guid userId, CancellationToken ct)
    {
        if (await db.MeterAlerts.SingleOrDefaultAsync(a => a.Id == alertId, ct) is not { } alert)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (status == MeterAlertValues.Acknowledged && alert.Status == MeterAlertValues.Open)
        {
            (alert.Status, alert.AcknowledgedAt, alert.AcknowledgedByUserId) = (status, now, userId);
        }
        else if (status == MeterAlertValues.Resolved && alert.Status != MeterAlertValues.Resolved)
        {
            (alert.Status, alert.ResolvedAt, alert.ResolvedByUserId) = (status, now, userId);
            if (alert.AcknowledgedAt is null)
            {
                (alert.AcknowledgedAt, alert.AcknowledgedByUserId) = (now, userId);
            }
        }

        await db.SaveChangesAsync(ct);
        return alert;
    }

    /// <summary>The delivery of the new alerts to the organisation's webhook (added to the context), or null without a webhook.</summary>
    private async Task<AlertDelivery?> DeliveryAsync(List<(MeterAlert Alert, Meter Meter)> created, CancellationToken ct)
    {
        if (!await db.AlertWebhooks.AnyAsync(ct))
        {
            return null;
        }

        var payload = new
        {
            @event = "meter_alerts.created",
            organisationId = created[0].Alert.OrganisationId,
            alerts = created.Select(x => new
            {
                id = x.Alert.Id, meterId = x.Meter.Id, meterName = x.Meter.Name, unit = x.Meter.Unit, kind = x.Alert.Kind,
                start = TaipeiTime.OfUnixSeconds(x.Alert.StartUtc), end = TaipeiTime.OfUnixSeconds(x.Alert.EndUtc),
                observed = x.Alert.Observed, expected = x.Alert.Expected, threshold = x.Alert.Threshold,
            }),
        };
        return deliveries.Add(created[0].Alert.OrganisationId, JsonSerializer.Serialize(payload, PayloadJson), created.Count);
    }

    public static string KindKey(AnomalyKind kind) => kind switch
    {
        AnomalyKind.HighUse => "high_use",
        AnomalyKind.OffHoursUse => "off_hours_use",
        AnomalyKind.FlatLine => "flat_line",
        _ => "missing_data",
    };
}
