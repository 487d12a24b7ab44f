using Microsoft.AspNetCore.Http.HttpResults;
namespace Tanpan.Web.Features.Accounts;

/// <summary>Problem-details results with the Chinese message as title and the English one as detail.</summary>
internal static class Problems
{
    public static ProblemHttpResult Of(int status, string chinese, string english) =>
        TypedResults.Problem(title: chinese, detail: english, statusCode: status);

    public static ValidationProblem Invalid(string field, string chinese, string english) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"{chinese} {english}"] });

    public static ValidationProblem Invalid(FieldError error) => Invalid(error.Field, error.Chinese, error.English);

    public static ProblemHttpResult SignInFailed() => Of(
        StatusCodes.Status401Unauthorized,
        "電子郵件或密碼不正確。",
        "The email or password is incorrect.");

    /// <summary>429 with <c>Retry-After</c>: a throttled sign-in (docs/security.md).</summary>
    public static ProblemHttpResult TooManyAttempts(HttpResponse response, int retryAfterSeconds)
    {
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Of(StatusCodes.Status429TooManyRequests,
            $"登入嘗試次數過多，請於 {retryAfterSeconds} 秒後再試。",
            $"Too many sign-in attempts: try again in {retryAfterSeconds} seconds.");
    }

    public static ProblemHttpResult NotFound() => Of(StatusCodes.Status404NotFound, "找不到資料。", "Not found.");
}
