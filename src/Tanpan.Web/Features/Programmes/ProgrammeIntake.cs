using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// Takes applications into an agency's programme. The context must be the agency's (the public pages open one with
/// <see cref="AgencyScopes"/>; the applicant never gets a session there). Submitting saves the whole application
/// unconfirmed or nothing; confirming puts each request in its service's queue — within the quota, or wait-listed
/// when it is full — with its priority level and a 案件編號.
/// </summary>
public sealed class ProgrammeIntake(AppDbContext db, TimeProvider clock, PriorityRules priorities)
{
    public AppDbContext Db => db;

    public async Task<(Programme Programme, List<ProgrammeService> Services)?> OpenAsync(Guid programmeId, CancellationToken ct)
    {
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId && p.AcceptsApplications, ct);
        return programme is null ? null : (programme, await db.ProgrammeServices.AsNoTracking().Where(s => s.ProgrammeId == programmeId).OrderBy(s => s.Position).ToListAsync(ct));
    }

    /// <summary>Validates and saves an unconfirmed application; its id, or the field errors with nothing saved.</summary>
    internal async Task<(Guid? ApplicationId, FieldErrors Errors)> SubmitAsync(Guid programmeId, ApplicationInput input, Guid? applicantOrganisationId, string culture, CancellationToken ct)
    {
        if (await OpenAsync(programmeId, ct) is not { } open)
        {
            var closed = new FieldErrors();
            closed.Add("programme", "此計畫目前不受理申請。", "This programme is not taking applications.");
            return (null, closed);
        }

        var now = clock.GetUtcNow();
        var (parsed, errors) = ApplicationValidator.Validate(input, open.Services, DateOnly.FromDateTime(TaipeiTime(now)), culture);
        if (parsed is null)
        {
            return (null, errors);
        }

        var a = parsed.Application;
        (a.Id, a.ProgrammeId, a.ApplicantOrganisationId, a.CreatedAt) = (Guid.CreateVersion7(now), programmeId, applicantOrganisationId, now);
        db.ProgrammeApplications.Add(a);
        foreach (var product in parsed.Products)
        {
            (product.Id, product.ApplicationId) = (Guid.CreateVersion7(now), a.Id);
            db.ProgrammeApplicationProducts.Add(product);
        }

        foreach (var (service, stage) in parsed.Choices)
        {
            var checks = EligibilityRules.Keys(service.EligibilityRules).Select(k => EligibilityRules.Check(k, a).Line);
            db.ProgrammeRequests.Add(new ProgrammeRequest
            {
                Id = Guid.CreateVersion7(now), ApplicationId = a.Id, ServiceId = service.Id, Stage = stage, State = RequestStates.Unconfirmed,
                Checks = string.Join('\n', checks),
            });
        }

        await db.SaveChangesAsync(ct);
        return (a.Id, errors);
    }

    /// <summary>
    /// Confirms an application (the applicant's e-mail link): gives it its number and puts each request in its
    /// service's queue or wait list. Confirming again changes nothing. Null when there is no such application.
    /// </summary>
    public Task<ProgrammeApplication?> ConfirmAsync(Guid applicationId, CancellationToken ct) => Seats.RunAsync(db, async () =>
    {
        var a = await db.ProgrammeApplications.SingleOrDefaultAsync(x => x.Id == applicationId, ct);
        if (a is null || a.ConfirmedAt is not null)
        {
            return a;
        }

        var now = clock.GetUtcNow();
        var programme = await db.Programmes.SingleAsync(p => p.Id == a.ProgrammeId, ct);
        var requests = await db.ProgrammeRequests.Where(r => r.ApplicationId == a.Id).ToListAsync(ct);
        var serviceIds = requests.Select(r => r.ServiceId).ToList();
        var services = await db.ProgrammeServices.Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        foreach (var request in requests)
        {
            var service = services[request.ServiceId];
            var (level, outcomes) = await priorities.LevelAsync(service.PriorityRule, a, request.Stage, ct);
            request.PriorityLevel = level;
            request.Checks = string.Join('\n', request.Checks.Split('\n', StringSplitOptions.RemoveEmptyEntries).Concat(outcomes.Select(o => o.Line)));
            request.ArrivedAt = now;
            request.State = Seats.TryTake(service, request) ? RequestStates.Queued : RequestStates.WaitListed;
        }

        a.Number = ++programme.LastApplicationNumber;
        a.ConfirmedAt = now;
        await db.SaveChangesAsync(ct);
        return a;
    }, ct);

    /// <summary>Taiwan's civil date (UTC+8, no daylight saving) of an instant: service dates are Taiwan dates.</summary>
    public static DateTime TaipeiTime(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).DateTime;
}
