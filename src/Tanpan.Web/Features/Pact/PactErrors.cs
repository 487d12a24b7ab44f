namespace Tanpan.Web.Features.Pact;

/// <summary>
/// PACT's error body <c>{"code": …, "message": …}</c> (PACT v3.0 components.schemas.Error; the same in v2.3), with the
/// codes' statuses: BadRequest 400, AccessDenied 403, TokenExpired 401, NotFound 404, InternalError 500,
/// NotImplemented 501. The messages are English: they are read by the customer's system, not shown in Tanpan's pages.
/// </summary>
internal static class PactErrors
{
    public static IResult Of(int status, string code, string message) =>
        TypedResults.Json(new PactError(code, message), statusCode: status);

    public static IResult BadRequest(string message) => Of(StatusCodes.Status400BadRequest, "BadRequest", message);

    /// <summary>A missing, unreadable or revoked token: 401 with the code the conformance tests expect (test cases 6, 7, 16).</summary>
    public static IResult InvalidToken() => Of(StatusCodes.Status401Unauthorized, "BadRequest", "Invalid token provided");

    public static IResult TokenExpired() => Of(StatusCodes.Status401Unauthorized, "TokenExpired", "The access token has expired; request a new one.");

    public static IResult AccessDenied(string message) => Of(StatusCodes.Status403Forbidden, "AccessDenied", message);

    public static IResult NotFound(string message) => Of(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult HttpsRequired() => BadRequest("PACT requests must use HTTPS.");
}

/// <summary>The error body.</summary>
internal sealed record PactError(string Code, string Message);
