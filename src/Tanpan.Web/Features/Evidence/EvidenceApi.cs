using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Features.Evidence;

/// <summary>Evidence files of activity entries under <c>/api/v1/inventories/{id}</c> (docs/evidence.md).</summary>
public static class EvidenceApi
{
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EvidenceOptions>(configuration.GetSection("Evidence"));
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<EvidenceService>();
        services.AddHostedService<EvidenceSweeper>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The form's own overhead on top of the largest file, so the handler (not Kestrel) answers 413 in both languages.
        var limit = app.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value.MaxBytes + 1024 * 1024;
        var evidence = app.MapGroup("/api/v1/inventories/{id:guid}").RequireAuthorization()
            .AddEndpointFilter(VerifierScope.FilterAsync).WithTags("Evidence");
        const string Entry = "/sources/{sourceId:guid}/activity/{entryId:guid}/evidence";
        evidence.MapGet(Entry, ListAsync);

        // Cookie sessions are checked by CookieAntiforgeryMiddleware (X-CSRF-TOKEN), like every other /api write;
        // the form-antiforgery check would refuse API tokens, which carry no antiforgery cookie.
        evidence.MapPost(Entry, UploadAsync).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit);
        evidence.MapGet("/evidence/{evidenceId:guid}", DownloadAsync);
        evidence.MapDelete("/evidence/{evidenceId:guid}", DeleteAsync);
        return app;
    }

    /// <summary>Deletes stored files no row names any more (their entry, source or inventory was deleted), at startup; <see cref="EvidenceSweeper"/> repeats it.</summary>
    public static WebApplication SweepEvidence(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        EvidenceSweeper.Sweep(scope.ServiceProvider);
        return app;
    }

    public static async Task<Results<Ok<List<EvidenceResponse>>, ProblemHttpResult>> ListAsync(
        Guid id, Guid sourceId, Guid entryId, EvidenceService evidence, CancellationToken cancellationToken)
    {
        var (files, problem) = await evidence.ListAsync(id, sourceId, entryId, cancellationToken);
        return files is null ? problem! : TypedResults.Ok(files.Select(Response).ToList());
    }

    /// <summary>One file as <c>multipart/form-data</c> field <c>file</c>; 413 above <c>Evidence:MaxBytes</c>, 415 for a kind not accepted.</summary>
    public static async Task<Results<Created<EvidenceResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid id, Guid sourceId, Guid entryId, IFormFile? file, EvidenceService evidence, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Problems.Invalid("file", "請選擇要上傳的檔案。", "Choose a file to upload.");
        }

        if (file.Length > evidence.MaxBytes)
        {
            return evidence.TooLarge();
        }

        await using var content = file.OpenReadStream();
        var (stored, problem) = await evidence.UploadAsync(id, sourceId, entryId, file.FileName, content, cancellationToken);
        return stored is null ? problem! : TypedResults.Created($"/api/v1/inventories/{id}/evidence/{stored.Id}", Response(stored));
    }

    /// <summary>The bytes as an attachment (never rendered inline), for any member who may see the inventory.</summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, Guid evidenceId, EvidenceService evidence, HttpContext context, CancellationToken cancellationToken)
    {
        if (await evidence.FindAsync(id, evidenceId, cancellationToken) is not { } file || evidence.OpenRead(file) is not { } stream)
        {
            return Problems.NotFound();
        }

        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        context.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return TypedResults.File(stream, file.ContentType, fileDownloadName: file.FileName);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, Guid evidenceId, EvidenceService evidence, CancellationToken cancellationToken) =>
        await evidence.DeleteAsync(id, evidenceId, cancellationToken) is { } problem ? problem : TypedResults.NoContent();

    internal static EvidenceResponse Response(EvidenceFile e) => new(
        e.Id, e.ActivityEntryId, e.FileName, e.ContentType, e.SizeBytes, e.Sha256, e.UploadedAt,
        $"/api/v1/inventories/{e.InventoryYearId}/evidence/{e.Id}");
}
