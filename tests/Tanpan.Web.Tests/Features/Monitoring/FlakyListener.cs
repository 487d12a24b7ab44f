using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>A local HTTP endpoint on a free port that answers 500 to its first <c>failures</c> requests, then 204, and keeps every request.</summary>
internal sealed class FlakyListener : IDisposable
{
    private readonly HttpListener _listener;
    private readonly int _failures;

    public FlakyListener(int failures)
    {
        _failures = failures;
        (_listener, Url) = LoopbackHttp.Start();
        _ = ServeAsync();
    }

    public string Url { get; }

    public ConcurrentQueue<(string Body, string? Timestamp, string? Signature, int Answered)> Requests { get; } = new();

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        try
        {
            while (_listener.IsListening)
            {
                var context = await _listener.GetContextAsync();
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                var status = Requests.Count < _failures ? 500 : 204;
                Requests.Enqueue((body, context.Request.Headers["X-Tanpan-Timestamp"], context.Request.Headers["X-Tanpan-Signature"], status));
                context.Response.StatusCode = status;
                context.Response.Close();
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
    }
}
