using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;

namespace Tanpan.Web.Features.Evidence;

/// <summary>
/// Deletes stored evidence files that no row names any more (their entry, source or inventory was deleted and the database
/// cascaded) and are older than an hour: once at start-up (<see cref="EvidenceApi.SweepEvidence"/>, after the migrations)
/// and then every <c>Evidence:SweepEvery</c> (one hour by default), so a server that runs for months keeps no stray files.
/// </summary>
public sealed partial class EvidenceSweeper(IServiceScopeFactory scopes, IOptions<EvidenceOptions> options, TimeProvider time, ILogger<EvidenceSweeper> log)
    : BackgroundService
{
    /// <summary>A file younger than this may be an upload whose row is not committed yet.</summary>
    public static readonly TimeSpan MinimumAge = TimeSpan.FromHours(1);

    /// <summary>One sweep: the stored names every organisation's rows know, then the files no row names.</summary>
    public static int Sweep(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<AppDbContext>();
        var known = db.EvidenceFiles.IgnoreQueryFilters().Select(e => e.StoredPath).ToHashSet(StringComparer.Ordinal);
        return services.GetRequiredService<EvidenceStore>().DeleteOrphans(known, MinimumAge, services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                using var scope = scopes.CreateScope();
                var swept = Sweep(scope.ServiceProvider);
                Swept(log, swept);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Swept {Count} evidence files no row names")]
    private static partial void Swept(ILogger logger, int count);
}
