using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Core.Time;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Features.Meters;
using Tanpan.Web.Features.Monitoring.Automation;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Monitoring;

/// <summary>
/// Meter alerts, detection on demand, the organisation's alert webhook, and per-meter/per-facility energy
/// dashboards' data under <c>/api/v1</c> (docs/api.md, docs/monitoring.md). Everything is scoped to the current
/// organisation; owners and editors run detection and acknowledge/resolve; owners set the webhook.
/// </summary>
public static partial class MonitoringApi
{
    public const int PageSize = 50;

    public static IEndpointRouteBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Meter alerts");
        api.MapGet("/meters/alerts", ListAlertsAsync);
        api.MapPost("/meters/alerts/detect", DetectAllAsync);
        api.MapPost("/meters/{id:guid}/alerts/detect", DetectMeterAsync);
        api.MapPost("/meters/alerts/{id:guid}/acknowledge", AcknowledgeAsync);
        api.MapPost("/meters/alerts/{id:guid}/resolve", ResolveAsync);
        api.MapGet("/organisation/alert-webhook", GetWebhookAsync);
        api.MapPut("/organisation/alert-webhook", PutWebhookAsync);
        api.MapGet("/organisation/alert-webhook/deliveries", ListDeliveriesAsync);
        api.MapPost("/organisation/alert-webhook/deliveries/{id:guid}/retry", RetryDeliveryAsync);

