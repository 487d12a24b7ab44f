using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Testing;

namespace Tanpan.E2E;

/// <summary>The real app on Kestrel at 127.0.0.1 (a free port), on a fresh SQLite file of its own.</summary>
public sealed class TanpanServer : WebApplicationFactory<Program>
{
    private readonly TempDirectory _folder = new();
    private readonly Action<IWebHostBuilder>? _configure;

    private TanpanServer(Action<IWebHostBuilder>? configure = null)
    {
        _configure = configure;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the app; <paramref name="configure"/> adds settings or services (e.g. a manual clock, mail to a loopback SMTP server).</summary>
    public static TanpanServer Start(Action<IWebHostBuilder>? configure = null)
    {
        var server = new TanpanServer(configure);
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Tanpan", $"Data Source={_folder.File("tanpan.db")}");
        _configure?.Invoke(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
