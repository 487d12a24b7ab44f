using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The programme officer's decisions on requests (docs/programmes.md, "Roles"): owners and editors of the agency decide,
/// viewers read. Approve, wait-list, reject with a reason, record the bureau's approval (工業局核備). Every decision is a
/// change of an audited row, so the audit trail keeps who decided what and when. Approving from the wait list needs a
/// free place; the place is taken under the service's row version (<see cref="Seats"/>), so concurrent approvals never
/// exceed the quota.
/// </summary>
public sealed class ProgrammeDesk(AppDbContext db, TenantContext tenant, TimeProvider clock)
{
    public AppDbContext Db => db;

    public bool CanRead => tenant.CanRead();

    public bool CanDecide => tenant.CanWrite();

    public Task<Results<Ok<ProgrammeRequest>, ValidationProblem, ProblemHttpResult>> ApproveAsync(Guid requestId, CancellationToken ct) =>
        DecideAsync(requestId, (service, request) =>
        {
            if (request.State is not (RequestStates.Queued or RequestStates.WaitListed))
            {
                return Problems.Conflict("只有排隊中或候補中的申請可以核定。", "Only a queued or wait-listed request can be approved.");
            }

            if (!Seats.TryTake(service, request))
            {
                return Problems.Conflict($"{service.NameZh}名額（{service.Quota}）已滿，此申請仍為候補。",
                    $"{service.NameEn} is full ({service.Quota} places); the request stays on the wait list.");
            }

            request.State = RequestStates.Approved;
            request.Reason = null;
            return null;
        }, ct);

    public Task<Results<Ok<ProgrammeRequest>, ValidationProblem, ProblemHttpResult>> WaitListAsync(Guid requestId, CancellationToken ct) =>
        DecideAsync(requestId, (service, request) =>
        {
            if (request.State is not (RequestStates.Queued or RequestStates.Approved))
            {
                return Problems.Conflict("只有排隊中或已核定（未核備）的申請可以改為候補。", "Only a queued or approved (not yet bureau-approved) request can be wait-listed.");
            }

            Seats.Release(service, request);
            request.State = RequestStates.WaitListed;
            return null;
        }, ct);

    public async Task<Results<Ok<ProgrammeRequest>, ValidationProblem, ProblemHttpResult>> RejectAsync(Guid requestId, string? reason, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var text = errors.Text("reason", reason, 500, required: true);
        if (text is null)
        {
            return Problems.Invalid("reason", "駁回須填寫理由。", "Give a reason for the rejection.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        return await DecideAsync(requestId, (service, request) =>
        {
            if (request.State is RequestStates.Rejected or RequestStates.BureauApproved or RequestStates.Unconfirmed)
            {
                return Problems.Conflict("此申請目前不能駁回。", "This request cannot be rejected now.");
            }

            Seats.Release(service, request);
            request.State = RequestStates.Rejected;
            request.Reason = text;
            return null;
        }, ct);
    }

    /// <summary>Records 工業局核備 for an approved request: the date and the bureau's reference (文號).</summary>
    public async Task<Results<Ok<ProgrammeRequest>, ValidationProblem, ProblemHttpResult>> RecordBureauApprovalAsync(Guid requestId, DateOnly? on, string? reference, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (on is null)
        {
            errors.Add("bureauApprovedOn", "請填核備日期。", "Give the date of the bureau's approval.");
        }

        var text = errors.Text("bureauReference", reference, 100, required: true);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        return await DecideAsync(requestId, (_, request) =>
        {
            if (request.State != RequestStates.Approved)
            {
                return Problems.Conflict("只有已核定的申請可以登錄工業局核備。", "Only an approved request can record the bureau's approval.");
            }

            (request.State, request.BureauApprovedOn, request.BureauReference) = (RequestStates.BureauApproved, on, text);
            return null;
        }, ct);
    }

    private Task<Results<Ok<ProgrammeRequest>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid requestId, Func<ProgrammeService, ProgrammeRequest, ProblemHttpResult?> decide, CancellationToken ct) =>
        Seats.RunAsync<Results<Ok<ProgrammeRequest>, ValidationProblem, ProblemHttpResult>>(db, async () =>
        {
            if (!CanRead || await db.ProgrammeRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct) is not { } request)
            {
                return Problems.NotFound();
            }

            if (!CanDecide)
            {
                return Problems.ReadOnly();
            }

            var service = await db.ProgrammeServices.SingleAsync(s => s.Id == request.ServiceId, ct);
            if (decide(service, request) is { } refused)
            {
                db.ChangeTracker.Clear();
                return refused;
            }

            (request.DecidedAt, request.DecidedByUserId) = (clock.GetUtcNow(), tenant.UserId);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(request);
        }, ct);
}
