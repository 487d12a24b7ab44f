using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace Tanpan.Web.Components;

/// <summary>The Blazor Web App (static server rendering) and its localization; see docs/ui.md.</summary>
public static class UiHostingExtensions
{
    /// <summary>Traditional Chinese is the default; English is the other choice.</summary>
    public static readonly string[] Cultures = ["zh-TW", "en"];

    public static IServiceCollection AddTanpanUi(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddLocalization();   // each .resx sits beside its marker class, in the feature that owns it
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);

            // Only the language switch's cookie decides; a browser's Accept-Language does not.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static WebApplication UseTanpanUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapTanpanUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets();
        app.MapGet("/culture", SetCulture).ExcludeFromDescription();
        app.MapRazorComponents<App>().Add(RestrictGetOnlyPages);
        return app;
    }

    /// <summary>A page marked <see cref="GetOnlyAttribute"/> matches GET only (routing reads the last method metadata).</summary>
    private static void RestrictGetOnlyPages(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<ComponentTypeMetadata>().LastOrDefault()?.Type.IsDefined(typeof(GetOnlyAttribute), inherit: false) == true)
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get]));
        }
    }

    /// <summary>The language switch: stores the culture in a cookie for a year and goes back to a local page.</summary>
    public static RedirectHttpResult SetCulture(string? c, string? redirect, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = Array.Find(Cultures, x => string.Equals(x, c, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
        return TypedResults.LocalRedirect(IsLocal(redirect) ? redirect! : "/");
    }

    /// <summary>A path on this site: "/…" but not "//host" or "/\host", which browsers treat as another site.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
