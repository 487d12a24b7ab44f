using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>Cookie sign-in, failures, rehashing and sign-out (throttling: <see cref="ThrottlingTests{TFixture}"/>).</summary>
public abstract class SessionTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task SignIn_CorrectPassword_SetsSessionCookie()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient();

        var response = await AccountsApp.SignInAsync(client, user.Email.ToUpperInvariant(), AccountsApp.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tanpan.session=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        cookie.ShouldNotContain("secure", Case.Insensitive); // plain HTTP here; HTTPS requests get Secure
        (await AccountsApp.MeAsync(client)).User.Id.ShouldBe(user.Id);
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownEmail_Is401WithTheSameMessage()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient();

        var wrong = await AccountsApp.SignInAsync(client, user.Email, "not the password");
        var unknown = await AccountsApp.SignInAsync(client, "nobody@example.tw", AccountsApp.Password);

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var wrongProblem = await wrong.Content.ReadFromJsonAsync<ProblemDetails>();
        var unknownProblem = await unknown.Content.ReadFromJsonAsync<ProblemDetails>();
        (wrongProblem!.Title, wrongProblem.Detail).ShouldBe((unknownProblem!.Title, unknownProblem.Detail));
        (wrongProblem.Title, wrongProblem.Detail).ShouldBe(("電子郵件或密碼不正確。", "The email or password is incorrect."));
        (await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        app.Services.GetRequiredService<SignInThrottle>().FailuresOf(user.NormalizedEmail).ShouldBe(1);
    }

    [Fact]
    public async Task SignIn_OutdatedHashFormat_IsRehashed()
    {
        await using var app = new AccountsApp(fixture) { ProductionPasswordHashing = true };
        var user = await app.SeedUserAsync();
        var v2 = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        await using (var db = fixture.CreateContext())
        {
            var stored = (await db.Users.FindAsync(user.Id))!;
            stored.PasswordHash = v2.HashPassword(stored, AccountsApp.Password);
            await db.SaveChangesAsync();
        }

        using var client = app.CreateClient();
        (await AccountsApp.SignInAsync(client, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var rehashed = (await app.ReadUserAsync(user.Id)).PasswordHash!;
        Convert.FromBase64String(rehashed)[0].ShouldBe((byte)0x01); // the V3 format marker
        new PasswordHasher<User>().VerifyHashedPassword(user, rehashed, AccountsApp.Password).ShouldBe(PasswordVerificationResult.Success);
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSession()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = await app.SignedInClientAsync(user);

        (await client.DeleteAsync(new Uri("/api/v1/session", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_Anonymous_Is401()
    {
        await using var app = AccountsApp.Shared(fixture);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/tokens", new { name = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
