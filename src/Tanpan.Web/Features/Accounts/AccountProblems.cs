using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

/// <summary>The sign-in problems, Chinese title and English detail like every problem of the API.</summary>
internal static class AccountProblems
{
    public static ProblemHttpResult SignInFailed() => Problems.Of(
        StatusCodes.Status401Unauthorized,
        "電子郵件或密碼不正確。",
        "The email or password is incorrect.");

    /// <summary>429 with <c>Retry-After</c>: a throttled sign-in (docs/security.md).</summary>
    public static ProblemHttpResult TooManyAttempts(HttpResponse response, int retryAfterSeconds)
    {
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(StatusCodes.Status429TooManyRequests,
            $"登入嘗試次數過多，請於 {retryAfterSeconds} 秒後再試。",
            $"Too many sign-in attempts: try again in {retryAfterSeconds} seconds.");
    }
}
