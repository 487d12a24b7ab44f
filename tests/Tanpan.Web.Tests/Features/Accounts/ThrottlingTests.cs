using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Accounts;

/// <summary>
/// Sign-in throttling (docs/security.md): the per-address and per-account rate limits, the exponential back-off that
/// replaced the fixed lockout, and one code path (one password hash) for every kind of failure.
/// </summary>
public abstract class ThrottlingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public async Task PerAddress_TheSixthAttemptInTheWindow_Is429ForApiAndPage()
    {
        await using var app = new AccountsApp(fixture);
        app.Settings["SignIn:PerAddressPermitLimit"] = "5";
        var users = new[] { await app.SeedUserAsync(), await app.SeedUserAsync() };
        using var client = app.CreateClient(new() { HandleCookies = false });
        var loginPage = await client.GetStringAsync(new Uri("/login", UriKind.Relative)); // a GET is not an attempt

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await AccountsApp.SignInAsync(client, users[i % 2].Email, "wrong " + i)).StatusCode);
        }

        var sixth = await AccountsApp.SignInAsync(client, users[0].Email, AccountsApp.Password);
        var page = await client.PostAsync(new Uri("/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = users[1].Email, ["Input.Password"] = AccountsApp.Password, ["_handler"] = "login" }));

        answers.ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        WebUtility.HtmlDecode(loginPage).ShouldContain("<h1>登入</h1>");
        sixth.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(sixth.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        var problem = (await sixth.Content.ReadFromJsonAsync<ProblemDetails>())!;
        problem.Title!.ShouldStartWith("登入嘗試次數過多，請於 ");
        problem.Detail!.ShouldStartWith("Too many sign-in attempts: try again in ");
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var html = await PageForm.HtmlAsync(page);
        html.ShouldContain("登入嘗試次數過多");
        html.ShouldContain("Too many sign-in attempts");
        (await client.GetAsync(new Uri("/api/v1/setup", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK); // other routes are not limited
    }

    [Fact]
    public async Task PerAccount_TheFourthAttemptInTheWindow_Is429EvenWhenRight_OtherAccountsUnaffected()
    {
        await using var app = new AccountsApp(fixture);
        app.Settings["SignIn:PerAccountPermitLimit"] = "3";
        var (target, other) = (await app.SeedUserAsync(), await app.SeedUserAsync());
        using var client = app.CreateClient(new() { HandleCookies = false });

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add((await AccountsApp.SignInAsync(client, target.Email, AccountsApp.Password)).StatusCode);
        }

        first.ShouldAllBe(s => s == HttpStatusCode.NoContent);
        (await AccountsApp.SignInAsync(client, target.Email.ToUpperInvariant(), AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await AccountsApp.SignInAsync(client, other.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Backoff_AfterThreeFreeFailures_TheRightPasswordWaitsTwoSecondsThenWorks()
    {
        await using var app = new AccountsApp(fixture);
        var (target, other) = (await app.SeedUserAsync(), await app.SeedUserAsync());
        using var client = app.CreateClient(new() { HandleCookies = false });
        for (var i = 0; i < 3; i++)
        {
            (await AccountsApp.SignInAsync(client, target.Email, "wrong " + i)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await AccountsApp.SignInAsync(client, target.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent); // 3 are free
        for (var i = 0; i < 4; i++)
        {
            (await AccountsApp.SignInAsync(client, target.Email, "wrong " + i)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        // The 4th wrong password in a row: BackoffBase × 2^0 = 2 s.
        var blocked = await AccountsApp.SignInAsync(client, target.Email, AccountsApp.Password);
        blocked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        blocked.Headers.RetryAfter!.ToString().ShouldBe("2");
        (await AccountsApp.SignInAsync(client, other.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        app.Clock.Now = Seed.Time.AddSeconds(1.5);
        (await AccountsApp.SignInAsync(client, target.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        ThrottleOf(app).FailuresOf(target.NormalizedEmail).ShouldBe(4); // attempts during the wait are not counted
        app.Clock.Now = Seed.Time.AddSeconds(2);
        (await AccountsApp.SignInAsync(client, target.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        ThrottleOf(app).FailuresOf(target.NormalizedEmail).ShouldBe(0);
    }

    [Fact]
    public async Task Backoff_UnknownAddress_IsThrottledExactlyLikeAnAccount()
    {
        await using var app = new AccountsApp(fixture);
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient(new() { HandleCookies = false });

        var answers = new Dictionary<string, List<(HttpStatusCode, string?)>>();
        foreach (var email in (string[])[user.Email, "nobody@example.tw"])
        {
            answers[email] = [];
            for (var i = 0; i < 6; i++)
            {
                var response = await AccountsApp.SignInAsync(client, email, "wrong " + i);
                answers[email].Add((response.StatusCode, response.Headers.RetryAfter?.ToString()));
            }
        }

        answers[user.Email].ShouldBe(answers["nobody@example.tw"]); // a throttled answer tells nothing about which exists
        answers[user.Email][4].ShouldBe((HttpStatusCode.TooManyRequests, "2"));
    }

    [Fact]
    public async Task Backoff_TwentyWrongPasswordsAtOnce_AreCountedAndBlockTheRightOne()
    {
        await using var app = new AccountsApp(fixture);
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient(new() { HandleCookies = false });

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => AccountsApp.SignInAsync(client, user.Email, "wrong " + i)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Unauthorized || r.StatusCode == HttpStatusCode.TooManyRequests);
        var counted = responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized);
        ThrottleOf(app).FailuresOf(user.NormalizedEmail).ShouldBe(counted); // every checked one counted, none lost
        counted.ShouldBeGreaterThanOrEqualTo(4);
        (await AccountsApp.SignInAsync(client, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        app.Clock.Now = Seed.Time.AddMinutes(15);
        (await AccountsApp.SignInAsync(client, user.Email, AccountsApp.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task LoginPage_Throttled_Answers429WithTheWait()
    {
        await using var app = new AccountsApp(fixture);
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 4; i++)
        {
            (await AccountsApp.SignInAsync(client, user.Email, "wrong " + i)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var response = await PageForm.PostAsync(client, "/login", "login",
            new() { ["Input.Email"] = user.Email, ["Input.Password"] = AccountsApp.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PageForm.HtmlAsync(response)).ShouldContain("登入嘗試次數過多，請於 2 秒後再試。");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("wrong")]
    [InlineData("right")]
    [InlineData("throttled")]
    [InlineData("no password set")]
    public async Task EveryAnswer_ComputesExactlyOnePasswordHash(string kind)
    {
        var hasher = new CountingHasher();
        await using var app = new AccountsApp(fixture) { TestServices = s => s.RemoveAll<IPasswordHasher<User>>().AddSingleton<IPasswordHasher<User>>(hasher) };
        var user = await app.SeedUserAsync();
        using var client = app.CreateClient(new() { HandleCookies = false });
        if (kind == "throttled")
        {
            for (var i = 0; i < 4; i++)
            {
                await AccountsApp.SignInAsync(client, user.Email, "wrong " + i);
            }
        }

        if (kind == "no password set")
        {
            await using var db = fixture.CreateContext();
            (await db.Users.FindAsync(user.Id))!.PasswordHash = null;
            await db.SaveChangesAsync();
        }

        hasher.Verifications = 0;
        var response = await AccountsApp.SignInAsync(client, kind == "unknown" ? "nobody@example.tw" : user.Email, kind is "right" or "throttled" ? AccountsApp.Password : "wrong");

        response.StatusCode.ShouldBe(kind switch
        {
            "right" => HttpStatusCode.NoContent,
            "throttled" => HttpStatusCode.TooManyRequests,
            _ => HttpStatusCode.Unauthorized,
        });
        hasher.Verifications.ShouldBe(1);
    }

    [Fact]
    public void WaitAfter_DoublesFromTwoSecondsAndStopsAtFifteenMinutes()
    {
        using var throttle = new SignInThrottle(Options.Create(new Tanpan.Web.Features.Accounts.SignInOptions()), TimeProvider.System);

        // 3 free; then 2 s × 2^(n − 4): 2, 4, 8 … 512 s at the 12th; the 13th would be 1,024 s, capped at 900 s.
        Enumerable.Range(1, 14).Select(n => throttle.WaitAfter(n).TotalSeconds)
            .ShouldBe([0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    }

    private static SignInThrottle ThrottleOf(AccountsApp app) => app.Services.GetRequiredService<SignInThrottle>();

    /// <summary>The real PBKDF2 hasher, counting verifications.</summary>
    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();

        public int Verifications;

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class SqliteThrottlingTests(SqliteFixture fixture) : ThrottlingTests<SqliteFixture>(fixture);

public sealed class PostgresThrottlingTests(PostgresFixture fixture) : ThrottlingTests<PostgresFixture>(fixture);
