using System.Net;
using System.Net.Sockets;

namespace Tanpan.Web.Features.Monitoring.Automation;

/// <summary>
/// The webhook client's handler: no proxy, no redirects, and a connect step that resolves the host, refuses every
/// address <see cref="WebhookTargets.RefusedBecause"/> names and connects to a checked address itself — so a name
/// that resolves to a public address when saved and to 127.0.0.1 at send time (DNS rebinding) is still refused: the
/// address checked is the address connected to.
/// </summary>
public static class WebhookHandler
{
    /// <summary>The handler; <paramref name="resolve"/> replaces DNS (tests: a name that resolves to an internal address).</summary>
    public static SocketsHttpHandler Create(bool development, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, development, resolve ?? Dns.GetHostAddressesAsync, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool development, Func<string, CancellationToken, Task<IPAddress[]>> resolve, CancellationToken ct)
    {
        var host = endPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolve(host, ct);
        string? refused = null;
        foreach (var address in addresses)
        {
            if (WebhookTargets.RefusedBecause(address, development) is { } reason)
            {
                refused ??= reason;
                continue;
            }

            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException) when (!ReferenceEquals(address, addresses[^1]))
            {
                socket.Dispose(); // the next address of the name
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw refused is null ? new SocketException((int)SocketError.HostNotFound) : new WebhookRefusedException(refused);
    }
}

/// <summary>The webhook's host resolved only to refused addresses (<see cref="Reason"/> as <see cref="WebhookTargets.RefusedBecause"/>).</summary>
#pragma warning disable CA1032 // Thrown only by the connect step above, with its reason.
public sealed class WebhookRefusedException(string reason) : IOException($"Refused: the webhook's address is {reason}.")
#pragma warning restore CA1032
{
    public string Reason { get; } = reason;
}
