using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ActivityImports.Jobs;

/// <summary>
/// Starts the background commit of a stored, previewed import file and reads a job's status, for the API and the pages.
/// The job re-plans the file when it runs (the inventory may have changed since the preview) and commits all or nothing.
/// </summary>
public sealed class ImportJobService(AppDbContext db, TenantContext tenant, ImportJobChannel queue, ImportJobProgress progress, TimeProvider clock)
{
    /// <summary>
    /// Queues the commit of <paramref name="path"/> (which the job deletes when done). Null with a problem, and the file
    /// deleted, when the caller may not write (403), the inventory is unknown (404) or locked (409), or the queue is full (503).
    /// </summary>
    public async Task<(ImportJobStatus? Job, ProblemHttpResult? Problem)> StartAsync(
        Guid id, string path, string fileName, int rows, CancellationToken cancellationToken, ImportDecisions? decisions = null)
    {
        decisions ??= ImportDecisions.None;
        var problem = !tenant.CanWrite() ? Problems.ReadOnly()
            : await db.InventoryYears.Where(y => y.Id == id).Select(y => new { y.LockedAt }).SingleOrDefaultAsync(cancellationToken) is not { } year
                ? Problems.NotFound()
            : year.LockedAt is not null ? Problems.Locked()
            : null;
        if (problem is not null)
        {
            ImportUploads.Delete(path);
            return (null, problem);
        }

        var job = new ImportJob
        {
            Id = Guid.CreateVersion7(), InventoryYearId = id, UserId = tenant.UserId, FileName = Truncate(fileName, 260),
            State = ImportJobState.Queued, RowsTotal = rows, CreatedAt = clock.GetUtcNow(),
            OverlapChoice = decisions.Overlap is { } choice && ImportDecisions.Choices.Contains(choice) ? choice : null,
            OverlapReason = decisions.OverlapReason?.Trim() is { Length: > 0 } reason ? reason[..Math.Min(reason.Length, 500)] : null,
            ConfirmNewFacilities = decisions.ConfirmNewFacilities,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        if (!queue.TryEnqueue(new ImportJobWork(job.Id, id, job.OrganisationId, tenant.UserId, tenant.Role, path, job.FileName,
                new ImportDecisions(job.OverlapChoice, job.OverlapReason, job.ConfirmNewFacilities))))
        {
            ImportUploads.Delete(path);
            db.ImportJobs.Remove(job);
            await db.SaveChangesAsync(cancellationToken);
            return (null, Problems.Of(StatusCodes.Status503ServiceUnavailable,
                "目前排隊中的匯入太多，請稍後再試。", "Too many imports are waiting; try again in a minute."));
        }

        return (ImportJobStatus.Of(job, null), null);
    }

    /// <summary>The job of this inventory and organisation, or null (another organisation's, another inventory's, unknown).</summary>
    public async Task<ImportJobStatus?> FindAsync(Guid id, Guid jobId, CancellationToken cancellationToken) =>
        await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.InventoryYearId == id, cancellationToken) is { } job
            ? ImportJobStatus.Of(job, progress.Of(job.Id))
            : null;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
