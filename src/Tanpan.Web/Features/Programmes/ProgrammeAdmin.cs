using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Programmes;

/// <summary>
/// The agency's programmes and services and the officer's read views (docs/programmes.md, "Roles"): the agency
/// administrator (owner) creates programmes, loads the sample, opens and closes them and changes services; officers
/// (editors) and viewers read. The queue of a service is ordered by priority level, then arrival.
/// </summary>
public sealed class ProgrammeAdmin(AppDbContext db, TenantContext tenant, TimeProvider clock)
{
    public AppDbContext Db => db;

    public bool CanRead => tenant.CanRead();

    public bool CanAdminister => tenant.Role == MembershipRole.Owner;

    public async Task<List<Programme>> ListAsync(CancellationToken ct) =>
        CanRead ? [.. (await db.Programmes.AsNoTracking().ToListAsync(ct)).OrderByDescending(p => p.Year).ThenBy(p => p.CreatedAt)] : [];

    public async Task<Programme?> FindAsync(Guid id, CancellationToken ct) =>
        CanRead ? await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) : null;

    public async Task<List<ProgrammeService>> ServicesAsync(Guid programmeId, CancellationToken ct) =>
        CanRead ? await db.ProgrammeServices.AsNoTracking().Where(s => s.ProgrammeId == programmeId).OrderBy(s => s.Position).ToListAsync(ct) : [];

    /// <summary>Creates seed 004's 2023 programme (data/programmes) in this agency, closed to applications until opened.</summary>
    public async Task<Results<Created<Programme>, ProblemHttpResult>> LoadSampleAsync(CancellationToken ct)
    {
        if (!CanAdminister)
        {
            return CanRead ? AdministratorsOnly() : Problems.NotFound();
        }

        var (programme, services) = ProgrammeSample.Create(clock.GetUtcNow());
        db.Programmes.Add(programme);
        db.ProgrammeServices.AddRange(services);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/programmes/{programme.Id}", programme);
    }

    public async Task<Results<Ok<Programme>, ProblemHttpResult>> SetAcceptingAsync(Guid id, bool accepts, CancellationToken ct)
    {
        if (!CanRead || await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } programme)
        {
            return Problems.NotFound();
        }

        if (!CanAdminister)
        {
            return AdministratorsOnly();
        }

        programme.AcceptsApplications = accepts;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(programme);
    }

    /// <summary>Changes a service's quota, co-payment, deliverer and dates; a quota below the places already taken is refused.</summary>
    public Task<Results<Ok<ProgrammeService>, ValidationProblem, ProblemHttpResult>> UpdateServiceAsync(Guid serviceId, ServiceTerms terms, CancellationToken ct) =>
        Seats.RunAsync<Results<Ok<ProgrammeService>, ValidationProblem, ProblemHttpResult>>(db, async () =>
        {
            if (!CanRead || await db.ProgrammeServices.SingleOrDefaultAsync(s => s.Id == serviceId, ct) is not { } service)
            {
                return Problems.NotFound();
            }

            if (!CanAdminister)
            {
                return AdministratorsOnly();
            }

            var errors = new FieldErrors();
            if (terms.Quota is not { } quota || quota < 0)
            {
                errors.Add("quota", "名額須為不為負的整數。", "The quota is a whole number, not negative.");
            }
            else if (quota < service.SeatsTaken)
            {
                errors.Add("quota", $"已有 {service.SeatsTaken} 件占用名額，名額不可少於此數。", $"{service.SeatsTaken} requests already hold places; the quota cannot be lower.");
            }

            if (terms.CoPaymentNtd is not { } pay || pay < 0)
            {
                errors.Add("coPaymentNtd", "自付額須為不為負的金額（免費填 0）。", "The co-payment is an amount, not negative (0 when free).");
            }

            var deliveredBy = errors.Text("deliveredBy", terms.DeliveredBy, 200, required: true);
            if (terms.OpensOn is null)
            {
                errors.Add("opensOn", "請填受理開始日期。", "Give the opening date.");
            }
            else if (terms.ClosesOn is { } closes && closes < terms.OpensOn)
            {
                errors.Add("closesOn", "截止日期不可早於開始日期。", "The closing date cannot be before the opening date.");
            }

            if (errors.Any)
            {
                return errors.ToResult();
            }

            (service.Quota, service.CoPaymentNtd, service.DeliveredBy) = (terms.Quota!.Value, terms.CoPaymentNtd!.Value, deliveredBy!);
            (service.OpensOn, service.ClosesOn) = (terms.OpensOn!.Value, terms.ClosesOn);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(service);
        }, ct);

    /// <summary>A service's requests with their applications: the queue order is priority level, then arrival, then number.</summary>
    public async Task<List<QueueRow>> QueueAsync(Guid serviceId, CancellationToken ct)
    {
        if (!CanRead)
        {
            return [];
        }

        var rows = await db.ProgrammeRequests.AsNoTracking().Where(r => r.ServiceId == serviceId)
            .Join(db.ProgrammeApplications.AsNoTracking(), r => r.ApplicationId, a => a.Id, (r, a) => new QueueRow(r, a)).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Request.ArrivedAt is null).ThenBy(r => r.Request.PriorityLevel).ThenBy(r => r.Request.ArrivedAt).ThenBy(r => r.Application.Number)];
    }

    public async Task<ApplicationView?> ApplicationAsync(Guid applicationId, CancellationToken ct)
    {
        if (!CanRead || await db.ProgrammeApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct) is not { } a)
        {
            return null;
        }

        var products = await db.ProgrammeApplicationProducts.AsNoTracking().Where(p => p.ApplicationId == a.Id).OrderBy(p => p.Position).ToListAsync(ct);
        var requests = await db.ProgrammeRequests.AsNoTracking().Where(r => r.ApplicationId == a.Id).ToListAsync(ct);
        var services = await db.ProgrammeServices.AsNoTracking().Where(s => s.ProgrammeId == a.ProgrammeId).OrderBy(s => s.Position).ToListAsync(ct);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == a.ProgrammeId, ct);
        return new ApplicationView(programme, a, products, requests, services);
    }

    private static ProblemHttpResult AdministratorsOnly() => Problems.Of(StatusCodes.Status403Forbidden,
        "只有機關管理者（組織擁有者）可以變更計畫與服務項目。", "Only the agency administrator (an owner of the organisation) can change programmes and services.");
}

public sealed record ServiceTerms(int? Quota, decimal? CoPaymentNtd, string? DeliveredBy, DateOnly? OpensOn, DateOnly? ClosesOn);

public sealed record QueueRow(ProgrammeRequest Request, ProgrammeApplication Application);

public sealed record ApplicationView(
    Programme Programme, ProgrammeApplication Application, List<ProgrammeApplicationProduct> Products, List<ProgrammeRequest> Requests, List<ProgrammeService> Services);
