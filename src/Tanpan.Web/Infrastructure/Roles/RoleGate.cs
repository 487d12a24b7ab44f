using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Infrastructure.Roles;

/// <summary>
/// Enforces <see cref="RoleTable"/> after sign-in and the current organisation are known and before any endpoint runs:
/// nobody signed in → 401 (API) or the sign-in page (pages); no current organisation → the home page to choose one
/// (pages) or 403 saying so (API); a role the table does not allow → 403 (problem details in both languages, or a short page in the UI
/// language). A route the table does not list is let through (its handler's own check still applies) so that a route
/// added elsewhere keeps working; <c>RoleTableTests</c> fails until the table names it.
/// </summary>
internal sealed class RoleGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint
            || !RoleTable.Rules.TryGetValue($"{context.Request.Method} {endpoint.RoutePattern.RawText}", out var access)
            || access == Access.Anyone)
        {
            await next(context);
            return;
        }

        var api = context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
        if (tenant.UserId is null)
        {
            if (api)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
            else
            {
                context.Response.Redirect(Absolute(context, "/login"));
            }

            return;
        }

        if (access is not (Access.SignedIn or Access.Administrator) && tenant.Role is null)
        {
            // Signed in, no current organisation: pages send the user to the home page to choose one; the API says so.
            if (api)
            {
                await TypedResults.Problem(title: "目前沒有選定的組織；請以 X-Tanpan-Organisation 標頭指定您所屬的組織。",
                    detail: "No organisation is current; name one you belong to in the X-Tanpan-Organisation header.",
                    statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            }
            else
            {
                context.Response.Redirect(Absolute(context, "/"));
            }

            return;
        }

        if (await AllowsAsync(access, tenant, context))
        {
            await next(context);
            return;
        }

        await RefuseAsync(context, api, tenant);
    }

    /// <summary>An absolute URL of this host, as the pages' own redirects (NavigationManager) give it.</summary>
    private static string Absolute(HttpContext context, string path) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{path}";

    private static async Task<bool> AllowsAsync(Access access, TenantContext tenant, HttpContext context) => access switch
    {
        Access.SignedIn => true,
        Access.Member => tenant.Role is not (null or MembershipRole.Consultant),
        Access.Reader => tenant.Role is MembershipRole.Owner or MembershipRole.Editor or MembershipRole.Viewer,
        Access.Writer => tenant.Role is MembershipRole.Owner or MembershipRole.Editor,
        Access.Owner => tenant.Role is MembershipRole.Owner,
        Access.Team => tenant.Role is MembershipRole.Owner or MembershipRole.Editor or MembershipRole.Viewer or MembershipRole.Consultant,
        Access.Administrator => await context.RequestServices.GetRequiredService<AppDbContext>().Users.AsNoTracking()
            .AnyAsync(u => u.Id == tenant.UserId && u.IsAdministrator, context.RequestAborted),
        _ => false,
    };

    private static async Task RefuseAsync(HttpContext context, bool api, TenantContext tenant)
    {
        var readsOnly = tenant.Role is MembershipRole.Viewer or MembershipRole.Verifier;
        var (chinese, english) = readsOnly
            ? ("您的角色只能檢視資料，不能修改；或此功能不開放給您的角色。", "Your role can read but not change this, or this is not open to your role.")
            : ("您的角色不能使用此功能。", "Your role cannot use this.");
        if (api)
        {
            await TypedResults.Problem(title: chinese, detail: english, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }

        var english0 = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var (lang, title, text, home) = english0
            ? ("en", "No access", english, "Back to the home page")
            : ("zh-Hant-TW", "沒有權限", chinese, "回到首頁");
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        var html = HtmlEncoder.Default;
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{html.Encode(title)} · 碳盤 Tanpan</title></head>"
            + $"<body><main><h1>{html.Encode(title)}</h1><p id=\"no-access\">{html.Encode(text)}</p><p><a href=\"/\">{html.Encode(home)}</a></p></main></body></html>",
            context.RequestAborted);
    }
}
