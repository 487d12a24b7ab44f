using Microsoft.Extensions.Options;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>Sweeps leftover import uploads (<see cref="ImportUploads.Sweep"/>) at start-up and every <c>Import:SweepEvery</c> (10 minutes).</summary>
public sealed partial class ImportUploadSweeper(ImportUploads uploads, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportUploadSweeper> log)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the app answers its first request, so no received file can be one a request is reading.
        var swept = uploads.Sweep(startUp: true);
        Swept(log, swept);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var swept = uploads.Sweep(startUp: false);
                Swept(log, swept);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Swept {Count} leftover import uploads or folders")]
    private static partial void Swept(ILogger logger, int count);
}
