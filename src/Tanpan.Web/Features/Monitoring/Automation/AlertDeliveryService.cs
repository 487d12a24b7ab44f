using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Monitoring.Automation;

/// <summary>
/// Webhook deliveries of new alerts (docs/monitoring.md#webhook): a delivery row is added with the alerts (same
/// SaveChanges), attempted at once, and on failure retried after <see cref="MonitoringOptions.BackoffAfter"/> by
/// <see cref="AlertDeliveryRunner"/> until <see cref="MonitoringOptions.WebhookMaxAttempts"/>; then it is failed and
/// shown on <c>/meters/alerts</c>, where "retry now" makes one more attempt. An attempt first claims the row (a
/// conditional UPDATE), so a scheduled and a manual attempt never both send. Every request is signed:
/// <c>X-Tanpan-Signature: sha256=</c>hex HMAC-SHA256 over <c>{X-Tanpan-Timestamp}.{body}</c> with the webhook's secret.
/// </summary>
public sealed partial class AlertDeliveryService(AppDbContext db, IHttpClientFactory http, TimeProvider clock, IOptions<MonitoringOptions> options,
    ILogger<AlertDeliveryService> logger)
{
    public const string WebhookClient = "alert-webhooks";
    public const string SignatureHeader = "X-Tanpan-Signature";
    public const string TimestampHeader = "X-Tanpan-Timestamp";
    public const string DeliveryHeader = "X-Tanpan-Delivery";
    public const int PageSize = 50;

    /// <summary>How long a claimed attempt holds the row (a process that dies mid-attempt leaves it due again after this).</summary>
    private const long ClaimSeconds = 600;

    /// <summary>A new pending delivery, due now, added to the context (saved by the caller with the alerts).</summary>
    public AlertDelivery Add(Guid organisationId, string payload, int alertCount)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var delivery = new AlertDelivery
        {
            Id = Guid.CreateVersion7(), OrganisationId = organisationId, Payload = payload, AlertCount = alertCount,
            State = AlertDeliveryValues.Pending, CreatedUtc = now, NextAttemptUtc = now,
        };
        db.AlertDeliveries.Add(delivery);
        return delivery;
    }

    /// <summary>A new signing secret: <c>whsec_</c> + 32 random bytes (base64url).</summary>
    public static string NewSecret() => "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The signature header's value for a body sent at <paramref name="timestamp"/> (Unix seconds).</summary>
    public static string Sign(string secret, long timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed, prefix.Length);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>
    /// One attempt of the organisation's delivery <paramref name="id"/>: a scheduled one only when it is pending and due,
    /// a manual one (<paramref name="manual"/>) whenever it is not delivered. Null when there is no such delivery of the
    /// organisation; otherwise the row as it stands after the attempt (unchanged when someone else holds it).
    /// </summary>
    public async Task<AlertDelivery?> AttemptAsync(Guid id, bool manual, CancellationToken ct)
    {
        var row = await db.AlertDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (row is null || row.State == AlertDeliveryValues.Delivered
            || (!manual && (row.State != AlertDeliveryValues.Pending || row.NextAttemptUtc > now)))
        {
            return row;
        }

        var claimed = await db.AlertDeliveries
            .Where(d => d.Id == id && d.State == row.State && d.Attempts == row.Attempts && d.NextAttemptUtc == row.NextAttemptUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, AlertDeliveryValues.Pending).SetProperty(d => d.NextAttemptUtc, now + ClaimSeconds), ct);
        if (claimed == 0)
        {
            return await db.AlertDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        }

        var (status, error) = await SendAsync(row, now, ct);
        var attempts = row.Attempts + 1;
        var max = Math.Max(1, options.Value.WebhookMaxAttempts);
        var (state, next, delivered) = error is null
            ? (AlertDeliveryValues.Delivered, (long?)null, (long?)now)
            : attempts >= max
                ? (AlertDeliveryValues.Failed, null, null)
                : (AlertDeliveryValues.Pending, now + (long)options.Value.BackoffAfter(attempts).TotalSeconds, (long?)null);
        await db.AlertDeliveries.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.State, state).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.NextAttemptUtc, next)
            .SetProperty(d => d.LastAttemptUtc, now).SetProperty(d => d.LastStatus, status).SetProperty(d => d.LastError, error)
            .SetProperty(d => d.DeliveredUtc, delivered), CancellationToken.None);
        return await db.AlertDeliveries.AsNoTracking().SingleAsync(d => d.Id == id, CancellationToken.None);
    }

    /// <summary>The organisation's deliveries, newest first, 50 a page; <paramref name="state"/> filters (pending|delivered|failed).</summary>
    public async Task<(List<AlertDelivery> Items, int Page, int PageCount, int Total)> ListAsync(string? state, int page, CancellationToken ct)
    {
        var query = db.AlertDeliveries.AsNoTracking().Where(d => state == null || d.State == state);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.OrderByDescending(d => d.CreatedUtc).ThenByDescending(d => d.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (items, page, pageCount, total);
    }

    private async Task<(int? Status, string? Error)> SendAsync(AlertDelivery row, long now, CancellationToken ct)
    {
        var webhook = await db.AlertWebhooks.SingleOrDefaultAsync(ct);
        if (webhook is null)
        {
            return (null, "No webhook is set (沒有設定通知網址).");
        }

        if (webhook.Secret is null)
        {
            await db.AlertWebhooks.Where(w => w.Id == webhook.Id && w.Secret == null).ExecuteUpdateAsync(s => s.SetProperty(w => w.Secret, NewSecret()), ct);
            webhook.Secret = await db.AlertWebhooks.Where(w => w.Id == webhook.Id).Select(w => w.Secret).SingleAsync(ct);
        }

        // Checked again at send time: a URL saved before these rules, or a setting changed since (docs/monitoring.md#webhook).
        if (WebhookTargets.Check(webhook.Url, options.Value.WebhookAllowInsecureForDevelopment) is { } invalid)
        {
            return (null, $"Refused: {invalid.English} ({invalid.Chinese})");
        }

        var body = Encoding.UTF8.GetBytes(row.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(webhook.Url)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(DeliveryHeader, row.Id.ToString("D"));
        request.Headers.Add(TimestampHeader, now.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, Sign(webhook.Secret!, now, body));
        try
        {
            using var client = http.CreateClient(WebhookClient);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return (status, null);
            }

            // Only our side's outcome is kept: the status code, never the receiver's reason phrase or body.
            LogWebhookStatus(logger, webhook.Url, status);
            return (status, status is >= 300 and < 400 ? $"HTTP {status}: redirects are not followed (不跟隨轉址)." : $"HTTP {status}");
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookRefusedException refused)
        {
            LogWebhookRefused(logger, webhook.Url, refused.Reason);
            return (null, $"Refused: the address is {refused.Reason} (內部網路位址，不予連線：{WebhookTargets.Chinese(refused.Reason)}).");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            LogWebhookFailed(logger, webhook.Url, e);
            return (null, e is TaskCanceledException ? "Timed out (逾時)." : $"Could not connect ({(e as HttpRequestException)?.HttpRequestError ?? HttpRequestError.Unknown}) (無法連線).");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert webhook {Url} answered {Status}.")]
    private static partial void LogWebhookStatus(ILogger logger, string url, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert webhook {Url} refused: its address is {Reason}.")]
    private static partial void LogWebhookRefused(ILogger logger, string url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert webhook {Url} could not be reached.")]
    private static partial void LogWebhookFailed(ILogger logger, string url, Exception exception);
}
