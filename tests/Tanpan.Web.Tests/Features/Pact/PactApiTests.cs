using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanpan.Documents.Pact;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Pact;

/// <summary>The PACT host API against the conformance service's expectations (docs/v3-test-cases-expected-results.md).</summary>
public abstract class PactApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private readonly AccountsApp _app = AccountsApp.Shared(fixture);

    private PactWorld World => new(fixture, _app);

    [Fact]
    public async Task Token_ValidBasicCredentials_GiveAShortLivedBearerToken()
    {
        // Conformance test case 1.
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org);
        using var http = World.Https();

        using var response = await PactWorld.RequestTokenAsync(http, client.ClientId, client.Secret);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        body["token_type"]!.GetValue<string>().ShouldBe("Bearer");
        body["expires_in"]!.GetValue<int>().ShouldBe(3600);
        body["access_token"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Token_BadCredentialsOrGrant_AreRefused()
    {
        // Conformance test case 2: 400 or 401 with invalid_client.
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org);
        var revoked = await World.ClientAsync(org);
        await World.RevokeAsync(org, revoked.RowId);
        using var http = World.Https();

        foreach (var (id, secret) in new[] { (client.ClientId, "wrong"), ("pact_unknown", client.Secret), (revoked.ClientId, revoked.Secret) })
        {
            using var response = await PactWorld.RequestTokenAsync(http, id, secret);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>().ShouldBe("invalid_client");
        }

        using var password = await PactWorld.RequestTokenAsync(http, client.ClientId, client.Secret, grant: "password");
        password.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await password.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>().ShouldBe("unsupported_grant_type");
    }

    [Fact]
    public async Task OpenIdConfiguration_NamesTheTokenEndpointOnTheSameHost()
    {
        using var http = World.Https("pact.example.tw");

        var body = (await http.GetFromJsonAsync<JsonObject>("/.well-known/openid-configuration"))!;

        body["token_endpoint"]!.GetValue<string>().ShouldBe("https://pact.example.tw/auth/token");
        body["grant_types_supported"]!.AsArray().Select(g => g!.GetValue<string>()).ShouldBe(["client_credentials"]);
    }

    [Theory]
    [InlineData("/3/footprints")]
    [InlineData("/3/footprints/00000000-0000-0000-0000-000000000000")]
    [InlineData("/2/footprints")]
    public async Task BadToken_Is401BadRequest(string path)
    {
        // Conformance test cases 6 and 7.
        using var http = World.Https();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "invalid-access-token");

        using var response = await http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        body["code"]!.GetValue<string>().ShouldBe("BadRequest");
        body["message"]!.GetValue<string>().ShouldBe("Invalid token provided");
        (await http.GetAsync(path.Replace("/3/", "/2/", StringComparison.Ordinal))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_AfterItsLifetime_IsTokenExpired_AndARevokedClientsTokenStopsAtOnce()
    {
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org);
        using var http = await World.AuthorisedAsync(client);
        (await http.GetAsync("/3/footprints")).StatusCode.ShouldBe(HttpStatusCode.OK);

        _app.Clock.Now = Seed.Time.AddSeconds(3600);
        using var expired = await http.GetAsync("/3/footprints");
        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await expired.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>().ShouldBe("TokenExpired");

        _app.Clock.Now = Seed.Time;
        await World.RevokeAsync(org, client.RowId);
        (await http.GetAsync("/3/footprints")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetFootprint_UnknownId_Is404WithTheNotFoundBody()
    {
        // Acceptance check 3 / conformance test case 8.
        var org = await World.OrganisationAsync();
        using var http = await World.AuthorisedAsync(await World.ClientAsync(org));

        foreach (var id in new[] { "00000000-0000-0000-0000-000000000000", "non-existent-id" })
        {
            using var response = await http.GetAsync($"/3/footprints/{id}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            body["code"]!.GetValue<string>().ShouldBe("NotFound");
            body["message"]!.GetValue<string>().ShouldContain(id);
        }
    }

    [Fact]
    public async Task GetFootprint_Granted_IsTheSnapshotInTheVersionAsked_AndSchemaValid()
    {
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org);
        var id = await World.PublishAsync(org, PactFootprints.Coil(org));
        await World.GrantAsync(org, client.RowId, id);
        using var http = await World.AuthorisedAsync(client);

        foreach (var (version, spec) in new[] { (PactVersion.V3, "3.0.0"), (PactVersion.V2, "2.3.0") })
        {
            var data = (await http.GetFromJsonAsync<JsonObject>($"/{(int)version}/footprints/{id}"))!["data"]!;
            data["specVersion"]!.GetValue<string>().ShouldBe(spec);
            PactSchemas.Validate(data, version).ShouldBeEmpty();
            PactReader.Read(data.ToJsonString()).PcfExcludingBiogenicUptake.ShouldBe(13.12m);
        }
    }

    [Fact]
    public async Task ListFootprints_UnknownProductId_IsAnEmptyList()
    {
        // Acceptance check 3 / conformance test case 30.
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org);
        await World.GrantAsync(org, client.RowId, await World.PublishAsync(org, PactFootprints.Coil(org)));
        using var http = await World.AuthorisedAsync(client);

        using var response = await http.GetAsync("/3/footprints?productId=urn:bogus:product:nonexistent123");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("{\"data\":[]}");
    }

    [Fact]
    public async Task ListFootprints_Pages_WithAnAbsoluteNextLinkOnTheRequestsHost()
    {
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            _app.Clock.Now = Seed.Time.AddMinutes(i);
            ids.Add(await World.PublishAsync(org, PactFootprints.Coil(org, $"urn:pact:tanpan:product:P{i}")));
        }

        await World.GrantAsync(org, client.RowId, [.. ids]);
        using var http = await World.AuthorisedAsync(client, host: "api.example.tw");

        using var first = await http.GetAsync("/3/footprints?limit=2&geography=TW");
        var next = first.Headers.GetValues("Link").Single();
        next.ShouldBe("<https://api.example.tw/3/footprints?geography=TW&limit=2&offset=2>; rel=\"next\"");
        (await PactWorld.IdsAsync(first)).ShouldBe([ids[2], ids[1]]);   // newest first

        using var second = await http.GetAsync(next[1..next.IndexOf('>', StringComparison.Ordinal)]);
        (await PactWorld.IdsAsync(second)).ShouldBe([ids[0]]);
        second.Headers.Contains("Link").ShouldBeFalse();
        (await http.GetAsync("/3/footprints?limit=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ListFootprints_Filters_AreOrWithinAndAndAcross()
    {
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org);
        var a = await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:A"));
        var b = await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:B") with { Geography = PactGeography.Subdivision("TW-KHH") });
        var c = await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:C") with
        {
            ReferencePeriodStart = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ReferencePeriodEnd = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            PrecedingPfIds = [],
        });
        await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:C") with { PrecedingPfIds = [c] });   // deprecates c, not granted
        await World.GrantAsync(org, client.RowId, a, b, c);
        using var http = await World.AuthorisedAsync(client);

        async Task<Guid[]> Ids(string query) => [.. (await PactWorld.IdsAsync(await http.GetAsync("/3/footprints?" + query))).Order()];
        (await Ids("productId=URN:PACT:TANPAN:PRODUCT:A&productid=urn:pact:tanpan:product:b")).ShouldBe(new[] { a, b }.Order());
        (await Ids("productId=urn:pact:tanpan:product:A&geography=TW-KHH")).ShouldBeEmpty();
        (await Ids("geography=TW")).ShouldBe(new[] { a, b, c }.Order());   // a subdivision lies within its country
        (await Ids("geography=tw-khh")).ShouldBe([b]);
        (await Ids("status=Deprecated")).ShouldBe([c]);
        (await Ids("classification=urn:pact:productclassification:cn:76061299&status=active")).ShouldBe(new[] { a, b }.Order());
        // c is valid 2024-01-01 to 2027-01-01, a and b 2026-01-01 to 2029-01-01 (reference period end + 3 years).
        (await Ids("validOn=2025-06-01T00:00:00Z")).ShouldBe([c]);
        (await Ids("validOn=2027-01-01T00:00:00Z")).ShouldBe(new[] { a, b, c }.Order());   // start ≤ validOn ≤ end
        (await Ids("validAfter=2025-01-01T00:00:00Z")).ShouldBe(new[] { a, b }.Order());
        (await Ids("validBefore=2028-01-01T00:00:00Z")).ShouldBe([c]);
        (await http.GetAsync("/3/footprints?status=Gone")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var deprecated = (await http.GetFromJsonAsync<JsonObject>($"/3/footprints/{c}"))!["data"]!;
        deprecated["status"]!.GetValue<string>().ShouldBe("Deprecated");
    }

    [Fact]
    public async Task AClient_SeesOnlyWhatIsGrantedToIt_NeverAnotherOrganisationsFootprints()
    {
        var orgA = await World.OrganisationAsync();
        var orgB = await World.OrganisationAsync("另一家公司");
        var x = await World.ClientAsync(orgA);
        var y = await World.ClientAsync(orgA);
        var z = await World.ClientAsync(orgB);
        var forX = await World.PublishAsync(orgA, PactFootprints.Coil(orgA, "urn:pact:tanpan:product:X"));
        var forY = await World.PublishAsync(orgA, PactFootprints.Coil(orgA, "urn:pact:tanpan:product:Y"));
        var ofB = await World.PublishAsync(orgB, PactFootprints.Coil(orgB, "urn:pact:tanpan:product:X"));
        await World.GrantAsync(orgA, x.RowId, forX);
        await World.GrantAsync(orgA, y.RowId, forY);
        await World.GrantAsync(orgB, z.RowId, ofB);
        using var asX = await World.AuthorisedAsync(x);

        (await PactWorld.IdsAsync(await asX.GetAsync("/3/footprints"))).ShouldBe([forX]);
        (await PactWorld.IdsAsync(await asX.GetAsync("/3/footprints?productId=urn:pact:tanpan:product:X"))).ShouldBe([forX]);
        (await asX.GetAsync($"/3/footprints/{forY}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var other = await asX.GetAsync($"/3/footprints/{ofB}");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).ShouldNotContain("另一家公司");
        using var asZ = await World.AuthorisedAsync(z);
        (await PactWorld.IdsAsync(await asZ.GetAsync("/3/footprints"))).ShouldBe([ofB]);
    }

    [Fact]
    public async Task V2_ListsOnlyFootprintsV2CanCarry()
    {
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org);
        var kg = await World.PublishAsync(org, PactFootprints.Coil(org));
        var piece = await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:BOLT") with { DeclaredUnit = PactDeclaredUnit.Piece });
        await World.GrantAsync(org, client.RowId, kg, piece);
        using var http = await World.AuthorisedAsync(client);

        (await PactWorld.IdsAsync(await http.GetAsync("/2/footprints"))).ShouldBe([kg]);
        (await PactWorld.IdsAsync(await http.GetAsync("/3/footprints"))).Order().ShouldBe(new[] { kg, piece }.Order());
        (await http.GetAsync($"/2/footprints/{piece}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
