using System.Net;

namespace Tanpan.Web.Features.Monitoring.Automation;

/// <summary>How the webhook client resolves host names (<see cref="WebhookHandler"/>): the system's DNS; tests replace it to play a rebinding name.</summary>
public sealed class WebhookDns
{
    public Func<string, CancellationToken, Task<IPAddress[]>> Resolve { get; set; } = Dns.GetHostAddressesAsync;
}
