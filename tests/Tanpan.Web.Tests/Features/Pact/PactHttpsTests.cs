using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Accounts;

namespace Tanpan.Web.Tests.Features.Pact;

/// <summary>
/// Plain HTTP is refused outside the Development environment (conformance test cases 9–11 and 17). The environment is
/// ASP.NET Core's (<c>ASPNETCORE_ENVIRONMENT</c>, Production when unset); the test host runs as Development unless told.
/// </summary>
public abstract class PactHttpsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task PlainHttp_InProduction_GetsNoTokenAndNoData_WhileHttpsWorks()
    {
        await using var app = new AccountsApp(fixture) { Settings = { ["environment"] = "Production" } };
        app.Services.GetRequiredService<IHostEnvironment>().IsProduction().ShouldBeTrue();
        var world = new PactWorld(fixture, app);
        var org = await world.OrganisationAsync();
        var client = await world.ClientAsync(org);
        using var https = await world.AuthorisedAsync(client);   // https://localhost: allowed
        (await https.GetAsync("/3/footprints")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), HandleCookies = false });
        http.DefaultRequestHeaders.Authorization = https.DefaultRequestHeaders.Authorization;

        using var token = await PactWorld.RequestTokenAsync(http, client.ClientId, client.Secret);
        using var list = await http.GetAsync("/3/footprints");
        using var events = await http.PostAsync("/3/events", new StringContent("{}", System.Text.Encoding.UTF8, "application/cloudevents+json"));
        using var discovery = await http.GetAsync("/.well-known/openid-configuration");

        foreach (var response in new[] { token, list, events, discovery })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            body["code"]!.GetValue<string>().ShouldBe("BadRequest");
            body.ContainsKey("access_token").ShouldBeFalse();
            body.ContainsKey("data").ShouldBeFalse();
        }
    }

    [Fact]
    public async Task PlainHttp_InDevelopment_IsServed()
    {
        var app = AccountsApp.Shared(fixture);
        app.Services.GetRequiredService<IHostEnvironment>().IsDevelopment().ShouldBeTrue();
        var world = new PactWorld(fixture, app);
        var client = await world.ClientAsync(await world.OrganisationAsync());
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), HandleCookies = false });

        (await PactWorld.RequestTokenAsync(http, client.ClientId, client.Secret)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
