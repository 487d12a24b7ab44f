using Microsoft.Extensions.Options;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Monitoring.Automation;

/// <summary>
/// Runs the detection the ingest asked for (<see cref="MeterDetectionRequests"/>), one meter at a time, each in its own scope
/// acting as the meter's organisation (the tenant is set explicitly; no user), through the same
/// <see cref="MeterAlertService.DetectAsync(Guid?, CancellationToken)"/> as the detect route. A meter's runs start at least
/// <see cref="MonitoringOptions.DetectionDebounceSeconds"/> apart (monotonic clock); a meter that is not due waits without
/// holding up the others. On shutdown the run in progress is cancelled (its alerts are saved in one SaveChanges, so all or
/// nothing) and the waiting meters are abandoned: they are asked for again by their next batch.
/// </summary>
public sealed partial class MeterDetectionRunner(
    IServiceScopeFactory scopes, MeterDetectionRequests queue, IOptions<MonitoringOptions> options, TimeProvider clock, ILogger<MeterDetectionRunner> logger)
    : BackgroundService
{
    private readonly Dictionary<Guid, long> _lastRun = [];
    private readonly PriorityQueue<DetectionRequest, long> _due = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var debounce = TimeSpan.FromSeconds(Math.Max(0, options.Value.DetectionDebounceSeconds));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                while (queue.Reader.TryRead(out var request))
                {
                    // Due now, or a debounce after the meter's last run; equal times keep the order of arrival (monotonic stamps).
                    var dueAt = Math.Max(clock.GetTimestamp(),
                        _lastRun.TryGetValue(request.MeterId, out var last) ? last + (long)(debounce.TotalSeconds * clock.TimestampFrequency) : 0);
                    _due.Enqueue(request, dueAt);
                }

                if (!_due.TryPeek(out var next, out var at))
                {
                    await queue.Reader.WaitToReadAsync(stoppingToken);
                    continue;
                }

                var now = clock.GetTimestamp();
                if (at > now)
                {
                    // Wait for the first due meter, or for a new request (which may be due sooner).
                    using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    var delay = Task.Delay(TimeSpan.FromSeconds((double)(at - now) / clock.TimestampFrequency), clock, wake.Token);
                    var arrival = queue.Reader.WaitToReadAsync(wake.Token).AsTask();
                    await Task.WhenAny(delay, arrival);
                    await wake.CancelAsync();
                    stoppingToken.ThrowIfCancellationRequested();
                    continue;
                }

                _due.Dequeue();
                queue.Started(next.MeterId);
                _lastRun[next.MeterId] = clock.GetTimestamp();
                await RunAsync(next, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (_due.Count + queue.Waiting > 0)
            {
                LogAbandoned(logger, _due.Count + queue.Waiting);
            }
        }
    }

    private async Task RunAsync(DetectionRequest request, CancellationToken stoppingToken)
    {
        try
        {
            if (queue.BeforeRun is { } gate)
            {
                await gate(request, stoppingToken);
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, request.OrganisationId, null);
            var result = await scope.ServiceProvider.GetRequiredService<MeterAlertService>().DetectAsync(request.MeterId, stoppingToken);
            LogRun(logger, request.MeterId, result.Created, result.Updated);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // a failed run is logged; the runner goes on with the next meter
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e, request.MeterId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Detection after ingest on meter {MeterId}: {Created} alerts created, {Updated} updated.")]
    private static partial void LogRun(ILogger logger, Guid meterId, int created, int updated);

    [LoggerMessage(Level = LogLevel.Error, Message = "Detection after ingest on meter {MeterId} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid meterId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown: {Count} meters waiting for detection were left; their next batch queues them again.")]
    private static partial void LogAbandoned(ILogger logger, int count);
}
