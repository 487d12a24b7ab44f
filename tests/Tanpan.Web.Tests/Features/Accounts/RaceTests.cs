using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>Requests fired at once: setup makes one administrator, and no wrong password is lost from the lockout count.</summary>
public abstract class RaceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Setup_ManyAtOnce_CreatesExactlyOneAdministrator()
    {
        var settings = await fixture.CreateEmptyDatabaseAsync();
        await using var app = new AccountsApp(fixture, settings);
        using var client = app.CreateClient();
        (await client.GetAsync(new Uri("/api/v1/setup", UriKind.Relative))).EnsureSuccessStatusCode(); // migrated and warm

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            client.PostAsJsonAsync("/api/v1/setup", new { email = $"admin{i}@example.tw", displayName = $"管理員{i}", password = AccountsApp.Password })));

        responses.Select(r => r.StatusCode).Count(s => s == HttpStatusCode.Created).ShouldBe(1);
        responses.Select(r => r.StatusCode).Where(s => s != HttpStatusCode.Created).ShouldAllBe(s => s == HttpStatusCode.Conflict);
        await using var db = fixture.CreateContext(settings: settings);
        var administrator = await db.Users.SingleAsync();
        (await db.Installations.SingleAsync()).AdministratorId.ShouldBe(administrator.Id);
    }

    [Fact]
    public async Task SignIn_TwentyWrongPasswordsAtOnce_LockTheAccount()
    {
        await using var app = new AccountsApp(fixture);
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient(new() { HandleCookies = false });

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => AccountsApp.SignInAsync(client, user.Email, "wrong " + i)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Unauthorized);
        var stored = await app.ReadUserAsync(user.Id);
        stored.LockoutEnd.ShouldBe(Seed.Time.AddMinutes(15));
        stored.FailedLoginCount.ShouldBe(0); // the fifth locked and restarted the count; the rest found it locked
        (await AccountsApp.SignInAsync(client, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_FourWrongPasswordsAtOnce_CountsEveryOne()
    {
        await using var app = new AccountsApp(fixture);
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient(new() { HandleCookies = false });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => AccountsApp.SignInAsync(client, user.Email, "wrong " + i)));

        var stored = await app.ReadUserAsync(user.Id);
        (stored.FailedLoginCount, stored.LockoutEnd).ShouldBe((4, null));
        (await AccountsApp.SignInAsync(client, user.Email, "wrong again")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ReadUserAsync(user.Id)).LockoutEnd.ShouldBe(Seed.Time.AddMinutes(15));
    }
}
