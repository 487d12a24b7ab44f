using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Monitoring.Automation;

/// <summary>
/// Every <see cref="MonitoringOptions.WebhookPollSeconds"/> (and once at start), attempts the deliveries whose retry is
/// due, of every organisation, each in its own scope acting as the delivery's organisation. Stopping cancels the
/// attempt in progress; its row is due again after the claim expires.
/// </summary>
public sealed partial class AlertDeliveryRunner(IServiceScopeFactory scopes, IOptions<MonitoringOptions> options, TimeProvider clock,
    ILogger<AlertDeliveryRunner> logger) : BackgroundService
{
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Attempts every due delivery (at most 100 a call); returns how many were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            List<(Guid Id, Guid OrganisationId)> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var now = clock.GetUtcNow().ToUnixTimeSeconds();
                due = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().AlertDeliveries.IgnoreQueryFilters().AsNoTracking()
                        .Where(d => d.State == AlertDeliveryValues.Pending && d.NextAttemptUtc <= now)
                        .OrderBy(d => d.NextAttemptUtc).Take(100).Select(d => new { d.Id, d.OrganisationId }).ToListAsync(ct))
                    .Select(d => (d.Id, d.OrganisationId)).ToList();
            }

            foreach (var (id, organisationId) in due)
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, organisationId, null);
                await scope.ServiceProvider.GetRequiredService<AlertDeliveryService>().AttemptAsync(id, manual: false, ct);
            }

            return due.Count;
        }
        finally
        {
            _one.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.WebhookPollSeconds)), clock);
        try
        {
            do
            {
                try
                {
                    await DeliverDueAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // a failing pass is logged; the next tick tries again
                catch (Exception e)
#pragma warning restore CA1031
                {
                    LogFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _one.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering due alert webhooks failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
