using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Monitoring;
using Tanpan.Web.Features.Monitoring.Automation;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Monitoring;

/// <summary>
/// The alert webhook cannot reach the server's own networks (issue 16, SSRF): https only, internal addresses refused
/// when saved and again at send time after resolving the name (DNS rebinding), no redirects, and only our side's
/// outcome in the delivery log.
/// </summary>
public abstract class WebhookSafetyTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string Hook = "/api/v1/organisation/alert-webhook";

    /// <summary>Loopback, cloud metadata (link-local), RFC 1918, IPv6 loopback, IPv4-mapped loopback, CGNAT, multicast, unspecified, NAT64 of 10.x.</summary>
    private static readonly string[] Internal =
    [
        "https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data/", "https://10.1.2.3/hook", "https://172.16.0.1/",
        "https://192.168.1.1/", "https://[::1]/hook", "https://[::ffff:127.0.0.1]/hook", "https://[::ffff:a9fe:a9fe]/",
        "https://100.64.0.1/", "https://224.0.0.1/", "https://0.0.0.0/", "https://[fe80::1]/", "https://[fd00::1]/",
        "https://[64:ff9b::a00:1]/", "https://localhost/hook", "https://2130706433/",
    ];

    [Fact]
    public async Task Put_InternalAddressOrHttp_Is400WithTheReasonInBothLanguages_AndNothingSaved()
    {
        await using var app = AccountsApp.Shared(fixture);
        var world = await InventoryWorld.CreateAsync(app);

        foreach (var url in Internal)
        {
            var response = await world.Client.PutAsJsonAsync(Hook, new { url });
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldContain("internal network address", Case.Sensitive, url);
            body.ShouldContain("內部網路位址", Case.Sensitive, url);
        }

        var http = await world.Client.PutAsJsonAsync(Hook, new { url = "http://hooks.example.tw/x" });
        http.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await http.Content.ReadAsStringAsync()).ShouldContain("must use https://");
        (await world.Client.GetFromJsonAsync<AlertWebhookResponse>(Hook, AccountsApp.Json))!.Url.ShouldBeNull();
        (await world.Client.PutAsJsonAsync(Hook, new { url = "https://hooks.example.tw/x" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Put_DevelopmentSetting_AllowsHttpAndLoopbackOnly()
    {
        await using var app = new AccountsApp(fixture) { WebhooksForDevelopment = true };
        var world = await InventoryWorld.CreateAsync(app);

        (await world.Client.PutAsJsonAsync(Hook, new { url = "http://127.0.0.1:8080/hook" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await world.Client.PutAsJsonAsync(Hook, new { url = "http://[::1]:8080/hook" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var url in (string[])["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "https://[fd00::1]/", "http://100.64.0.1/"])
        {
            (await world.Client.PutAsJsonAsync(Hook, new { url })).StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
        }
    }

    [Theory]
    [InlineData("https://127.0.0.1:{port}/hook/")]
    [InlineData("https://[::ffff:127.0.0.1]:{port}/hook/")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.0.0.1/hook")]
    [InlineData("https://[::1]:{port}/hook/")]
    [InlineData("http://hooks.example.tw:{port}/hook/")]
    public async Task Send_UrlStoredBeforeTheRules_IsRefusedWithoutConnecting_AndTheLogHasOnlyOurOutcome(string template)
    {
        await using var app = AccountsApp.Shared(fixture);
        using var socket = new ConnectionCounter();
        var world = await InventoryWorld.CreateAsync(app);
        var url = template.Replace("{port}", socket.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var delivery = await StoreAsync(world.OrganisationId, url); // written directly: the save-time check is bypassed

        var attempt = await RetryAsync(world, delivery);

        attempt.LastStatus.ShouldBeNull();
        attempt.LastError.ShouldNotBeNull().ShouldStartWith("Refused:");
        socket.Accepted.ShouldBe(0);
    }

    [Fact]
    public async Task Send_NameResolvingToLoopbackAtSendTime_IsRefusedAtConnect_DnsRebinding()
    {
        await using var app = new AccountsApp(fixture);
        using var socket = new ConnectionCounter();
        var world = await InventoryWorld.CreateAsync(app);
        var dns = app.Services.GetRequiredService<WebhookDns>();
        var url = $"https://hooks.example.tw:{socket.Port}/hook/";
        (await world.Client.PutAsJsonAsync(Hook, new { url })).StatusCode.ShouldBe(HttpStatusCode.OK); // a public name when saved
        dns.Resolve = (host, _) => Task.FromResult(host == "hooks.example.tw" ? new[] { IPAddress.Loopback } : []);
        var delivery = await StoreAsync(world.OrganisationId, null);

        var attempt = await RetryAsync(world, delivery);

        (attempt.LastStatus, attempt.LastError).ShouldBe((null, "Refused: the address is loopback (內部網路位址，不予連線：本機迴路)."));
        socket.Accepted.ShouldBe(0);
    }

    [Fact]
    public async Task Send_RedirectToAnotherAddress_IsNotFollowed_AndCountsAsAFailedAttempt()
    {
        await using var app = new AccountsApp(fixture) { WebhooksForDevelopment = true }; // loopback http receivers
        using var target = new FlakyListener(failures: 0);
        var (redirector, redirectUrl) = LoopbackHttp.Start();
        using var _ = redirector;
        var serving = Task.Run(async () =>
        {
            var context = await redirector.GetContextAsync();
            context.Response.StatusCode = 302;
            context.Response.RedirectLocation = target.Url;
            context.Response.Close();
        });
        var world = await InventoryWorld.CreateAsync(app);
        var delivery = await StoreAsync(world.OrganisationId, redirectUrl);

        var attempt = await RetryAsync(world, delivery);
        await serving.WaitAsync(TimeSpan.FromSeconds(10));

        (attempt.State, attempt.LastStatus, attempt.LastError).ShouldBe(("failed", 302, "HTTP 302: redirects are not followed (不跟隨轉址).")); // a failed delivery retried by hand that fails stays failed
        target.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Send_ReceiverError_KeepsTheStatusCodeOnly_NotItsReasonPhrase()
    {
        await using var app = new AccountsApp(fixture) { WebhooksForDevelopment = true };
        var (listener, url) = LoopbackHttp.Start();
        using var _ = listener;
        var serving = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            context.Response.StatusCode = 500;
            context.Response.StatusDescription = "secret-internal-banner";
            context.Response.Close();
        });
        var world = await InventoryWorld.CreateAsync(app);
        var delivery = await StoreAsync(world.OrganisationId, url);

        var attempt = await RetryAsync(world, delivery);
        await serving.WaitAsync(TimeSpan.FromSeconds(10));

        (attempt.LastStatus, attempt.LastError).ShouldBe((500, "HTTP 500"));
    }

    /// <summary>A pending delivery and, when <paramref name="url"/> is given, the webhook stored as is (as an old row would be).</summary>
    private async Task<Guid> StoreAsync(Guid organisationId, string? url)
    {
        await using var db = fixture.CreateContext(organisationId);
        if (url is not null)
        {
            db.AlertWebhooks.Add(new AlertWebhook { Id = Guid.CreateVersion7(), OrganisationId = organisationId, Url = url, Secret = AlertDeliveryService.NewSecret() });
        }

        var delivery = new AlertDelivery { Id = Guid.CreateVersion7(), OrganisationId = organisationId, Payload = "{}", AlertCount = 1, State = "failed", Attempts = 5, CreatedUtc = Seed.Time.ToUnixTimeSeconds() };
        db.AlertDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    private static async Task<AlertDeliveryResponse> RetryAsync(InventoryWorld world, Guid delivery)
    {
        var response = await world.Client.PostAsync(new Uri($"{Hook}/deliveries/{delivery}/retry", UriKind.Relative), null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<AlertDeliveryResponse>(AccountsApp.Json))!;
    }

    /// <summary>A loopback TCP port that counts the connections made to it (any at all means the refusal came too late).</summary>
    private sealed class ConnectionCounter : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly TcpListener _listener6 = new(IPAddress.IPv6Loopback, 0);
        private int _accepted;

        public ConnectionCounter()
        {
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _ = AcceptAsync(_listener);
            try
            {
                _listener6.Server.Bind(new IPEndPoint(IPAddress.IPv6Loopback, Port));
                _listener6.Start();
                _ = AcceptAsync(_listener6);
            }
            catch (SocketException)
            {
                // no IPv6 loopback here: [::1] then cannot connect anyway
            }
        }

        public int Port { get; }

        public int Accepted => Volatile.Read(ref _accepted);

        public void Dispose()
        {
            _listener.Stop();
            _listener6.Stop();
            _listener.Dispose();
            _listener6.Dispose();
        }

        private async Task AcceptAsync(TcpListener listener)
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _accepted);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }
}

public sealed class SqliteWebhookSafetyTests(SqliteFixture fixture) : WebhookSafetyTests<SqliteFixture>(fixture);

public sealed class PostgresWebhookSafetyTests(PostgresFixture fixture) : WebhookSafetyTests<PostgresFixture>(fixture);
