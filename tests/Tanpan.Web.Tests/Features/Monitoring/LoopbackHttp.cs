using System.Net;
using System.Net.Sockets;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>Starts an <see cref="HttpListener"/> on a free loopback port (the test webhook receivers share this).</summary>
internal static class LoopbackHttp
{
    /// <summary>The started listener and its URL (<c>http://127.0.0.1:PORT/hook/</c>).</summary>
    public static (HttpListener Listener, string Url) Start()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var url = $"http://127.0.0.1:{port}/hook/";
        var listener = new HttpListener();
        listener.Prefixes.Add(url);
        listener.Start();
        return (listener, url);
    }
}
