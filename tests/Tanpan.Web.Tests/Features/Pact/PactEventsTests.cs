using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanpan.Documents.Pact;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Pact;

/// <summary>
/// <c>POST /{v}/events</c> and the answers sent back to a real loopback listener (conformance test cases 12–17;
/// acceptance check 3: a request for <c>urn:pact:null</c> is answered 200, then rejected by callback).
/// </summary>
public abstract class PactEventsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime, IDisposable
    where TFixture : DatabaseFixture
{
    private AccountsApp _app = null!;
    private PactRecipient _recipient = null!;

    private PactWorld World => new(fixture, _app);

    public Task InitializeAsync()
    {
        // Callbacks to the loopback listener need the development allowance (http, loopback), as alert webhooks do.
        _app = new AccountsApp(fixture) { Settings = { ["Pact:CallbacksAllowInsecureForDevelopment"] = "true" } };
        _recipient = new PactRecipient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _recipient.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>xunit calls <see cref="DisposeAsync"/>; this only satisfies the analyser, disposing again is harmless.</summary>
    public void Dispose()
    {
        _recipient?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RequestCreated_ForAnUnknownProduct_Is200_ThenRejectedByCallbackWithTheRecipientsToken()
    {
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org, _recipient.BaseUrl, (PactRecipient.ClientId, PactRecipient.Secret));
        using var http = await World.AuthorisedAsync(client);

        using var response = await PostEventAsync(http, 3, Created(3, "test-run-id-12345", new JsonObject { ["productId"] = new JsonArray("urn:pact:null") }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        var callback = await _recipient.NextEventAsync();
        callback.Path.ShouldBe("/3/events");
        callback.Authorization.ShouldBe("Bearer " + PactRecipient.Token);
        callback.ContentType!.ShouldStartWith("application/cloudevents+json");
        var body = JsonNode.Parse(callback.Body)!;
        body["type"]!.GetValue<string>().ShouldBe("org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3");
        body["specversion"]!.GetValue<string>().ShouldBe("1.0");
        body["source"]!.GetValue<string>().ShouldBe("https://localhost/3/events");
        body["data"]!["requestEventId"]!.GetValue<string>().ShouldBe("test-run-id-12345");
        body["data"]!["error"]!["code"]!.GetValue<string>().ShouldBe("NotFound");
        (await OutcomeAsync(org)).ShouldBe(("Rejected", null));
    }

    [Fact]
    public async Task RequestCreated_ForAGrantedProduct_IsFulfilledWithTheGrantedFootprintsOnly()
    {
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org, _recipient.BaseUrl + "/");
        var granted = await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:COIL"));
        await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:COIL"));   // same product, not shared
        await World.GrantAsync(org, client.RowId, granted);
        using var http = await World.AuthorisedAsync(client);

        (await PostEventAsync(http, 3, Created(3, "req-1", new JsonObject { ["productId"] = new JsonArray("URN:PACT:TANPAN:PRODUCT:COIL"), ["geography"] = new JsonArray("TW") })))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var callback = await _recipient.NextEventAsync();
        callback.Authorization.ShouldBeNull();   // no callback credentials stored for this client
        var body = JsonNode.Parse(callback.Body)!;
        body["type"]!.GetValue<string>().ShouldBe("org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3");
        var pfs = body["data"]!["pfs"]!.AsArray();
        pfs.Select(p => Guid.Parse(p!["id"]!.GetValue<string>())).ShouldBe([granted]);
        PactSchemas.Validate(pfs[0]!, PactVersion.V3).ShouldBeEmpty();
        (await OutcomeAsync(org)).ShouldBe(("Fulfilled", null));
    }

    [Fact]
    public async Task V2RequestCreated_IsAnsweredWithTheV2EventOnTheV2Path()
    {
        var org = await World.OrganisationAsync();
        var client = await World.ClientAsync(org, _recipient.BaseUrl);
        var granted = await World.PublishAsync(org, PactFootprints.Coil(org, "urn:pact:tanpan:product:COIL"));
        await World.GrantAsync(org, client.RowId, granted);
        using var http = await World.AuthorisedAsync(client);

        var pf = new JsonObject { ["productIds"] = new JsonArray("urn:pact:tanpan:product:COIL") };
        (await PostEventAsync(http, 2, Created(2, "req-2", new JsonObject { ["pf"] = pf }))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var callback = await _recipient.NextEventAsync();
        callback.Path.ShouldBe("/2/events");
        var body = JsonNode.Parse(callback.Body)!;
        body["type"]!.GetValue<string>().ShouldBe("org.wbcsd.pathfinder.ProductFootprintRequest.Fulfilled.v1");
        body["data"]!["pfs"]![0]!["specVersion"]!.GetValue<string>().ShouldBe("2.3.0");
    }

    [Fact]
    public async Task AFailedCallback_IsRecordedAndLeftForRetry()
    {
        _recipient.EventStatus = 500;
        var org = await World.OrganisationAsync();
        using var http = await World.AuthorisedAsync(await World.ClientAsync(org, _recipient.BaseUrl));

        (await PostEventAsync(http, 3, Created(3, "req-3", new JsonObject()))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await _recipient.NextEventAsync();

        await WaitForAsync(async () => (await OutcomeAsync(org)).Note is not null);
        (await OutcomeAsync(org)).ShouldBe(("Received", "attempt 1: HTTP 500 from the recipient"));
    }

    [Fact]
    public async Task PublishedEvent_IsAcceptedAndStored_AndBadEventsAre400()
    {
        var org = await World.OrganisationAsync();
        using var http = await World.AuthorisedAsync(await World.ClientAsync(org));
        var published = Created(3, "pub-1", new JsonObject { ["pfIds"] = new JsonArray(Guid.NewGuid().ToString()) });
        published["type"] = "org.wbcsd.pact.ProductFootprint.PublishedEvent.3";

        (await PostEventAsync(http, 3, published)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OutcomeAsync(org)).Outcome.ShouldBe("Received");

        var noSpec = Created(3, "bad-1", new JsonObject());
        noSpec.Remove("specversion");
        var v2TypeOnV3 = Created(2, "bad-2", new JsonObject { ["pf"] = new JsonObject() });
        foreach (var (body, contentType) in new (string, string)[]
        {
            (noSpec.ToJsonString(), "application/cloudevents+json"),
            (v2TypeOnV3.ToJsonString(), "application/cloudevents+json"),
            (published.ToJsonString(), "text/plain"),
            ("{\"specversion\":", "application/cloudevents+json"),
            ("{\"x\":\"" + new string('a', 70_000) + "\"}", "application/cloudevents+json"),
            (Created(3, "no-url", new JsonObject()).ToJsonString(), "application/cloudevents+json"),   // this client has no events URL to answer to
        })
        {
            using var response = await http.PostAsync("/3/events", new StringContent(body, Encoding.UTF8, contentType));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body.Length > 80 ? body[..80] : body);
            (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>().ShouldBe("BadRequest");
        }

        http.DefaultRequestHeaders.Authorization = new("Bearer", "invalid-access-token");
        (await PostEventAsync(http, 3, published)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);   // conformance test case 16
        await using var db = fixture.CreateContext(org);
        (await db.PactEvents.CountAsync()).ShouldBe(1);
    }

    private static JsonObject Created(int version, string id, JsonObject data) => new()
    {
        ["specversion"] = "1.0",
        ["id"] = id,
        ["source"] = "https://webhook.example.com",
        ["time"] = "2023-05-19T10:30:00Z",
        ["type"] = version == 3 ? "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3" : "org.wbcsd.pathfinder.ProductFootprintRequest.Created.v1",
        ["data"] = data,
    };

    private static Task<HttpResponseMessage> PostEventAsync(HttpClient http, int version, JsonObject body) =>
        http.PostAsync($"/{version}/events", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/cloudevents+json"));

    private async Task<(string Outcome, string? Note)> OutcomeAsync(Guid organisationId)
    {
        await WaitForAsync(async () =>
        {
            await using var db = fixture.CreateContext(organisationId);
            return await db.PactEvents.AnyAsync(e => e.Outcome != "Received" || e.OutcomeNote != null || !e.Type.Contains("RequestCreated"));
        });
        await using var read = fixture.CreateContext(organisationId);
        var row = await read.PactEvents.SingleAsync();
        return (row.Outcome, row.OutcomeNote);
    }

    /// <summary>The callback runs after the 200; polls up to 10 s for its outcome.</summary>
    private static async Task WaitForAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 100 && !await done(); i++)
        {
            await Task.Delay(100);
        }
    }
}
