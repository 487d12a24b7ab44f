using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Core.Factors;
using Tanpan.Web.Data;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Features.ActivityImports.Jobs;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>Activity-data import into an inventory under <c>/api/v1/inventories/{id}/import</c> (docs/api.md, docs/activity-data-format.md).</summary>
public static class ImportsApi
{
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportOptions>(configuration.GetSection("Import"));
        services.AddSingleton<ImportUploads>();
        services.AddHostedService<ImportUploadSweeper>();
        services.AddScoped<ImportService>();
        services.AddSingleton<ImportJobChannel>();
        services.AddSingleton<ImportJobProgress>();
        services.AddScoped<ImportJobService>();
        services.AddHostedService<ImportJobRunner>();
        return services;
    }

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The form's own overhead on top of the largest file, so the handler (not Kestrel) answers 413 in both languages.
        var limit = app.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value.MaxBytes + 1024 * 1024;
        var import = app.MapGroup("/api/v1/inventories/{id:guid}").RequireAuthorization()
            .AddEndpointFilter(VerifierScope.FilterAsync).WithTags("Import");
        import.MapGet("/import/template.xlsx", TemplateXlsxAsync);
        import.MapGet("/import/template.csv", TemplateCsvAsync);

        // Cookie sessions are checked by CookieAntiforgeryMiddleware (X-CSRF-TOKEN), like every other /api write.
        import.MapPost("/import", ImportAsync).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit);
        import.MapPost("/imports", StartJobAsync).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit);
        import.MapGet("/imports/{jobId:guid}", JobAsync);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TemplateXlsxAsync(
        Guid id, AppDbContext db, FactorLibrary library, CancellationToken cancellationToken) =>
        await db.InventoryYears.Where(y => y.Id == id).Select(y => new { y.PeriodStart, y.PeriodEnd }).SingleOrDefaultAsync(cancellationToken) is { } period
            ? TypedResults.File(ImportTemplate.Xlsx(library.Materials, period.PeriodStart.Year, period.PeriodEnd.Year),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "活動數據匯入範本.xlsx")
            : Problems.NotFound();

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TemplateCsvAsync(
        Guid id, AppDbContext db, CancellationToken cancellationToken) =>
        await db.InventoryYears.AnyAsync(y => y.Id == id, cancellationToken)
            ? TypedResults.File(ImportTemplate.Csv(), "text/csv; charset=utf-8", "活動數據匯入範本.csv")
            : Problems.NotFound();

    /// <summary>
    /// One file as <c>multipart/form-data</c> field <c>file</c> (.csv or .xlsx). <c>dryRun=true</c> (the default) answers
    /// the preview; <c>dryRun=false</c> saves it when there is no problem (200) and otherwise saves nothing (400 with the
    /// same preview). 413 above <c>Import:MaxBytes</c>, 403 for viewers and verifiers, 409 when locked.
    /// </summary>
    public static async Task<Results<Ok<ImportPreview>, BadRequest<ImportPreview>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        Guid id, IFormFile? file, ImportService imports, ImportUploads uploads, CancellationToken cancellationToken, bool dryRun = true,
        string? overlap = null, string? overlapReason = null, bool confirmNewFacilities = false)
    {
        var (path, missing, refused) = await ReceiveAsync(id, file, imports, uploads, cancellationToken);
        if (path is null || file is null)
        {
            return missing is null ? refused! : missing;
        }

        try
        {
            var (preview, problem) = await imports.ImportAsync(id, path, file.FileName, dryRun, cancellationToken,
                decisions: new ImportDecisions(overlap, overlapReason, confirmNewFacilities));
            return preview is null ? problem!
                : !dryRun && !preview.Committed ? TypedResults.BadRequest(preview)
                : TypedResults.Ok(preview);
        }
        finally
        {
            ImportUploads.Delete(path);
        }
    }

    /// <summary>
    /// The background commit: the file (as for <c>POST …/import</c>) is checked now — 400 with the preview when it has
    /// problems, nothing saved — then committed by a job: 202 with the job's status and its address in <c>Location</c>.
    /// 503 when too many jobs wait. The job saves all rows or none.
    /// </summary>
    public static async Task<Results<Accepted<ImportJobStatus>, BadRequest<ImportPreview>, ValidationProblem, ProblemHttpResult>> StartJobAsync(
        Guid id, IFormFile? file, ImportService imports, ImportJobService jobs, ImportUploads uploads, CancellationToken cancellationToken,
        string? overlap = null, string? overlapReason = null, bool confirmNewFacilities = false)
    {
        var decisions = new ImportDecisions(overlap, overlapReason, confirmNewFacilities);
        var (path, missing, refused) = await ReceiveAsync(id, file, imports, uploads, cancellationToken);
        if (path is null || file is null)
        {
            return missing is null ? refused! : missing;
        }

        var fileName = Path.GetFileName(file.FileName);
        (ImportPreview? Preview, ProblemHttpResult? Problem) checkedFile;
        try
        {
            checkedFile = await imports.ImportAsync(id, path, fileName, dryRun: true, cancellationToken, decisions: decisions);
        }
        catch
        {
            ImportUploads.Delete(path);
            throw;
        }

        var (preview, problem) = checkedFile;
        if (preview is { Problems.Count: 0 })
        {
            preview = preview with { Problems = [.. ImportChoices.Missing(preview.FacilitiesToCreate.Count, preview.Overlaps?.Count ?? 0, decisions)] };
        }

        if (preview is null || preview.Problems.Count > 0)
        {
            ImportUploads.Delete(path);
            return preview is null ? problem! : TypedResults.BadRequest(preview);
        }

        var (job, notStarted) = await jobs.StartAsync(id, uploads.Keep(id, path).Path, fileName, preview.Rows, cancellationToken, decisions);
        return job is null ? notStarted! : TypedResults.Accepted($"/api/v1/inventories/{id}/imports/{job.Id}", job);
    }

    /// <summary>A job's state, progress and counts; 404 for a job of another inventory or organisation.</summary>
    public static async Task<Results<Ok<ImportJobStatus>, ProblemHttpResult>> JobAsync(
        Guid id, Guid jobId, ImportJobService jobs, CancellationToken cancellationToken) =>
        await jobs.FindAsync(id, jobId, cancellationToken) is { } job ? TypedResults.Ok(job) : Problems.NotFound();

    /// <summary>
    /// The upload received under a generated name, or why not: no file (400), above <c>Import:MaxBytes</c> (413), or the
    /// caller may not import here (403, 404, 409) — checked before anything is written.
    /// </summary>
    private static async Task<(string? Path, ValidationProblem? Missing, ProblemHttpResult? Refused)> ReceiveAsync(
        Guid id, IFormFile? file, ImportService imports, ImportUploads uploads, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return (null, Problems.Invalid("file", "請選擇要匯入的檔案。", "Choose a file to import."), null);
        }

        if (file.Length > imports.MaxBytes)
        {
            return (null, null, imports.TooLarge());
        }

        if (await imports.RefusalAsync(id, cancellationToken) is { } refusal)
        {
            return (null, null, refusal);
        }

        await using var content = file.OpenReadStream();
        return (await uploads.ReceiveAsync(file.FileName, content, cancellationToken), null, null);
    }
}
