namespace Tanpan.Web.Infrastructure;

/// <summary>
/// The browser-side controls every response carries (pages, API, static files, errors), set as the response starts so
/// that status-code pages and handlers that replace the response keep them. See docs/security.md.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The app serves no script at all (decision 0006) and styles only from <c>app.css</c>; charts are inline SVG, which
    /// needs no exemption. Forms post to this site only, nobody may frame a page, and <c>base</c> cannot be redirected.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>One year; sent only on HTTPS responses (a browser ignores it over HTTP), without includeSubDomains.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>Adds the headers to every response from here on; call it first in the pipeline.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin"; // "no-referrer" would make browsers send "Origin: null" on our own form posts
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
