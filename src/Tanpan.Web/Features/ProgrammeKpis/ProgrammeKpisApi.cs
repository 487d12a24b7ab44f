using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Documents.ProgrammeKpis;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ProgrammeKpis;

/// <summary>
/// The dashboard's workbook, <c>GET /api/v1/programmes/{id}/kpis.xlsx</c> (docs/programme-kpis.md): the same figures as
/// the page, in Traditional Chinese (the programme's language), for the agency's owners, editors and viewers; another
/// organisation's programme is not found.
/// </summary>
public static class ProgrammeKpisApi
{
    public static IEndpointRouteBuilder MapProgrammeKpisApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/programmes").RequireAuthorization().WithTags("Programme KPIs");
        group.MapGet("/{id:guid}/kpis.xlsx", GetWorkbookAsync).Produces(StatusCodes.Status200OK, contentType: KpiWorkbook.ContentType);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetWorkbookAsync(
        Guid id, ProgrammeKpiService kpis, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await kpis.ReportAsync(id, cancellationToken) is not { } report)
        {
            return Problems.NotFound();
        }

        using var stream = new MemoryStream();
        KpiWorkbook.Write(stream, KpiSheets.Of(report), $"{report.Programme.TitleZh} 績效指標", clock.GetUtcNow());
        return TypedResults.File(stream.ToArray(), KpiWorkbook.ContentType, $"programme-kpis-{report.Programme.Year.ToString(CultureInfo.InvariantCulture)}.xlsx");
    }
}
