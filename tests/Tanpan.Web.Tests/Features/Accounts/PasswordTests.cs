using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;
using Tanpan.Web.Tests.Features.Inventories;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary><c>POST /api/v1/me/password</c>: the new password replaces the old; bad input changes nothing.</summary>
public abstract class PasswordTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string NewPassword = "a much longer new secret";

    [Fact]
    public async Task ChangePassword_RightCurrent_ReplacesItAndRenewsTheCookie()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = await app.SignedInClientAsync(user);

        var response = await client.PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = AccountsApp.Password, newPassword = NewPassword, confirmPassword = NewPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("tanpan.session=", StringComparison.Ordinal));
        (await AccountsApp.MeAsync(client)).User.Id.ShouldBe(user.Id);
        using var fresh = app.CreateClient();
        (await AccountsApp.SignInAsync(fresh, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AccountsApp.SignInAsync(fresh, user.Email, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("wrong current password", NewPassword, NewPassword, "currentPassword", 1)]
    [InlineData(AccountsApp.Password, NewPassword, "a much longer new secreT", "confirmPassword", 0)]
    [InlineData(AccountsApp.Password, "short-11chr", "short-11chr", "newPassword", 0)]
    public async Task ChangePassword_BadInput_IsFieldErrorAndSavesNothing(string current, string next, string confirm, string field, int failures)
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = await app.SignedInClientAsync(user);
        var before = (await app.ReadUserAsync(user.Id)).PasswordHash;

        var response = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = current, newPassword = next, confirmPassword = confirm });

        (await Validation.ErrorsAsync(response)).Keys.ShouldBe([field]);
        var stored = await app.ReadUserAsync(user.Id);
        stored.PasswordHash.ShouldBe(before);
        app.Services.GetRequiredService<SignInThrottle>().FailuresOf(user.NormalizedEmail).ShouldBe(failures); // a wrong current password counts
    }

    /// <summary>Issue 15 item 6: every field at fault in one answer (was the first one only), nothing saved, the wrong current password counted.</summary>
    [Fact]
    public async Task ChangePassword_AllThreeWrong_NamesEveryFieldAtOnce()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = await app.SignedInClientAsync(user);
        var before = (await app.ReadUserAsync(user.Id)).PasswordHash;

        var response = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "wrong current password", newPassword = "short-11chr", confirmPassword = "other" });

        (await Validation.ErrorsAsync(response)).Keys.Order(StringComparer.Ordinal).ShouldBe(["confirmPassword", "currentPassword", "newPassword"]);
        (await app.ReadUserAsync(user.Id)).PasswordHash.ShouldBe(before);
        app.Services.GetRequiredService<SignInThrottle>().FailuresOf(user.NormalizedEmail).ShouldBe(1);
    }

    [Fact]
    public async Task ChangePassword_FourWrongCurrentPasswords_BackOffEvenTheRightOne()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = await app.SignedInClientAsync(user);

        for (var i = 0; i < 4; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "wrong " + i, newPassword = NewPassword, confirmPassword = NewPassword }))
                .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var blocked = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = AccountsApp.Password, newPassword = NewPassword, confirmPassword = NewPassword });

        (await Validation.ErrorsAsync(blocked))["currentPassword"].ShouldBe(["嘗試次數過多，請於 2 秒後再試。 Too many attempts: try again in 2 seconds."]);
        app.Clock.Now = Seed.Time.AddSeconds(2);
        (await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = AccountsApp.Password, newPassword = NewPassword, confirmPassword = NewPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
