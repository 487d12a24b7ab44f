using System.Net;
using System.Text;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>A local HTTP endpoint on a free port that keeps the body of the first request it gets and answers 204.</summary>
internal sealed class LocalListener : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task<string> _received;

    public LocalListener()
    {
        (_listener, Url) = LoopbackHttp.Start();
        _received = ReceiveAsync();
    }

    public string Url { get; }

    public async Task<string> ReceivedAsync() => await _received.WaitAsync(TimeSpan.FromSeconds(10));

    public void Dispose() => _listener.Close();

    private async Task<string> ReceiveAsync()
    {
        var context = await _listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        context.Response.StatusCode = 204;
        context.Response.Close();
        return body;
    }
}
