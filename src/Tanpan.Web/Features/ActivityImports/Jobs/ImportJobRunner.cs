using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ActivityImports.Jobs;

/// <summary>
/// Runs queued import jobs one at a time (SQLite has one writer anyway), each in its own scope acting as the member who
/// started it, through the same <see cref="ImportService"/> as a synchronous import. Before the app serves requests it
/// marks every job left queued or running by a previous process as failed: that process's transaction never committed,
/// so nothing of those files was saved.
/// </summary>
public sealed partial class ImportJobRunner(
    IServiceScopeFactory scopes, ImportJobChannel queue, ImportJobProgress progress, TimeProvider clock, ILogger<ImportJobRunner> logger)
    : BackgroundService
{
    public const string InterruptedZh = "匯入因系統重新啟動而中斷，未儲存任何資料；請重新上傳檔案。";
    public const string InterruptedEn = "The import was interrupted by a restart and saved nothing; upload the file again.";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = clock.GetUtcNow();
            var failed = await db.ImportJobs.IgnoreQueryFilters()
                .Where(j => j.State == ImportJobState.Queued || j.State == ImportJobState.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportJobState.Failed).SetProperty(j => j.FinishedAt, now)
                    .SetProperty(j => j.ErrorZh, InterruptedZh).SetProperty(j => j.ErrorEn, InterruptedEn), cancellationToken);
            if (failed > 0)
            {
                LogInterrupted(logger, failed);
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(work, stoppingToken);
        }
    }

    private async Task RunAsync(ImportJobWork work, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(work.UserId, work.OrganisationId, work.Role);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var jobs = db.ImportJobs.Where(j => j.Id == work.JobId);
        try
        {
            await jobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportJobState.Running).SetProperty(j => j.StartedAt, clock.GetUtcNow()), stoppingToken);
            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            TimeSpan? planned = null;
            var (preview, problem) = await imports.ImportAsync(work.InventoryId, work.Path, work.FileName, dryRun: false, stoppingToken,
                (done, total) =>
                {
                    planned ??= watch.Elapsed;
                    progress.Report(work.JobId, done, total);
                }, work.Decisions);
            var now = clock.GetUtcNow();
            if (preview is { Committed: true })
            {
                LogDone(logger, work.JobId, preview.Rows, (long)(planned ?? watch.Elapsed).TotalMilliseconds, (long)(watch.Elapsed - (planned ?? watch.Elapsed)).TotalMilliseconds);
                await jobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportJobState.Succeeded).SetProperty(j => j.FinishedAt, now)
                    .SetProperty(j => j.RowsDone, preview.Rows).SetProperty(j => j.RowsTotal, preview.Rows)
                    .SetProperty(j => j.Added, preview.Added).SetProperty(j => j.Changed, preview.Changed)
                    .SetProperty(j => j.Unchanged, preview.Unchanged), CancellationToken.None);
            }
            else
            {
                var (zh, en) = preview is not null
                    ? ($"檔案與盤查目前的資料不再相符（{preview.Problems.Count} 個問題），未儲存任何資料；請重新預覽。",
                        $"The file no longer fits the inventory ({preview.Problems.Count} problems) and nothing was saved; preview it again.")
                    : (problem!.ProblemDetails.Title ?? "", problem.ProblemDetails.Detail ?? "");
                await FailAsync(jobs, zh, en, preview?.Rows);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FailAsync(jobs, InterruptedZh, InterruptedEn, null);
        }
#pragma warning disable CA1031 // a failed job is reported on its row; the runner must go on with the next one
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e, work.JobId);
            await FailAsync(jobs, "匯入失敗，未儲存任何資料。" + e.Message, "The import failed and saved nothing. " + e.Message, null);
        }
        finally
        {
            progress.Forget(work.JobId);
            ImportUploads.Delete(work.Path);
        }
    }

    private async Task FailAsync(IQueryable<ImportJob> jobs, string zh, string en, int? rows)
    {
        var now = clock.GetUtcNow();
        (zh, en) = (zh.Length > 2000 ? zh[..2000] : zh, en.Length > 2000 ? en[..2000] : en);
        await jobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportJobState.Failed).SetProperty(j => j.FinishedAt, now)
            .SetProperty(j => j.RowsDone, 0).SetProperty(j => j.RowsTotal, j => rows ?? j.RowsTotal)
            .SetProperty(j => j.ErrorZh, zh).SetProperty(j => j.ErrorEn, en), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} import jobs left unfinished by the previous run were marked failed.")]
    private static partial void LogInterrupted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId}: {Rows} rows read and planned in {PlanMs} ms, saved in {SaveMs} ms.")]
    private static partial void LogDone(ILogger logger, Guid jobId, int rows, long planMs, long saveMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed; its transaction was rolled back.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
