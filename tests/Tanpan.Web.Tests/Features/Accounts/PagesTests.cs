using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tanpan.Web.Components;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>The server-rendered pages over HTTP, without a browser (the browser flow is in Tanpan.E2E).</summary>
public sealed class PagesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Fact]
    public async Task Login_WithAnAccount_RendersTheFormWithAnAntiforgeryField()
    {
        await using var app = new AccountsApp(fixture, await fixture.CreateMigratedDatabaseAsync());
        using var client = app.CreateClient(NoRedirects);
        await app.SeedUserAsync(administrator: true);

        var response = await client.GetAsync("/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<html lang=\"zh-TW\">");
        html.ShouldContain("name=\"__RequestVerificationToken\"");
        html.ShouldContain("name=\"_handler\" value=\"login\"");
        html.ShouldContain("name=\"Input.Email\"");
        html.ShouldContain("<h1>登入</h1>");
    }

    [Theory]
    [InlineData("/login", "/setup")]
    [InlineData("/", "/login")]
    public async Task Page_FreshInstall_Redirects(string path, string expected)
    {
        await using var app = new AccountsApp(fixture, await fixture.CreateMigratedDatabaseAsync());
        using var client = app.CreateClient(NoRedirects);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        response.Headers.Location!.AbsolutePath.ShouldBe(expected);
    }

    [Fact]
    public async Task Setup_BadInput_ShowsMessagesAndCreatesNothing()
    {
        await using var app = new AccountsApp(fixture, await fixture.CreateMigratedDatabaseAsync());
        using var client = app.CreateClient(NoRedirects);
        var token = AntiforgeryField(await client.GetStringAsync("/setup"));

        var response = await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "setup",
            ["Input.Email"] = "admin@example.tw",
            ["Input.DisplayName"] = "王小明",
            ["Input.Password"] = "eleven-char",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("密碼至少需要 12 個字元。");
        html.ShouldContain("value=\"admin@example.tw\"");
        html.ShouldNotContain("eleven-char");
        (await client.GetFromJsonAsync<SetupStatus>("/api/v1/setup", AccountsApp.Json))!.SetupRequired.ShouldBeTrue();
    }

    [Theory]
    [InlineData("en", "/login?x=1", "/login?x=1", "c=en|uic=en")]
    [InlineData("fr", "//evil.example/", "/", "c=zh-TW|uic=zh-TW")]
    [InlineData("zh-TW", "https://evil.example/", "/", "c=zh-TW|uic=zh-TW")]
    public async Task Culture_SetsTheCookieAndRedirectsOnlyLocally(string culture, string redirect, string expected, string cookie)
    {
        await using var app = new AccountsApp(fixture, await fixture.CreateMigratedDatabaseAsync());
        using var client = app.CreateClient(NoRedirects);

        var response = await client.GetAsync($"/culture?c={culture}&redirect={Uri.EscapeDataString(redirect)}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(expected);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=" + Uri.EscapeDataString(cookie), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/setup?x=1", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLocal_Url_OnlyPathsOnThisSite(string? url, bool expected) =>
        UiHostingExtensions.IsLocal(url).ShouldBe(expected);

    private static string AntiforgeryField(string html) => Antiforgery.Token(html);
}
