using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure.Roles;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>
/// Roles enforced in one place (issue 16 item 6): every page and API route the app serves, read from its
/// <see cref="EndpointDataSource"/> (so a new route fails here until <see cref="RoleTable"/> names it), is requested by
/// every kind of caller, and the answer must be what the table says: refused (401 or the sign-in page for nobody;
/// 403, or the home page for a member's page without an organisation) or let through (anything but those).
/// </summary>
public abstract class RoleTableTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private enum Caller { Anonymous, SignedInWithoutOrganisation, Owner, Editor, Viewer, Verifier }

    [Fact]
    public async Task EveryRoute_HasExactlyOneRowInTheRoleTable()
    {
        await using var app = AccountsApp.Shared(fixture);

        var routes = Routes(app);

        routes.Except(RoleTable.Rules.Keys).ShouldBeEmpty("routes the role table does not name (add a row to RoleTable)");
        RoleTable.Rules.Keys.Except(routes).ShouldBeEmpty("rows of the role table for no route");
    }

    [Fact]
    public async Task EveryRoute_AsEveryCaller_AnswersAsTheTableSays()
    {
        await using var app = AccountsApp.Shared(fixture);
        var clients = await ClientsAsync(app);
        var wrong = new List<string>();

        // Leaving the organisation is probed last: a member who is allowed to leave does leave, and would then be refused
        // every later route as a stranger.
        const string Leave = "DELETE /api/v1/organisation/membership";
        foreach (var route in Routes(app).Where(r => RoleTable.Rules.ContainsKey(r)).Order(StringComparer.Ordinal).OrderBy(r => r == Leave))
        {
            foreach (var (caller, client) in clients)
            {
                using var request = RequestFor(route);
                var asked = request.RequestUri!.OriginalString;
                using var response = await client.SendAsync(request);
                var refused = Refused(response, asked) && !OwnAnswer(route, response);
                var expected = !Allows(RoleTable.Rules[route], caller);
                if (refused != expected || (int)response.StatusCode >= 500)
                {
                    wrong.Add($"{route} as {caller}: {(int)response.StatusCode} at {response.RequestMessage!.RequestUri!.AbsolutePath}, "
                        + $"table says {(expected ? "refuse" : "allow")} ({RoleTable.Rules[route]})");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/v1/meters/{0}/dashboard")]
    [InlineData("/api/v1/facilities/{0}/energy")]
    [InlineData("/meters/{0}/dashboard")]
    [InlineData("/facilities/{0}/energy")]
    public async Task EnergyOfARealMeterOrFacility_AsVerifier_IsRefusedAndAsViewerShown(string path)
    {
        await using var app = AccountsApp.Shared(fixture);
        var tenant = await Seed.TenantAsync(fixture);
        await using (var db = fixture.CreateContext(tenant.OrganisationId))
        {
            db.Meters.Add(new Meter
            {
                Id = tenant.FacilityId, FacilityId = tenant.FacilityId, Name = "總表", EnergyType = "electricity", Unit = "kWh", Kind = MeterValues.Interval,
                IntervalMinutes = 15, CreatedAt = Seed.Time,
            });
            await db.SaveChangesAsync();
        }

        // The meter has the facility's id, so one id serves both kinds of route.
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, tenant.FacilityId);
        using var verifier = app.BearerClient((await app.CreateTokenAsync(await app.SeedVerifierAsync(tenant.OrganisationId, tenant.InventoryYearId))).Token);
        using var viewer = app.BearerClient((await app.CreateTokenAsync(await app.SeedUserAsync(false, (tenant.OrganisationId, MembershipRole.Viewer)))).Token);

        (await verifier.GetAsync(new Uri(url, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.GetAsync(new Uri(url, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static bool Allows(Access access, Caller caller) => access switch
    {
        Access.Anyone => true,
        Access.SignedIn => caller != Caller.Anonymous,
        Access.Member => caller is Caller.Owner or Caller.Editor or Caller.Viewer or Caller.Verifier,
        Access.Reader => caller is Caller.Owner or Caller.Editor or Caller.Viewer,
        Access.Writer => caller is Caller.Owner or Caller.Editor,
        Access.Owner => caller is Caller.Owner,
        Access.Team => caller is Caller.Owner or Caller.Editor or Caller.Viewer,   // and consultants, who are not among these callers
        _ => false,   // Administrator: none of these callers is the installation's administrator
    };

    /// <summary>Refused: 401, 403, or a redirect to the sign-in page or the home page (not followed) from another path.</summary>
    private static bool Refused(HttpResponseMessage response, string asked)
    {
        var location = response.Headers.Location;
        var to = location is null ? null : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || ((int)response.StatusCode is >= 300 and < 400 && to is "/login" or "/" && to != asked.Split('?')[0]);
    }

    /// <summary>
    /// A route's own answer that looks like a refusal but is its function: sign-in with no credentials (401), a gateway
    /// without its key (401), a PACT request without a PACT client's credentials or token (401), the setup page once setup is done (to the sign-in page), the language switch (back to a page), the sign-in page for someone signed in (on to the home page).
    /// </summary>
    private static bool OwnAnswer(string route, HttpResponseMessage response) => route switch
    {
        "POST /api/v1/session" or "POST /api/v1/ingest/readings" => response.StatusCode == HttpStatusCode.Unauthorized,
        "POST /auth/token" or "GET /2/footprints" or "GET /2/footprints/{id}" or "POST /2/events"
            or "GET /3/footprints" or "GET /3/footprints/{id}" or "POST /3/events" => response.StatusCode == HttpStatusCode.Unauthorized,   // PACT client credentials
        "GET /setup" or "POST /setup" => response.Headers.Location is { } to && (to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString) == "/login",
        "GET /culture" => (int)response.StatusCode is >= 300 and < 400,
        "GET /login" => (int)response.StatusCode is >= 300 and < 400,   // someone already signed in goes on to the home page
        _ => false,
    };

    /// <summary>The route with every parameter a new GUID (a static file: a made-up name); JSON <c>{}</c> or an empty form as the body.</summary>
    private static HttpRequestMessage RequestFor(string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        var method = route[..space];
        var id = Guid.NewGuid().ToString();
        var path = System.Text.RegularExpressions.Regex.Replace(route[(space + 1)..], @"\{\*\*[^}]+\}", "no-such-file.css");
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}:]+:long\}", "1735660800");   // a number where the route takes one
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", id);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            // Uploads accept only multipart (anything else is 415 at routing, before any role check could run).
            request.Content = path.EndsWith("/import", StringComparison.Ordinal) || path.EndsWith("/imports", StringComparison.Ordinal)
                || path.EndsWith("/evidence", StringComparison.Ordinal)
                ? new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "probe.csv" } }
                : path.StartsWith("/api/", StringComparison.Ordinal) ? JsonContent.Create(new { }) : new FormUrlEncodedContent([new("_handler", "probe")]);
        }

        return request;
    }

    private static List<string> Routes(AccountsApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor"))   // fingerprinted wwwroot files
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().ToList();

    /// <summary>One bearer-token client per caller (a sign-out probe cannot end the others' sessions), in one organisation.</summary>
    private async Task<List<(Caller, HttpClient)>> ClientsAsync(AccountsApp app)
    {
        var organisationId = await app.SeedOrganisationAsync();
        var inventory = await Seed.TenantAsync(fixture);   // the verifier: of a seeded organisation, limited to its inventory
        async Task<HttpClient> TokenClientAsync(User user)
        {
            var token = (await app.CreateTokenAsync(user)).Token;
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        return
        [
            (Caller.Anonymous, app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false })),
            (Caller.SignedInWithoutOrganisation, await TokenClientAsync(await app.SeedUserAsync())),
            (Caller.Owner, await TokenClientAsync(await app.SeedUserAsync(false, (organisationId, MembershipRole.Owner)))),
            (Caller.Editor, await TokenClientAsync(await app.SeedUserAsync(false, (organisationId, MembershipRole.Editor)))),
            (Caller.Viewer, await TokenClientAsync(await app.SeedUserAsync(false, (organisationId, MembershipRole.Viewer)))),
            (Caller.Verifier, await TokenClientAsync(await app.SeedVerifierAsync(inventory.OrganisationId, inventory.InventoryYearId))),
        ];
    }
}

public sealed class SqliteRoleTableTests(SqliteFixture fixture) : RoleTableTests<SqliteFixture>(fixture);

public sealed class PostgresRoleTableTests(PostgresFixture fixture) : RoleTableTests<PostgresFixture>(fixture);
