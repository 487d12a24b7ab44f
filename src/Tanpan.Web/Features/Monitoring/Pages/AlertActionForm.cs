namespace Tanpan.Web.Features.Monitoring.Pages;

/// <summary>The alert list's one form: the pressed button's value, <c>ack:{id}</c> or <c>resolve:{id}</c>.</summary>
public sealed class AlertActionForm
{
    public string? Command { get; set; }
}

/// <summary>The webhook form as typed.</summary>
public sealed class WebhookForm
{
    public string? Url { get; set; }
}
