using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Tanpan.Web.Tests.Features.Pact;

/// <summary>
/// A customer's PACT host on a free loopback port: discovery (its token endpoint at <c>/custom/token</c>), a token
/// endpoint that accepts <see cref="ClientId"/>/<see cref="Secret"/> by HTTP Basic, and <c>/2/events</c>, <c>/3/events</c>
/// answering <see cref="EventStatus"/> and keeping what they got.
/// </summary>
internal sealed class PactRecipient : IDisposable
{
    public const string ClientId = "tanpan-at-customer";
    public const string Secret = "customer-secret";
    public const string Token = "recipient-token";

    private readonly HttpListener _listener = new();
    private readonly Channel<ReceivedEvent> _events = Channel.CreateUnbounded<ReceivedEvent>();

    public PactRecipient()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _ = ServeAsync();
    }

    public string BaseUrl { get; }

    public int EventStatus { get; set; } = 200;

    public async Task<ReceivedEvent> NextEventAsync() => await _events.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.AbsolutePath;
            var (status, answer) = path switch
            {
                "/.well-known/openid-configuration" => (200, $"{{\"token_endpoint\":\"{BaseUrl}/custom/token\"}}"),
                "/custom/token" when context.Request.Headers["Authorization"] == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{Secret}"))
                    && body == "grant_type=client_credentials" => (200, $"{{\"access_token\":\"{Token}\",\"token_type\":\"Bearer\",\"expires_in\":60}}"),
                "/custom/token" => (401, "{\"error\":\"invalid_client\"}"),
                "/2/events" or "/3/events" => (EventStatus, ""),
                _ => (404, ""),
            };
            if (path.EndsWith("/events", StringComparison.Ordinal))
            {
                _events.Writer.TryWrite(new ReceivedEvent(path, context.Request.Headers["Authorization"], context.Request.ContentType, body));
            }

            context.Response.StatusCode = status;
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

internal sealed record ReceivedEvent(string Path, string? Authorization, string? ContentType, string Body);
