using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>The browser-side headers on a sample of every kind of response: pages, redirects, API, static files, errors.</summary>
public sealed class SecurityHeadersTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    public static TheoryData<string, string, HttpStatusCode> Routes => new()
    {
        { "GET", "/login", HttpStatusCode.OK },                        // page
        { "GET", "/", HttpStatusCode.Redirect },                       // page that redirects (anonymous)
        { "GET", "/organisation/members", HttpStatusCode.Redirect },   // member page, anonymous
        { "GET", "/api/v1/setup", HttpStatusCode.OK },                 // API
        { "GET", "/api/v1/me", HttpStatusCode.Unauthorized },          // API error
        { "POST", "/api/v1/session", HttpStatusCode.BadRequest },      // API error (no body)
        { "GET", "/api/v1/inventories/00000000-0000-0000-0000-000000000001", HttpStatusCode.Unauthorized },
        { "GET", "/app.css", HttpStatusCode.OK },                      // static file
        { "GET", "/no/such/page", HttpStatusCode.NotFound },           // unknown route
        { "GET", "/health", HttpStatusCode.OK },
        { "GET", "/openapi/v1.json", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EveryResponse_CarriesTheHeaders(string method, string path, HttpStatusCode status)
    {
        await using var app = AccountsApp.Shared(fixture);
        await app.SeedUserAsync(administrator: true);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        response.StatusCode.ShouldBe(status);
        AssertHeaders(response, https: false);
    }

    [Fact]
    public async Task RateLimitedAnswer_CarriesTheHeaders()
    {
        await using var app = new AccountsApp(fixture);
        app.Settings["SignIn:PerAddressPermitLimit"] = "1";
        using var client = app.CreateClient(new() { HandleCookies = false });
        await AccountsApp.SignInAsync(client, "a@example.tw", "wrong");

        var response = await AccountsApp.SignInAsync(client, "a@example.tw", "wrong");

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        AssertHeaders(response, https: false);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/v1/setup")]
    [InlineData("/app.css")]
    [InlineData("/no/such/page")]
    public async Task Https_AlsoCarriesStrictTransportSecurity(string path)
    {
        await using var app = AccountsApp.Shared(fixture);
        await app.SeedUserAsync(administrator: true);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        AssertHeaders(response, https: true);
    }

    [Fact]
    public void Policy_AllowsNoScriptAndNoInlineStyle()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);

        directives["script-src"].ShouldBe("script-src 'none'");
        directives["style-src"].ShouldBe("style-src 'self'");
        directives["frame-ancestors"].ShouldBe("frame-ancestors 'none'");
        directives["default-src"].ShouldBe("default-src 'none'");
        SecurityHeaders.ContentSecurityPolicy.ShouldNotContain("unsafe");
    }

    private static void AssertHeaders(HttpResponseMessage response, bool https)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
        Header("Content-Security-Policy").ShouldBe(SecurityHeaders.ContentSecurityPolicy);
        Header("X-Frame-Options").ShouldBe("DENY");
        Header("X-Content-Type-Options").ShouldBe("nosniff");
        Header("Referrer-Policy").ShouldBe("same-origin");
        Header("Permissions-Policy").ShouldBe(SecurityHeaders.PermissionsPolicy);
        Header("Strict-Transport-Security").ShouldBe(https ? "max-age=31536000" : "");
    }
}