        var dashboards = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Energy dashboards");
        dashboards.MapGet("/meters/{id:guid}/dashboard", GetMeterDashboardAsync);
        dashboards.MapGet("/facilities/{id:guid}/energy", GetFacilityEnergyAsync);
        return app;
    }

    /// <summary>Alerts newest first, 50 a page; <paramref name="status"/> open|acknowledged|resolved filters.</summary>
    public static async Task<Results<Ok<MeterAlertsPage>, ValidationProblem, ProblemHttpResult>> ListAlertsAsync(TenantContext tenant, AppDbContext db,
        CancellationToken cancellationToken, string? status = null, int page = 1)
    {
        if (!tenant.CanRead())
        {
            return MetersApi.NoAccess();
        }

        if (QueryValues.Page(page) is not null)
        {
            return Invalid("page", $"頁碼（page）須為 1 到 {QueryValues.MaxPage:N0} 的整數。", $"The page must be a whole number from 1 to {QueryValues.MaxPage:N0}.");
        }

        if (status is not null && !MeterAlertValues.Statuses.Contains(status))
        {
            return Invalid("status", "狀態須為 open、acknowledged 或 resolved。", "Status must be open, acknowledged or resolved.");
        }

        var query = db.MeterAlerts.Where(a => status == null || a.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var alerts = await query.OrderByDescending(a => a.StartUtc).ThenBy(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new MeterAlertsPage(await ResponsesAsync(alerts, db, cancellationToken), page, pageCount, total));
    }

    public static async Task<Results<Ok<DetectionResponse>, ProblemHttpResult>> DetectAllAsync(TenantContext tenant, MeterAlertService alerts,
        CancellationToken cancellationToken) =>
        tenant.CanWrite() ? TypedResults.Ok(await alerts.DetectAsync(null, cancellationToken)) : Problems.ReadOnly();

    public static async Task<Results<Ok<DetectionResponse>, ProblemHttpResult>> DetectMeterAsync(Guid id, TenantContext tenant, AppDbContext db,
        MeterAlertService alerts, CancellationToken cancellationToken)
    {
        if (!await db.Meters.AnyAsync(m => m.Id == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        return tenant.CanWrite() ? TypedResults.Ok(await alerts.DetectAsync(id, cancellationToken)) : Problems.ReadOnly();
    }

    public static Task<Results<Ok<MeterAlertResponse>, ProblemHttpResult>> AcknowledgeAsync(Guid id, TenantContext tenant, AppDbContext db,
        MeterAlertService alerts, CancellationToken cancellationToken) =>
        SetStatusAsync(id, MeterAlertValues.Acknowledged, tenant, db, alerts, cancellationToken);

    public static Task<Results<Ok<MeterAlertResponse>, ProblemHttpResult>> ResolveAsync(Guid id, TenantContext tenant, AppDbContext db,
        MeterAlertService alerts, CancellationToken cancellationToken) =>
        SetStatusAsync(id, MeterAlertValues.Resolved, tenant, db, alerts, cancellationToken);

    private static async Task<Results<Ok<MeterAlertResponse>, ProblemHttpResult>> SetStatusAsync(Guid id, string status, TenantContext tenant,
        AppDbContext db, MeterAlertService alerts, CancellationToken cancellationToken)
    {
        if (!await db.MeterAlerts.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        if (!tenant.CanWrite() || tenant.UserId is not Guid userId)
        {
            return Problems.ReadOnly();
        }

        var alert = (await alerts.SetStatusAsync(id, status, userId, cancellationToken))!;
        return TypedResults.Ok((await ResponsesAsync([alert], db, cancellationToken))[0]);
    }

    /// <summary>The webhook's URL; its signing secret only for owners.</summary>
    public static async Task<Results<Ok<AlertWebhookResponse>, ProblemHttpResult>> GetWebhookAsync(TenantContext tenant, AppDbContext db,
        CancellationToken cancellationToken)
    {
        if (!tenant.CanRead())
        {
            return MetersApi.NoAccess();
        }

        var webhook = await db.AlertWebhooks.AsNoTracking().Select(w => new { w.Url, w.Secret }).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new AlertWebhookResponse(webhook?.Url, tenant.Role is MembershipRole.Owner ? webhook?.Secret : null));
    }

    /// <summary>Webhook deliveries newest first, 50 a page; <paramref name="state"/> pending|delivered|failed filters.</summary>
    public static async Task<Results<Ok<AlertDeliveriesPage>, ValidationProblem, ProblemHttpResult>> ListDeliveriesAsync(TenantContext tenant,
        AlertDeliveryService deliveries, CancellationToken cancellationToken, string? state = null, int page = 1)
    {
        if (!tenant.CanRead())
        {
            return MetersApi.NoAccess();
        }

        if (QueryValues.Page(page) is not null)
        {
            return Invalid("page", $"頁碼（page）須為 1 到 {QueryValues.MaxPage:N0} 的整數。", $"The page must be a whole number from 1 to {QueryValues.MaxPage:N0}.");
        }

        if (state is not null && !AlertDeliveryValues.States.Contains(state))
        {
            return Invalid("state", "狀態須為 pending、delivered 或 failed。", "State must be pending, delivered or failed.");
        }

        var (items, current, pageCount, total) = await deliveries.ListAsync(state, page, cancellationToken);
        return TypedResults.Ok(new AlertDeliveriesPage(items.Select(AlertDeliveryResponse.Of).ToList(), current, pageCount, total));
    }

    /// <summary>"Retry now" (owners and editors): one more attempt of a pending or failed delivery, whatever its schedule.</summary>
    public static async Task<Results<Ok<AlertDeliveryResponse>, ProblemHttpResult>> RetryDeliveryAsync(Guid id, TenantContext tenant, AppDbContext db,
        AlertDeliveryService deliveries, CancellationToken cancellationToken)
    {
        if (!await db.AlertDeliveries.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return Problems.NotFound();
        }

        return tenant.CanWrite()
            ? TypedResults.Ok(AlertDeliveryResponse.Of((await deliveries.AttemptAsync(id, manual: true, cancellationToken))!))
            : Problems.ReadOnly();
    }

    /// <summary>
    /// Owners set (or, with an empty URL, remove) the webhook: an absolute https URL of at most 500 characters, not an
    /// internal address (<see cref="WebhookTargets.Check"/>; http and loopback only with the development setting).
    /// </summary>
    public static async Task<Results<Ok<AlertWebhookResponse>, ValidationProblem, ProblemHttpResult>> PutWebhookAsync(AlertWebhookRequest request,
        TenantContext tenant, AppDbContext db, TimeProvider clock, IOptions<MonitoringOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (tenant.Role is not MembershipRole.Owner || tenant.OrganisationId is not Guid organisationId)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "只有擁有者可以設定通知網址。", "Only owners can set the alert webhook.");
        }

        var url = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim();
        ArgumentNullException.ThrowIfNull(options);
        if (url is not null && WebhookTargets.Check(url, options.Value.WebhookAllowInsecureForDevelopment) is { } invalid)
        {
            return Invalid("url", invalid.Chinese, invalid.English);
        }

        var webhook = await db.AlertWebhooks.SingleOrDefaultAsync(cancellationToken);
        if (url is null && webhook is not null)
        {
            db.AlertWebhooks.Remove(webhook);
        }
        else if (url is not null)
        {
            if (webhook is null)
            {
                webhook = new AlertWebhook { Id = Guid.CreateVersion7(), OrganisationId = organisationId, Url = url, Secret = AlertDeliveryService.NewSecret() };
                db.AlertWebhooks.Add(webhook);
            }

            (webhook.Url, webhook.UpdatedAt) = (url, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new AlertWebhookResponse(url, webhook is null || url is null ? null : webhook.Secret));
    }

    /// <summary>A one-field validation problem whose messages a page can show in its language (<see cref="FieldErrors.Of"/>).</summary>
    internal static ValidationProblem Invalid(string field, string chinese, string english)
    {
        var errors = new FieldErrors();
        errors.Add(field, chinese, english);
        return errors.ToResult();
    }

    internal static async Task<List<MeterAlertResponse>> ResponsesAsync(List<MeterAlert> alerts, AppDbContext db, CancellationToken cancellationToken)
    {
        var meterIds = alerts.Select(a => a.MeterId).Distinct().ToList();
        var meters = await db.Meters.Where(m => meterIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var userIds = alerts.SelectMany(a => new[] { a.AcknowledgedByUserId, a.ResolvedByUserId }).OfType<Guid>().Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return alerts.Select(a => new MeterAlertResponse(a.Id, a.MeterId, meters.GetValueOrDefault(a.MeterId)?.Name ?? "", meters.GetValueOrDefault(a.MeterId)?.Unit ?? "",
            a.Kind, TaipeiTime.OfUnixSeconds(a.StartUtc), TaipeiTime.OfUnixSeconds(a.EndUtc), a.Observed, a.Expected, a.Threshold, a.Status,
            a.DetectedAt.ToOffset(TaipeiTime.Offset), a.AcknowledgedAt?.ToOffset(TaipeiTime.Offset),
            a.AcknowledgedByUserId is Guid ack ? users.GetValueOrDefault(ack) : null, a.ResolvedAt?.ToOffset(TaipeiTime.Offset),
            a.ResolvedByUserId is Guid res ? users.GetValueOrDefault(res) : null)).ToList();
    }
}
