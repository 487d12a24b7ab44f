using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Monitoring.Pages;

/// <summary>
/// <c>/meters/alerts</c>: the organisation's meter alerts (filtered by status, paged) with acknowledge and resolve
/// buttons, the detection run, the owner's alert webhook and the webhook deliveries with their retry button.
/// </summary>
public partial class MeterAlerts
{
    private MeterAlertsPage? _page;
    private string? _message;
    private string? _webhookUrl;
    private string? _secret;
    private AlertDeliveriesPage? _deliveries;

    [SupplyParameterFromQuery(Name = "deliveries")]
    private int? DeliveriesPage { get; set; }

    [SupplyParameterFromForm(FormName = "delivery-retry")]
    private AlertActionForm? Retry { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    private string? Status { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private int? PageNumber { get; set; }

    [SupplyParameterFromForm(FormName = "alert-action")]
    private AlertActionForm? Action { get; set; }

    [SupplyParameterFromForm(FormName = "webhook")]
    private WebhookForm? Webhook { get; set; }

    private IEnumerable<(string?, string)> StatusFilters =>
        [(null, M["AllStatuses"]), ("open", M["Status_open"]), ("acknowledged", M["Status_acknowledged"]), ("resolved", M["Status_resolved"])];

    protected override async Task OnInitializedAsync()
    {
        if (!EnsureMember())
        {
            return;
        }

        if ((await MonitoringApi.GetWebhookAsync(Tenant, Db, Aborted)).Result is not Ok<AlertWebhookResponse> webhook)
        {
            // A verifier checks inventories, not the organisation's meters (as on /meters).
            HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        (_webhookUrl, _secret) = (webhook.Value!.Url, webhook.Value.Secret);
        Webhook ??= new() { Url = _webhookUrl };
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var status = Status is "open" or "acknowledged" or "resolved" ? Status : null;
        if ((await MonitoringApi.ListAlertsAsync(Tenant, Db, Aborted, status, Math.Clamp(PageNumber ?? 1, 1, QueryValues.MaxPage))).Result is Ok<MeterAlertsPage> ok)
        {
            _page = ok.Value;
        }

        if ((await MonitoringApi.ListDeliveriesAsync(Tenant, Deliveries, Aborted, null, Math.Clamp(DeliveriesPage ?? 1, 1, QueryValues.MaxPage))).Result is Ok<AlertDeliveriesPage> deliveries)
        {
            _deliveries = deliveries.Value;
        }
    }

    private async Task RetryAsync()
    {
        if (Guid.TryParse(Retry?.Command, out var id))
        {
            var outcome = (await MonitoringApi.RetryDeliveryAsync(id, Tenant, Db, Deliveries, Aborted)).Result;
            if (outcome is ProblemHttpResult { StatusCode: 404 })
            {
                HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
                _message = D["DeliveryNotFound"];
            }
            else if (outcome is Ok<AlertDeliveryResponse> ok)
            {
                _message = D["RetryDone", $"{D["State_" + ok.Value!.State]} ({LastResult(ok.Value)})"];
            }
        }

        await LoadAsync();
    }

    private string LastResult(AlertDeliveryResponse d) => d.LastAttemptAt is null ? "—"
        : $"{d.LastAttemptAt.Value.ToString("yyyy-MM-dd HH:mm", Culture)} · {(d.LastStatus is int status ? $"HTTP {status}" : D["NoAnswer"])}{(d.LastError is null || d.LastStatus is not null ? "" : " · " + d.LastError)}";

    private async Task DetectAsync()
    {
        if ((await MonitoringApi.DetectAllAsync(Tenant, Alerts, Aborted)).Result is Ok<DetectionResponse> ok)
        {
            _message = M["DetectionDone", ok.Value!.Meters.ToString("N0", Culture), ok.Value.Created.ToString("N0", Culture), ok.Value.Updated.ToString("N0", Culture)];
        }

        await LoadAsync();
    }

    private async Task ActAsync()
    {
        var parts = (Action?.Command ?? "").Split(':');
        if (parts.Length == 2 && Guid.TryParse(parts[1], out var id))
        {
            var outcome = parts[0] == "ack"
                ? (await MonitoringApi.AcknowledgeAsync(id, Tenant, Db, Alerts, Aborted)).Result
                : (await MonitoringApi.ResolveAsync(id, Tenant, Db, Alerts, Aborted)).Result;
            if (outcome is ProblemHttpResult { StatusCode: 404 })
            {
                HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
                FormError = M["AlertNotFound"];
            }
            else if (outcome is Ok<MeterAlertResponse>)
            {
                _message = parts[0] == "ack" ? M["Acknowledged"] : M["Resolved"];
            }
        }

        await LoadAsync();
        if (FormError is not null)
        {
            _message = FormError;
        }
    }

    private async Task SaveWebhookAsync()
    {
        var outcome = (await MonitoringApi.PutWebhookAsync(new AlertWebhookRequest(Webhook!.Url), Tenant, Db, Clock, MonitoringSettings, Aborted)).Result;
        if (outcome is Ok<AlertWebhookResponse> ok)
        {
            _message = M["WebhookSaved"];
            (_webhookUrl, _secret) = (ok.Value!.Url, ok.Value.Secret);
        }
        else if (outcome is ValidationProblem invalid)
        {
            Show(invalid);
        }
        else if (outcome is ProblemHttpResult problem)
        {
            Show(problem);
        }

        await LoadAsync();
    }

    private string PageLink(int page) => Status is null ? $"/meters/alerts?page={page}" : $"/meters/alerts?status={Status}&page={page}";

    private static string Observed(MeterAlertResponse a) => a.Kind switch
    {
        "missing_data" => "—",
        "flat_line" => $"{(a.Observed / Math.Max(1, a.Expected)).ToString("N2", Culture)} {a.Unit} × {a.Expected.ToString("N0", Culture)}",
        _ => $"{a.Observed.ToString("N1", Culture)} {a.Unit}",
    };

    private string Expected(MeterAlertResponse a) => a.Kind switch
    {
        "missing_data" => M["MissingReadings", a.Expected.ToString("N0", Culture)],
        "flat_line" => "—",
        _ => $"{a.Expected.ToString("N1", Culture)} {a.Unit} ({M["Threshold"]} {a.Threshold.ToString("N1", Culture)})",
    };
}
