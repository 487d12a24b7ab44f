namespace Tanpan.Web.Infrastructure;

/// <summary>
/// Serves the stylesheet and every other static asset complete however the app is started.
/// </summary>
/// <remarks>
/// <c>MapStaticAssets</c> serves what the build's endpoint manifest lists, including a pre-compressed
/// <c>.gz</c>/<c>.br</c> variant of every file. A published build has those variants in its <c>wwwroot</c>;
/// a build run from the source tree (<c>dotnet run</c>, which starts as Production) keeps them under <c>obj/</c>,
/// where only the build's runtime manifest finds them. ASP.NET Core reads that manifest in Development only, so
/// the README's <c>dotnet run --project src/Tanpan.Web</c> answered every browser (which sends
/// <c>Accept-Encoding: gzip</c>) with an empty stylesheet. Reading the runtime manifest whenever the build left one
/// fixes that; a published build has no such manifest and is unaffected.
/// </remarks>
public static class StaticAssetsHosting
{
    public static WebApplicationBuilder UseBuildOutputStaticAssets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }
}
