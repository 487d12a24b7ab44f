namespace Tanpan.Web.Features.Cbam;

/// <summary>The CBAM download outside the pages: an installation's communication template (.xlsx) for a year.</summary>
public static class CbamEndpoints
{
    public static IEndpointRouteBuilder MapCbamEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cbam/installations/{id:guid}/template", (Guid id, int? year, CbamTemplateImports templates, CancellationToken cancellationToken) =>
            templates.ExportAsync(id, year, cancellationToken)).ExcludeFromDescription();
        return app;
    }
}
