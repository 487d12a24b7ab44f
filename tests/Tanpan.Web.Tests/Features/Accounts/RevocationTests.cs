using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>
/// Sessions end on the server (security stamp, docs/accounts.md): a copy of a cookie kept from before a sign-out or a
/// password change no longer works, on the API (401) and on the pages (sent to the sign-in page).
/// </summary>
public abstract class RevocationTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly WebApplicationFactoryClientOptions Manual = new() { HandleCookies = false, AllowAutoRedirect = false };

    [Fact]
    public async Task SignOut_ThenTheOldCookie_IsRedirectedToSignIn()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = await app.SignedInClientAsync(user);
        var cookie = await SessionCookieAsync(app, user.Email);
        using var kept = WithCookie(app, cookie);
        (await kept.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK); // works before

        (await client.DeleteAsync(new Uri("/api/v1/session", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await kept.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await kept.GetAsync(new Uri("/account/password", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldEndWith("/login");
    }

    [Fact]
    public async Task SignOutPage_ThenTheOldCookie_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        var cookie = await SessionCookieAsync(app, user.Email);
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false });
        (await AccountsApp.SignInAsync(browser, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var signOut = await PageForm.PostAsync(browser, "/logout", "logout", []);

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var kept = WithCookie(app, cookie);
        (await kept.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PasswordChange_EndsOtherSessions_KeepsThisOneAndTokens()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        var token = await app.CreateTokenAsync(user);
        using var other = WithCookie(app, await SessionCookieAsync(app, user.Email));
        using var client = await app.SignedInClientAsync(user);

        var response = await client.PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = AccountsApp.Password, newPassword = "a much longer new secret", confirmPassword = "a much longer new secret" });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await other.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AccountsApp.MeAsync(client)).User.Id.ShouldBe(user.Id); // this browser got a cookie with the new stamp
        using var bearer = app.BearerClient(token.Token);
        (await bearer.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK); // tokens are revoked one by one
    }

    [Fact]
    public async Task CookieWithAnOldStamp_IsRefusedAndDeleted()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        var cookie = await SessionCookieAsync(app, user.Email);
        await using (var db = fixture.CreateContext())
        {
            (await db.Users.FindAsync(user.Id))!.SecurityStamp = Tanpan.Web.Data.Entities.User.NewSecurityStamp(); // as a sign-out elsewhere does
            await db.SaveChangesAsync();
        }

        using var kept = WithCookie(app, cookie);
        var response = await kept.GetAsync(new Uri("/api/v1/me", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("tanpan.session=;", StringComparison.Ordinal)); // deleted
    }

    /// <summary>The <c>tanpan.session=…</c> pair of a fresh sign-in, as a browser would keep it.</summary>
    private static async Task<string> SessionCookieAsync(AccountsApp app, string email)
    {
        using var client = app.CreateClient(Manual);
        var response = await AccountsApp.SignInAsync(client, email, AccountsApp.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tanpan.session=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static HttpClient WithCookie(AccountsApp app, string cookie)
    {
        var client = app.CreateClient(Manual);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}

public sealed class SqliteRevocationTests(SqliteFixture fixture) : RevocationTests<SqliteFixture>(fixture);

public sealed class PostgresRevocationTests(PostgresFixture fixture) : RevocationTests<PostgresFixture>(fixture);
