using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Programmes;

/// <summary>The programme routes that are files, not pages: the printable application (docs/programmes.md).</summary>
public static class ProgrammesApi
{
    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/programmes/applications/{id:guid}/form.docx", PrintAsync)
            .WithName("PrintProgrammeApplication")
            .WithSummary("The application as seed 004's paper form (附表1, with 附表2 and 附表3 for footprint applicants), .docx.")
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PrintAsync(Guid id, ProgrammeAdmin admin, CancellationToken ct)
    {
        if (await admin.ApplicationAsync(id, ct) is not { } view)
        {
            return Problems.NotFound();
        }

        using var stream = new MemoryStream();
        ApplicationDocument.Write(stream, view);
        var name = $"application-{view.Programme.Year}-{view.Application.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unconfirmed"}.docx";
        return TypedResults.File(stream.ToArray(), ApplicationDocument.ContentType, name);
    }
}
