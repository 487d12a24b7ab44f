using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Documents.Pact;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Pact;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Pact;

/// <summary>Organisations with published footprints, PACT clients and grants, saved directly; and HTTPS clients of the API.</summary>
internal sealed class PactWorld(DatabaseFixture fixture, AccountsApp app)
{
    public Task<Guid> OrganisationAsync(string name = "範例鋁業股份有限公司") => app.SeedOrganisationAsync(name);

    public async Task<Guid> PublishAsync(Guid organisationId, PactFootprint footprint)
    {
        var tenant = new TenantContext();
        tenant.Set(null, organisationId, null);
        await using var db = fixture.CreateContext(tenant, app.Clock);
        return await new PactPublisher(db, tenant, app.Clock).PublishAsync(organisationId, footprint);
    }

    public async Task<PactClientSeed> ClientAsync(Guid organisationId, string? eventsUrl = null, (string Id, string Secret)? callback = null)
    {
        var secret = PactSecrets.NewSecret();
        var client = new PactClient
        {
            Id = Guid.CreateVersion7(),
            Name = "客戶甲",
            ClientId = PactSecrets.NewClientId(),
            SecretHash = PactSecrets.Hash(secret),
            EventsBaseUrl = eventsUrl,
            CallbackClientId = callback?.Id,
            CallbackSecretProtected = callback is { } c
                ? app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(PactCallbacks.SecretPurpose).Protect(c.Secret) : null,
            CreatedAt = Seed.Time,
        };
        await using var db = fixture.CreateContext(organisationId);
        db.PactClients.Add(client);
        await db.SaveChangesAsync();
        return new PactClientSeed(client.Id, client.ClientId, secret);
    }

    public async Task GrantAsync(Guid organisationId, Guid clientRowId, params Guid[] footprints)
    {
        await using var db = fixture.CreateContext(organisationId);
        db.PactGrants.AddRange(footprints.Select(f => new PactGrant { Id = Guid.CreateVersion7(), PactClientId = clientRowId, FootprintId = f, GrantedAt = Seed.Time }));
        await db.SaveChangesAsync();
    }

    public async Task RevokeAsync(Guid organisationId, Guid clientRowId)
    {
        await using var db = fixture.CreateContext(organisationId);
        (await db.PactClients.FindAsync(clientRowId))!.RevokedAt = Seed.Time;
        await db.SaveChangesAsync();
    }

    /// <summary>A client of the API over HTTPS on <paramref name="host"/>.</summary>
    public HttpClient Https(string host = "localhost") =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{host}"), HandleCookies = false });

    public static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string secret, string grant = "client_credentials")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/token")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", grant)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        return await http.SendAsync(request);
    }

    /// <summary>An HTTPS client carrying a fresh bearer token of <paramref name="client"/>.</summary>
    public async Task<HttpClient> AuthorisedAsync(PactClientSeed client, string host = "localhost")
    {
        var http = Https(host);
        using var response = await RequestTokenAsync(http, client.ClientId, client.Secret);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task<List<Guid>> IdsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return [.. body["data"]!.AsArray().Select(f => Guid.Parse(f!["id"]!.GetValue<string>()))];
    }
}

internal sealed record PactClientSeed(Guid RowId, string ClientId, string Secret);
