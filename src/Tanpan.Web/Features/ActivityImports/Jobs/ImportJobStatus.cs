using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.ActivityImports.Jobs;

/// <summary>
/// The answer of <c>GET /api/v1/inventories/{id}/imports/{jobId}</c> (and what the job page shows): state
/// <c>queued</c>, <c>running</c>, <c>succeeded</c> or <c>failed</c>; rows done of the file's rows; the counts once
/// succeeded; the reason in both languages once failed.
/// </summary>
public sealed record ImportJobStatus(
    Guid Id,
    Guid InventoryId,
    string FileName,
    string State,
    int RowsDone,
    int RowsTotal,
    int Added,
    int Changed,
    int Unchanged,
    string? ErrorZh,
    string? ErrorEn,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public bool Finished => State is "succeeded" or "failed";

    internal static ImportJobStatus Of(ImportJob job, (int Done, int Total)? live) => new(
        job.Id, job.InventoryYearId, job.FileName, job.State.ToString().ToLowerInvariant(),
        job.State == ImportJobState.Running && live is { } p ? p.Done : job.RowsDone,
        job.State == ImportJobState.Running && live is { } q ? q.Total : job.RowsTotal,
        job.Added, job.Changed, job.Unchanged, job.ErrorZh, job.ErrorEn, job.CreatedAt, job.StartedAt, job.FinishedAt);
}
