using Microsoft.AspNetCore.Antiforgery;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Unsafe API requests (POST, PUT, PATCH, DELETE) authenticated by the session cookie must carry the
/// antiforgery token in <see cref="AccountSchemes.AntiforgeryHeader"/>: a browser sends the cookie
/// on a cross-site request, never a header. Bearer-token and anonymous requests are exempt. Runs for
/// every route under <c>/api</c>, so endpoints added later are covered without opting in.
/// </summary>
internal sealed class CookieAntiforgeryMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var method = context.Request.Method;
        var unsafeMethod = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
        if (unsafeMethod && context.Request.Path.StartsWithSegments("/api") && context.User.IsCookieSession()
            && !await antiforgery.IsRequestValidAsync(context))
        {
            var problem = Problems.Of(
                StatusCodes.Status400BadRequest,
                "缺少或無效的防偽權杖，請重新取得 /api/v1/antiforgery。",
                $"Missing or invalid antiforgery token: send the token from /api/v1/antiforgery in the {AccountSchemes.AntiforgeryHeader} header.");
            await problem.ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
