using System.Collections.Concurrent;

namespace Tanpan.Web.Features.ActivityImports.Jobs;

/// <summary>
/// Live progress of running jobs, in memory: the commit is one transaction, so rows it writes to the job's own row
/// would stay invisible to the status page until the end. The job row holds the state, the totals and the outcome.
/// </summary>
public sealed class ImportJobProgress
{
    private readonly ConcurrentDictionary<Guid, (int Done, int Total)> _running = new();

    public void Report(Guid jobId, int done, int total) => _running[jobId] = (done, total);

    public (int Done, int Total)? Of(Guid jobId) => _running.TryGetValue(jobId, out var p) ? p : null;

    public void Forget(Guid jobId) => _running.TryRemove(jobId, out _);
}
