using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>Personal API tokens, and antiforgery on cookie requests but not on bearer ones.</summary>
public abstract class TokenTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Token_CreateUseRevoke_AuthenticatesUntilRevoked()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var cookie = await app.SignedInClientAsync(user);

        var response = await cookie.PostAsJsonAsync("/api/v1/tokens", new { name = "ERP 匯入" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<CreatedToken>(AccountsApp.Json))!;
        created.Token.ShouldStartWith("tp_");
        Convert.FromBase64String(created.Token[3..].Replace('-', '+').Replace('_', '/') + "=").Length.ShouldBe(32);

        await using (var db = fixture.CreateContext())
        {
            var stored = await db.ApiTokens.SingleAsync(t => t.Id == created.Id);
            stored.TokenHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(created.Token))));
            stored.LastUsedAt.ShouldBeNull();
        }

        app.Clock.Now = Seed.Time.AddHours(1);
        using var bearer = app.BearerClient(created.Token);
        (await AccountsApp.MeAsync(bearer)).User.Id.ShouldBe(user.Id);
        var listed = (await cookie.GetFromJsonAsync<List<TokenSummary>>("/api/v1/tokens", AccountsApp.Json))!;
        listed.ShouldHaveSingleItem().LastUsedAt.ShouldBe(Seed.Time.AddHours(1));

        // Written at most once a minute: a use 30 s later leaves it, one 2 minutes later moves it.
        app.Clock.Now = Seed.Time.AddHours(1).AddSeconds(30);
        await AccountsApp.MeAsync(bearer);
        (await cookie.GetFromJsonAsync<List<TokenSummary>>("/api/v1/tokens", AccountsApp.Json))!.Single().LastUsedAt.ShouldBe(Seed.Time.AddHours(1));
        app.Clock.Now = Seed.Time.AddHours(1).AddMinutes(2);
        await AccountsApp.MeAsync(bearer);
        (await cookie.GetFromJsonAsync<List<TokenSummary>>("/api/v1/tokens", AccountsApp.Json))!.Single().LastUsedAt.ShouldBe(Seed.Time.AddHours(1).AddMinutes(2));
        (await cookie.GetStringAsync(new Uri("/api/v1/tokens", UriKind.Relative))).ShouldNotContain(created.Token);

        (await cookie.DeleteAsync(new Uri($"/api/v1/tokens/{created.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await bearer.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_UnknownOrMalformed_Is401()
    {
        await using var app = AccountsApp.Shared(fixture);

        foreach (var token in new[] { "tp_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), "not-a-token" })
        {
            using var bearer = app.BearerClient(token);
            (await bearer.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Antiforgery_CookiePostWithoutToken_IsRefused()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient();
        (await AccountsApp.SignInAsync(client, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var withoutToken = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "csrf" });
        var signOutWithoutToken = await client.DeleteAsync(new Uri("/api/v1/session", UriKind.Relative));
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", "forged");
        var forgedToken = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "csrf" });

        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await withoutToken.Content.ReadAsStringAsync()).ShouldContain("X-CSRF-TOKEN");
        signOutWithoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forgedToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = fixture.CreateContext();
        (await db.ApiTokens.AnyAsync(t => t.UserId == user.Id)).ShouldBeFalse();

        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        await AccountsApp.AddAntiforgeryAsync(client);
        (await client.PostAsJsonAsync("/api/v1/tokens", new { name = "csrf" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Antiforgery_BearerPostWithoutToken_IsAccepted()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        var token = await app.CreateTokenAsync(user);
        using var bearer = app.BearerClient(token.Token);

        var response = await bearer.PostAsJsonAsync("/api/v1/tokens", new { name = "第二支" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
