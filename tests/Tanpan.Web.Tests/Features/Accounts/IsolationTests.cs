using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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
        ["GET /api/v1/facilities/{id:guid}"] = w => new(HttpMethod.Get, $"/api/v1/facilities/{w.B.FacilityId}"),
        ["PUT /api/v1/facilities/{id:guid}"] = w => Json(HttpMethod.Put, $"/api/v1/facilities/{w.B.FacilityId}", new { name = "甲廠" }),
        ["DELETE /api/v1/facilities/{id:guid}"] = w => new(HttpMethod.Delete, $"/api/v1/facilities/{w.B.FacilityId}"),
        ["GET /api/v1/inventories/{id:guid}"] = w => new(HttpMethod.Get, Inventory(w)),
        ["PUT /api/v1/inventories/{id:guid}"] = w => Json(HttpMethod.Put, Inventory(w), new { year = 2024 }),
        ["DELETE /api/v1/inventories/{id:guid}"] = w => new(HttpMethod.Delete, Inventory(w)),
        ["POST /api/v1/inventories/{id:guid}/lock"] = w => new(HttpMethod.Post, $"{Inventory(w)}/lock"),
        ["POST /api/v1/inventories/{id:guid}/unlock"] = w => Json(HttpMethod.Post, $"{Inventory(w)}/unlock", new { reason = "probe" }),
        ["GET /api/v1/inventories/{id:guid}/results"] = w => new(HttpMethod.Get, $"{Inventory(w)}/results"),
        ["GET /api/v1/inventories/{id:guid}/audit"] = w => new(HttpMethod.Get, $"{Inventory(w)}/audit"),
        ["GET /api/v1/inventories/{id:guid}/sources"] = w => new(HttpMethod.Get, $"{Inventory(w)}/sources"),
        ["POST /api/v1/inventories/{id:guid}/sources"] = w => Json(HttpMethod.Post, $"{Inventory(w)}/sources", new { facilityId = w.B.FacilityId, sourceType = "外購電力", material = "外購電力" }),
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = w => new(HttpMethod.Get, Source(w)),
        ["PUT /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = w => Json(HttpMethod.Put, Source(w), new { facilityId = w.B.FacilityId, sourceType = "外購電力", material = "外購電力" }),
        ["DELETE /api/v1/inventories/{id:guid}/sources/{sourceId:guid}"] = w => new(HttpMethod.Delete, Source(w)),
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity"] = w => new(HttpMethod.Get, $"{Source(w)}/activity"),
        ["POST /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity"] = w => Json(HttpMethod.Post, $"{Source(w)}/activity", new { year = 2024, amount = 1, unit = "度" }),
        ["GET /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = w => new(HttpMethod.Get, Entry(w)),
        ["PUT /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = w => Json(HttpMethod.Put, Entry(w), new { year = 2024, amount = 1, unit = "度" }),
        ["DELETE /api/v1/inventories/{id:guid}/sources/{sourceId:guid}/activity/{entryId:guid}"] = w => new(HttpMethod.Delete, Entry(w)),

        // Results pages (Features/Inventories/Pages/Results): GET renders; POST (with A's valid antiforgery token) is the intensity form.
        ["GET /inventories/{Id:guid}/results"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/results"),
        ["POST /inventories/{Id:guid}/results"] = w => Form(w, $"/inventories/{w.B.InventoryYearId}/results"),
        ["GET /inventories/{Id:guid}/results/entries"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/results/entries?scope=2"),
        ["POST /inventories/{Id:guid}/results/entries"] = w => Form(w, $"/inventories/{w.B.InventoryYearId}/results/entries"),
        ["GET /inventories/{Id:guid}/results/trace/{EntryId:guid}"] = w => new(HttpMethod.Get, $"/inventories/{w.B.InventoryYearId}/results/trace/{w.B.ActivityId}"),
        ["POST /inventories/{Id:guid}/results/trace/{EntryId:guid}"] = w => Form(w, $"/inventories/{w.B.InventoryYearId}/results/trace/{w.B.ActivityId}"),
    };

    [Fact]
    public async Task EveryRouteWithParameters_AsOtherTenant_FindsNothing()
    {
        await using var app = new AccountsApp(fixture);
        var world = await World.CreateAsync(app, fixture);
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
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], $"{route}: {await response.Content.ReadAsStringAsync()}");
        }

        using var b = app.BearerClient(world.TokenB.Token);
        (await AccountsApp.MeAsync(b)).CurrentOrganisationId.ShouldBe(world.OrganisationB); // B's token still works
        (await b.GetAsync(new Uri($"/api/v1/organisations/{world.OrganisationB}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = fixture.CreateContext(world.B.OrganisationId);
        (await db.ActivityEntries.SingleAsync(e => e.Id == world.B.ActivityId)).Amount.ShouldBe(1234.5m); // nothing of B's was changed
        (await db.Facilities.SingleAsync(f => f.Id == world.B.FacilityId)).Name.ShouldBe("觀音廠");
    }

    private static string Inventory(World w) => $"/api/v1/inventories/{w.B.InventoryYearId}";

    private static string Source(World w) => $"{Inventory(w)}/sources/{w.B.SourceId}";

    private static string Entry(World w) => $"{Source(w)}/activity/{w.B.ActivityId}";

    /// <summary>A page form post as A, with A's antiforgery cookie and token, so only the tenant check can refuse it.</summary>
    private static HttpRequestMessage Form(World w, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = w.FormToken.Token, ["_handler"] = "intensity", ["Input.OutputQuantity"] = "1", ["Input.OutputUnit"] = "t",
            }),
        };
        request.Headers.Add("Cookie", w.FormToken.Cookie);
        return request;
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) => new(method, path) { Content = JsonContent.Create(body) };

    [Fact]
    public async Task Me_AsOtherTenantWithOrganisationHeader_SeesNoneOfB()
    {
        await using var app = new AccountsApp(fixture);
        var world = await World.CreateAsync(app, fixture);
        using var a = app.BearerClient(world.TokenA);
        a.DefaultRequestHeaders.Add("X-Tanpan-Organisation", world.OrganisationB.ToString());

        var me = await AccountsApp.MeAsync(a);

        me.CurrentOrganisationId.ShouldBeNull();
        me.CurrentRole.ShouldBeNull();
        me.Memberships.Select(m => m.OrganisationId).ShouldBe([world.OrganisationA]);
        var tokens = await a.GetFromJsonAsync<List<Tanpan.Web.Features.Accounts.TokenSummary>>("/api/v1/tokens", AccountsApp.Json);
        tokens!.Select(t => t.Id).ShouldNotContain(world.TokenB.Id);
    }

    /// <summary>A and B with their owners' tokens; <see cref="B"/> is a third organisation with one row of every kind.</summary>
    private sealed record World(
        Guid OrganisationA, Guid OrganisationB, string TokenA, Tanpan.Web.Features.Accounts.CreatedToken TokenB, SeededTenant B, (string Cookie, string Token) FormToken)
    {
        public static async Task<World> CreateAsync(AccountsApp app, DatabaseFixture fixture)
        {
            var organisationA = await app.SeedOrganisationAsync("甲公司");
            var organisationB = await app.SeedOrganisationAsync("乙公司");
            var userA = await app.SeedUserAsync(false, (organisationA, MembershipRole.Owner));
            var userB = await app.SeedUserAsync(false, (organisationB, MembershipRole.Owner));
            var tokenA = await app.CreateTokenAsync(userA);
            var tokenB = await app.CreateTokenAsync(userB);
            return new(organisationA, organisationB, tokenA.Token, tokenB, await Seed.TenantAsync(fixture), await FormTokenAsync(app, tokenA.Token));
        }

        private static async Task<(string Cookie, string Token)> FormTokenAsync(AccountsApp app, string bearer)
        {
            using var client = app.BearerClient(bearer);
            var response = await client.GetAsync(new Uri("/api/v1/antiforgery", UriKind.Relative));
            var token = (await response.Content.ReadFromJsonAsync<Tanpan.Web.Features.Accounts.AntiforgeryToken>(AccountsApp.Json))!.Token;
            return (string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])), token);
        }
    }
}
