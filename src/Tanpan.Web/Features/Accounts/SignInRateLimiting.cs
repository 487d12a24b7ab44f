using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// The per-client-address limit on password attempts (ASP.NET Core rate limiter, fixed window, no queue): sign-in
/// (API and page) and password change. Other requests are not limited here. The answer is 429 with <c>Retry-After</c>,
/// as problem details under <c>/api</c> and as a short page in both languages elsewhere.
/// </summary>
internal static class SignInRateLimiting
{
    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsPasswordAttempt(context.Request)
            ? RateLimitPartition.GetFixedWindowLimiter("address:" + context.Connection.RemoteIpAddress, _ =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value;
                return new() { PermitLimit = options.PerAddressPermitLimit, Window = options.PerAddressWindow, QueueLimit = 0 };
            })
            : RateLimitPartition.GetNoLimiter("unlimited")); // a key no address partition can have
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = RejectAsync;
    });

    /// <summary>A request that checks a password: the only kind limited per address.</summary>
    public static bool IsPasswordAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value?.TrimEnd('/').ToLowerInvariant() is
            "/api/v1/session" or "/login" or "/api/v1/me/password" or "/account/password";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : (int)Math.Ceiling(context.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value.PerAddressWindow.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await AccountProblems.TooManyAttempts(context.Response, seconds).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var zh = WebUtility.HtmlEncode($"登入嘗試次數過多，請於 {seconds} 秒後再試。");
        var en = WebUtility.HtmlEncode($"Too many sign-in attempts: try again in {seconds} seconds.");
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-TW">
            <head><meta charset="utf-8" /><title>嘗試次數過多 · Too many attempts · 碳盤 Tanpan</title><link rel="stylesheet" href="/app.css" /></head>
            <body><main><h1>嘗試次數過多</h1><p role="alert">{zh}</p><p lang="en">{en}</p><p><a href="/login">返回登入 · Back to sign-in</a></p></main></body>
            </html>
            """, cancellationToken);
    }
}
