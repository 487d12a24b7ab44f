using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>First-run setup creates one administrator, on an empty database only.</summary>
public abstract class SetupTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task Setup_EmptyDatabase_CreatesAdministratorOnceThenConflicts()
    {
        var settings = await fixture.CreateEmptyDatabaseAsync();
        await using var app = new AccountsApp(fixture, settings) { ProductionPasswordHashing = true };
        using var client = app.CreateClient();
        (await client.GetFromJsonAsync<SetupStatus>("/api/v1/setup", AccountsApp.Json))!.SetupRequired.ShouldBeTrue();

        var tooShort = await client.PostAsJsonAsync("/api/v1/setup", new { email = "admin@example.tw", displayName = "管理員", password = "short-11chr" });
        tooShort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooShort.Content.ReadAsStringAsync()).ShouldContain("12");

        var created = await client.PostAsJsonAsync("/api/v1/setup", new { email = "Admin@Example.tw", displayName = "管理員", password = AccountsApp.Password });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.GetFromJsonAsync<SetupStatus>("/api/v1/setup", AccountsApp.Json))!.SetupRequired.ShouldBeFalse();

        var again = await client.PostAsJsonAsync("/api/v1/setup", new { email = "other@example.tw", displayName = "第二位", password = AccountsApp.Password });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        await using var db = fixture.CreateContext(settings: settings);
        var admin = await db.Users.SingleAsync();
        admin.IsAdministrator.ShouldBeTrue();
        admin.NormalizedEmail.ShouldBe("ADMIN@EXAMPLE.TW");
        admin.PasswordHash.ShouldNotBeNull();
        admin.PasswordHash.ShouldNotContain(AccountsApp.Password);
        new PasswordHasher<User>().VerifyHashedPassword(admin, admin.PasswordHash, AccountsApp.Password).ShouldBe(PasswordVerificationResult.Success);
        new PasswordHasher<User>().VerifyHashedPassword(admin, admin.PasswordHash, "wrong password!").ShouldBe(PasswordVerificationResult.Failed);
        (await AccountsApp.SignInAsync(client, "admin@example.tw", AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
