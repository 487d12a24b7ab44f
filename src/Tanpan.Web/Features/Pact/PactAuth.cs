using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Pact;

/// <summary>
/// The OAuth 2 client-credentials token endpoint PACT uses (v3.0 "Authentication": <c>POST /auth/token</c>,
/// RFC 6749 §4.4, client authentication by HTTP Basic, §2.3.1) and its discovery document (PACT ADR 0021: a recipient
/// first reads <c>/.well-known/openid-configuration</c> and uses its <c>token_endpoint</c>).
/// </summary>
internal static class PactAuth
{
    public static async Task<IResult> TokenAsync(HttpContext context, AppDbContext db, PactTokens tokens)
    {
        if (PactCaller.RefusePlainHttp(context) is { } refused)
        {
            return refused;
        }

        context.Response.Headers.CacheControl = "no-store"; // RFC 6749 §5.1
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var grant = form?["grant_type"].ToString();
        if (string.IsNullOrEmpty(grant))
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "grant_type=client_credentials is required (application/x-www-form-urlencoded).");
        }

        if (grant != "client_credentials")
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only the client_credentials grant is supported.");
        }

        var credentials = PactSecrets.FromBasic(context.Request.Headers.Authorization.ToString())
            ?? (form!["client_id"].ToString() is { Length: > 0 } id && form["client_secret"].ToString() is { Length: > 0 } secret ? (id, secret) : null);
        var client = credentials is { } c
            ? await db.PactClients.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.ClientId == c.ClientId && x.RevokedAt == null, context.RequestAborted)
            : null;
        if (client is null || !PactSecrets.Matches(credentials!.Value.Secret, client.SecretHash))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"pact\"";
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed");
        }

        return TypedResults.Json(new TokenResponse(tokens.Issue(client.Id), "Bearer", tokens.LifetimeSeconds));
    }

    public static IResult OpenIdConfiguration(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PactCaller.RefusePlainHttp(context) is { } refused)
        {
            return refused;
        }

        var issuer = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        return TypedResults.Json(new OpenIdConfigurationResponse(issuer, issuer + "/auth/token", ["client_credentials"], ["client_secret_basic", "client_secret_post"]));
    }

    private static JsonHttpResult<OAuthErrorResponse> OAuthError(int status, string error, string description) =>
        TypedResults.Json(new OAuthErrorResponse(error, description), statusCode: status);

    internal sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    internal sealed record OAuthErrorResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
        [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);

    internal sealed record OpenIdConfigurationResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("issuer")] string Issuer,
        [property: System.Text.Json.Serialization.JsonPropertyName("token_endpoint")] string TokenEndpoint,
        [property: System.Text.Json.Serialization.JsonPropertyName("grant_types_supported")] string[] GrantTypesSupported,
        [property: System.Text.Json.Serialization.JsonPropertyName("token_endpoint_auth_methods_supported")] string[] TokenEndpointAuthMethodsSupported);
}
