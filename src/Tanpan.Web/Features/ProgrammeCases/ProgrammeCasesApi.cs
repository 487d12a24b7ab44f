using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ProgrammeCases;

/// <summary>The case routes that are files, not pages: a visit's photo or document (docs/programme-cases.md).</summary>
public static class ProgrammeCasesApi
{
    public static IEndpointRouteBuilder MapProgrammeCasesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cases/files/{id:guid}", DownloadAsync)
            .WithName("DownloadCaseVisitFile")
            .WithSummary("A visit's photo or document, as an attachment, for whoever sees the case.")
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(Guid id, VisitRecords visits, HttpContext context, CancellationToken ct)
    {
        if (await visits.OpenAsync(id, ct) is not { } found)
        {
            return Problems.NotFound();
        }

        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        context.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return TypedResults.File(found.Content, found.File.ContentType, fileDownloadName: found.File.FileName);
    }
}
