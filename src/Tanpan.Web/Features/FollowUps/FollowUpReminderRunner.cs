using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanpan.Web.Data;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.FollowUps;

/// <summary>
/// Sends due follow-up reminders every <see cref="FollowUpOptions.RunEveryMinutes"/> (first run one interval after start),
/// for every agency with follow-ups, each in a scope acting as that agency with no user — the same
/// <see cref="FollowUpDesk.SendDueRemindersAsync"/> the officer's button runs, so a reminder is sent once whoever runs
/// first. Off when the interval is 0, mail is off, or no <see cref="FollowUpOptions.PublicBaseUrl"/> is set for the links.
/// </summary>
public sealed partial class FollowUpReminderRunner(
    IServiceScopeFactory scopes, IOptions<FollowUpOptions> options, Infrastructure.Mail.IMailSender mail, TimeProvider clock, ILogger<FollowUpReminderRunner> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.RunEveryMinutes <= 0 || !mail.Enabled || string.IsNullOrWhiteSpace(settings.PublicBaseUrl))
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMinutes(settings.RunEveryMinutes), clock, stoppingToken);
                await RunOnceAsync(settings.PublicBaseUrl, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass over every agency that has closed cases or follow-ups; failures are logged per agency.</summary>
    public async Task RunOnceAsync(string baseUrl, CancellationToken ct)
    {
        List<Guid> agencies;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // Which organisations to visit (ids only); each is then worked on in its own tenant.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            agencies = await db.ProgrammeCases.IgnoreQueryFilters().AsNoTracking().Where(c => c.ClosedOn != null).Select(c => c.OrganisationId).Distinct().ToListAsync(ct);
        }

        foreach (var agency in agencies)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(null, agency, Data.Entities.MembershipRole.Editor);
                var run = await scope.ServiceProvider.GetRequiredService<FollowUpDesk>().SendDueRemindersAsync(baseUrl, ct);
                LogRun(log, agency, run?.Sent ?? 0, run?.Failed ?? 0);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // one agency's failure is logged; the others still get their reminders
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(log, e, agency);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Follow-up reminders for agency {Agency}: {Sent} sent, {Failed} failed.")]
    private static partial void LogRun(ILogger logger, Guid agency, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Follow-up reminders for agency {Agency} failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid agency);
}
