using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Features.Monitoring.Automation;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// Sends the answers to footprint requests (RequestFulfilled / RequestRejected) to the client's PACT host: a bearer
/// token from its token endpoint when callback credentials are stored (its <c>/.well-known/openid-configuration</c>
/// <c>token_endpoint</c>, else <c>/auth/token</c>; PACT ADR 0021), then <c>POST {base}/{v}/events</c>. A failed send is
/// retried with growing pauses and given up after them, well inside the spec's 72 hours (v3.0 RequestFulfilledEvent:
/// "exponential backoff … abandon after 72 hours"); the queue lives in memory, so a restart drops what is pending and
/// the event stays "Received" on the sharing page. Addresses are checked as for alert webhooks (<see cref="WebhookHandler"/>).
/// </summary>
internal sealed partial class PactCallbacks(IServiceScopeFactory scopes, IHttpClientFactory http, IDataProtectionProvider protection,
    TimeProvider clock, IOptions<PactOptions> options, ILogger<PactCallbacks> logger) : BackgroundService
{
    public const string HttpClientName = "pact-callbacks";

    public const string SecretPurpose = "Tanpan.Pact.CallbackSecret";

    /// <summary>Pauses before the second, third, … attempt: about 31 hours in all.</summary>
    private static readonly TimeSpan[] Pauses = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromHours(24)];

    private readonly Channel<PactCallback> _queue = Channel.CreateUnbounded<PactCallback>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(PactCallback callback) => _queue.Writer.TryWrite(callback);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var callback in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await DeliverAsync(callback, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, callback.EventRowId, e);
            }
        }
    }

    /// <summary>One attempt; records the outcome on the event row and schedules the next attempt after a failure.</summary>
    internal async Task DeliverAsync(PactCallback callback, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, callback.OrganisationId, null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var client = await db.PactClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callback.ClientRowId, ct);
        string? failure;
        if (client is not { RevokedAt: null, EventsBaseUrl: { } baseUrl })
        {
            failure = "the client was revoked or has no events URL";
        }
        else
        {
            var secret = client.CallbackSecretProtected is { } protectedSecret ? protection.CreateProtector(SecretPurpose).Unprotect(protectedSecret) : null;
            failure = await SendAsync(baseUrl.TrimEnd('/'), client.CallbackClientId, secret, callback, ct);
        }

        var last = failure is not null && (client is not { RevokedAt: null, EventsBaseUrl: not null } || callback.Attempt >= Pauses.Length);
        await db.PactEvents.Where(e => e.Id == callback.EventRowId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Outcome, failure is null ? (callback.Fulfils ? "Fulfilled" : "Rejected") : last ? "CallbackFailed" : "Received")
            .SetProperty(e => e.OutcomeNote, failure is null ? null : $"attempt {callback.Attempt + 1}: {failure}")
            .SetProperty(e => e.AnsweredAt, failure is null ? clock.GetUtcNow() : null), ct);
        if (failure is not null && !last)
        {
            _ = RetryLaterAsync(callback with { Attempt = callback.Attempt + 1 }, Pauses[callback.Attempt], ct);
        }
    }

    private async Task RetryLaterAsync(PactCallback next, TimeSpan pause, CancellationToken ct)
    {
        try
        {
            await Task.Delay(pause, clock, ct);
            Enqueue(next);
        }
        catch (OperationCanceledException)
        {
            // shutting down: the event stays "Received"
        }
    }

    /// <summary>Null when the recipient accepted the event, else why not.</summary>
    private async Task<string?> SendAsync(string baseUrl, string? clientId, string? secret, PactCallback callback, CancellationToken ct)
    {
        var development = options.Value.CallbacksAllowInsecureForDevelopment;
        if (WebhookTargets.Check(baseUrl, development) is { } refused)
        {
            return refused.English;
        }

        using var client = http.CreateClient(HttpClientName);
        try
        {
            string? token = null;
            if (clientId is not null && secret is not null)
            {
                token = await TokenAsync(client, baseUrl, clientId, secret, development, ct);
                if (token is null)
                {
                    return "the recipient's token endpoint refused Tanpan's credentials";
                }
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/{callback.Version}/events")
            {
                Content = new StringContent(callback.Body, Encoding.UTF8, "application/cloudevents+json"),
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await client.SendAsync(request, ct);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} from the recipient";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"could not reach the recipient ({e.GetType().Name})";
        }
    }

    private static async Task<string?> TokenAsync(HttpClient client, string baseUrl, string clientId, string secret, bool development, CancellationToken ct)
    {
        var endpoint = $"{baseUrl}/auth/token";
        using (var discovery = await client.GetAsync(new Uri($"{baseUrl}/.well-known/openid-configuration"), ct))
        {
            if (discovery.IsSuccessStatusCode
                && JsonNode.Parse(await discovery.Content.ReadAsStringAsync(ct))?["token_endpoint"] is JsonValue v && v.TryGetValue<string>(out var found)
                && WebhookTargets.Check(found, development) is null)
            {
                endpoint = found;
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")]),
        };
        var basic = $"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        using var response = await client.SendAsync(request, ct);
        return response.IsSuccessStatusCode && JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))?["access_token"] is JsonValue t && t.TryGetValue<string>(out var token)
            ? token : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PACT callback for event {EventRowId} failed")]
    private static partial void LogFailed(ILogger logger, Guid eventRowId, Exception exception);
}
