using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>Requests fired at once: setup makes one administrator (wrong passwords at once: <see cref="ThrottlingTests{TFixture}"/>).</summary>
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
}
