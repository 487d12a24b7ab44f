using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Documents.ActionPlanReport;
using Tanpan.Documents.Inventories;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ActionPlans;

/// <summary>
/// The action-plan report's documents under <c>/api/v1/action-plans/{id}</c> (docs/action-plans.md): the workbook and the
/// report, for members who may read plans (not verifiers); another organisation's plan is not found.
/// </summary>
public static class ActionPlansApi
{
    public static IEndpointRouteBuilder MapActionPlansApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/v1/action-plans").RequireAuthorization().WithTags("Action plans");
        documents.MapGet("/{id:guid}/report.xlsx", GetWorkbookAsync).Produces(StatusCodes.Status200OK, contentType: ActionPlanWorkbook.ContentType);
        documents.MapGet("/{id:guid}/report.docx", GetReportAsync).Produces(StatusCodes.Status200OK, contentType: ActionPlanDocument.ContentType);
        return app;
    }

    /// <summary>The report workbook (.xlsx): 表1–表6 as sheets with their formulas.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetWorkbookAsync(
        Guid id, ActionPlanService plans, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await plans.LoadAsync(id, cancellationToken) is not { } plan)
        {
            return Problems.NotFound();
        }

        var info = await InfoAsync(db, clock, cancellationToken);
        return TypedResults.File(Write(s => ActionPlanWorkbook.Write(s, plan.Tables, info)), ActionPlanWorkbook.ContentType, FileName(plan, "xlsx", null));
    }

    /// <summary>The report (.docx) in Traditional Chinese (<c>lang=zh</c>, the default) or English (<c>lang=en</c>).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetReportAsync(
        Guid id, string? lang, ActionPlanService plans, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (lang is not (null or "zh" or "en"))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "報告語言須為 zh 或 en。", "The report language (lang) must be zh or en.");
        }

        if (await plans.LoadAsync(id, cancellationToken) is not { } plan)
        {
            return Problems.NotFound();
        }

        var info = await InfoAsync(db, clock, cancellationToken);
        var language = lang == "en" ? ReportLanguage.En : ReportLanguage.Zh;
        return TypedResults.File(Write(s => ActionPlanDocument.Write(s, plan.Tables, info, language)), ActionPlanDocument.ContentType, FileName(plan, "docx", lang));
    }

    private static async Task<ActionPlanDocumentInfo> InfoAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        new(await db.Organisations.AsNoTracking().Select(o => o.Name).SingleAsync(cancellationToken), clock.GetUtcNow());

    private static string FileName(LoadedActionPlan plan, string extension, string? lang) =>
        $"action-plan-{plan.Plan.Year.ToString(CultureInfo.InvariantCulture)}{(lang == "en" ? "-en" : "")}.{extension}";

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
