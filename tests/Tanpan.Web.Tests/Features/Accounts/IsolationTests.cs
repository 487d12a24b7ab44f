using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>
/// A user of organisation A, with an API token, reaches nothing of organisation B (or of B's user)
/// through any route. Every route with a parameter must have a probe here: adding a route without
/// one fails <see cref="EveryRouteWithParameters_AsOtherTenant_FindsNothing"/>.
/// </summary>
public abstract class IsolationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    /// <summary>"METHOD pattern" → the request A sends for B's row.</summary>
    private static readonly Dictionary<string, Func<World, HttpRequestMessage>> Probes = new()
    {
        ["GET /api/v1/organisations/{id:guid}"] = w => new(HttpMethod.Get, $"/api/v1/organisations/{w.OrganisationB}"),
        ["DELETE /api/v1/tokens/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/tokens/{w.TokenB.Id}"),

        // MapStaticAssets' development fallback for wwwroot files: no tenant data behind it.
        ["GET {**path:file}"] = w => new(HttpMethod.Get, $"/{w.OrganisationB}.css"),
        ["HEAD {**path:file}"] = w => new(HttpMethod.Head, $"/{w.OrganisationB}.css"),
    };

    [Fact]
    public async Task EveryRouteWithParameters_AsOtherTenant_FindsNothing()
    {
        await using var app = new AccountsApp(fixture);
        var world = await World.CreateAsync(app);
        using var a = app.BearerClient(world.TokenA);

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToList();
        routes.ShouldBe(Probes.Keys, ignoreOrder: true, customMessage: "every route with a parameter needs a tenant-isolation probe here");

        foreach (var (route, probe) in Probes)
        {
            using var request = probe(world);
            var response = await a.SendAsync(request);
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], route);
        }

        using var b = app.BearerClient(world.TokenB.Token);
        (await AccountsApp.MeAsync(b)).CurrentOrganisationId.ShouldBe(world.OrganisationB); // B's token still works
        (await b.GetAsync(new Uri($"/api/v1/organisations/{world.OrganisationB}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Me_AsOtherTenantWithOrganisationHeader_SeesNoneOfB()
    {
        await using var app = new AccountsApp(fixture);
        var world = await World.CreateAsync(app);
        using var a = app.BearerClient(world.TokenA);
        a.DefaultRequestHeaders.Add("X-Tanpan-Organisation", world.OrganisationB.ToString());

        var me = await AccountsApp.MeAsync(a);

        me.CurrentOrganisationId.ShouldBeNull();
        me.CurrentRole.ShouldBeNull();
        me.Memberships.Select(m => m.OrganisationId).ShouldBe([world.OrganisationA]);
        var tokens = await a.GetFromJsonAsync<List<Tanpan.Web.Features.Accounts.TokenSummary>>("/api/v1/tokens", AccountsApp.Json);
        tokens!.Select(t => t.Id).ShouldNotContain(world.TokenB.Id);
    }

    private sealed record World(Guid OrganisationA, Guid OrganisationB, string TokenA, Tanpan.Web.Features.Accounts.CreatedToken TokenB)
    {
        public static async Task<World> CreateAsync(AccountsApp app)
        {
            var organisationA = await app.SeedOrganisationAsync("甲公司");
            var organisationB = await app.SeedOrganisationAsync("乙公司");
            var userA = await app.SeedUserAsync(false, (organisationA, MembershipRole.Owner));
            var userB = await app.SeedUserAsync(false, (organisationB, MembershipRole.Owner));
            var tokenA = await app.CreateTokenAsync(userA);
            var tokenB = await app.CreateTokenAsync(userB);
            return new(organisationA, organisationB, tokenA.Token, tokenB);
        }
    }
}
