using Microsoft.Extensions.DependencyInjection;
using Tanpan.Web.Features.Accounts;
using System.Net;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary><c>/account/password</c>: the same rules as the API; a bad submit saves nothing and sends no password back.</summary>
public abstract class PasswordPageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private const string NewPassword = "a much longer new secret";

    [Fact]
    public async Task PasswordPage_RightInput_ChangesThePasswordAndStaysSignedIn()
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = await app.SignedInClientAsync(user);
        var home = await PageForm.HtmlAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        home.ShouldContain("<a href=\"/account/password\">變更密碼</a>");

        var response = await PageForm.PostAsync(client, "/account/password", "password", Fields(AccountsApp.Password, NewPassword, NewPassword));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/account/password?done=1");
        (await PageForm.HtmlAsync(response)).ShouldContain("密碼已變更。");
        (await AccountsApp.MeAsync(client)).User.Id.ShouldBe(user.Id);
        using var fresh = app.CreateClient();
        (await AccountsApp.SignInAsync(fresh, user.Email, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("wrong current password", NewPassword, NewPassword, "目前的密碼不正確。", 1)]
    [InlineData(AccountsApp.Password, NewPassword, "a different new secret", "兩次輸入的新密碼不一致。", 0)]
    [InlineData(AccountsApp.Password, "short-11chr", "short-11chr", "密碼至少需要 12 個字元。", 0)]
    public async Task PasswordPage_BadInput_ShowsTheMessageAndSavesNothing(string current, string next, string confirm, string message, int failures)
    {
        await using var app = AccountsApp.Shared(fixture);
        var user = await app.SeedUserAsync();
        using var client = await app.SignedInClientAsync(user);
        var before = (await app.ReadUserAsync(user.Id)).PasswordHash;

        var response = await PageForm.PostAsync(client, "/account/password", "password", Fields(current, next, confirm));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await PageForm.HtmlAsync(response);
        html.ShouldContain($"<div class=\"validation-message\">{message}</div>");
        html.ShouldNotContain(next);
        html.ShouldNotContain(current);
        var stored = await app.ReadUserAsync(user.Id);
        stored.PasswordHash.ShouldBe(before);
        app.Services.GetRequiredService<SignInThrottle>().FailuresOf(user.NormalizedEmail).ShouldBe(failures);
    }

    private static Dictionary<string, string> Fields(string current, string next, string confirm) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = confirm,
    };
}
