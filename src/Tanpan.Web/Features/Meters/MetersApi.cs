using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Tariffs;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;
using Tanpan.Web.Features.Meters.Ingest;
using Tanpan.Web.Features.Meters.Storage;
using Tanpan.Web.Features.Meters.ActivitySync;

namespace Tanpan.Web.Features.Meters;

/// <summary>
/// Meters and gateway keys under <c>/api/v1</c> (docs/meters.md): members read, owners and editors write; verifiers
/// (limited to inventories) get 403. The ingestion route is in <see cref="IngestApi"/>.
/// </summary>
public static partial class MetersApi
{
    public const int PageSize = 50;

    public static IEndpointRouteBuilder MapMetersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        var meters = api.MapGroup("").WithTags("Meters");
        meters.MapGet("/meters", ListAsync);
        meters.MapPost("/meters", CreateAsync);
        meters.MapGet("/meters/{id:guid}", GetAsync).AddEndpointFilter(EditVersions.ConditionalGetAsync);
        meters.MapPut("/meters/{id:guid}", UpdateAsync);
        meters.MapDelete("/meters/{id:guid}", DeleteAsync);
        meters.MapGet("/meters/{id:guid}/months", MonthsAsync);
        meters.MapPost("/meters/{id:guid}/sync", SyncAsync);
        meters.MapPut("/meters/{id:guid}/readings/{ts:long}", ReadingCorrections.CorrectAsync);
        meters.MapDelete("/meters/{id:guid}/readings/{ts:long}", ReadingCorrections.DeleteAsync);

        var gateways = api.MapGroup("").WithTags("Gateway keys");
        gateways.MapGet("/gateway-keys", ListKeysAsync);
        gateways.MapPost("/gateway-keys", CreateKeyAsync);
        gateways.MapDelete("/gateway-keys/{id:guid}", RevokeKeyAsync);

        app.MapPost("/api/v1/ingest/readings", IngestApi.IngestAsync).WithTags("Ingestion").AllowAnonymous()
            .Accepts<IngestBody>("application/json", "text/csv")
            .Produces<IngestResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    /// <summary>Documentation shape of the JSON body.</summary>
    public sealed record IngestBody(IReadOnlyList<IngestReading> Readings);

    public sealed record IngestReading(string Meter, string Ts, double Value);

    internal static ProblemHttpResult NoAccess() => Problems.Of(StatusCodes.Status403Forbidden,
        "您的角色不能檢視電表。", "Your role cannot see meters.");

    public static async Task<Results<Ok<MetersPage>, ProblemHttpResult>> ListAsync(
        TenantContext tenant, AppDbContext db, Guid? facilityId = null, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!tenant.CanRead())
        {
            return NoAccess();
        }

        if (QueryValues.Page(page) is { } badPage)
        {
            return badPage;
        }

        var query = db.Meters.AsNoTracking().Where(m => facilityId == null || m.FacilityId == facilityId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(m => m.Name).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new MetersPage([.. items.Select(Response)], page, PageSize, total));
    }

    public static async Task<Results<Ok<MeterResponse>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, TenantContext tenant, AppDbContext db,
        CancellationToken cancellationToken)
    {
        if (!tenant.CanRead())
        {
            return NoAccess();
        }

        if (await db.Meters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } meter)
        {
            return Problems.NotFound();
        }

        http.Tag(meter);
        return TypedResults.Ok(Response(meter));
    }

    public static async Task<Results<Created<MeterResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        MeterRequest request, TenantContext tenant, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        var meter = new Meter { Id = Guid.CreateVersion7(), Name = "", EnergyType = "", Unit = "", Kind = "", CreatedAt = clock.GetUtcNow() };
        if (await ApplyAsync(meter, request, db, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.Meters.Add(meter);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/meters/{meter.Id}", Response(meter));
    }

    public static async Task<Results<Ok<MeterResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, MeterRequest request, HttpContext http, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return tenant.CanRead() ? Problems.ReadOnly() : NoAccess();
        }

        if (await db.Meters.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } meter)
        {
            return Problems.NotFound();
        }

        if (http.IsStale(meter))
        {
            return await EditVersions.StaleAsync(http, db, meter, Response(meter), cancellationToken);
        }

        if (await ApplyAsync(meter, request, db, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await EditVersions.SaveAsync(http, db, meter, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(meter);
        return TypedResults.Ok(Response(meter));
    }

    /// <summary>Deletes the meter with its readings, day profiles and conflicts, in one transaction. Activity entries it wrote stay (they are the inventory's data now).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, HttpContext http, TenantContext tenant, AppDbContext db,
        CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        if (await db.Meters.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } meter)
        {
            return Problems.NotFound();
        }

        if (http.IsStale(meter))
        {
            return await EditVersions.StaleAsync(http, db, meter, Response(meter), cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MeterReadings.Where(r => r.MeterId == id).ExecuteDeleteAsync(cancellationToken);
        await db.MeterDayProfiles.Where(p => p.MeterId == id).ExecuteDeleteAsync(cancellationToken);
        // Its activity entries stay (they are the inventory's data, possibly locked) and become ordinary entries.
        await db.ActivityEntries.Where(a => a.MeterId == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.MeterId, (Guid?)null), cancellationToken);
        db.Meters.Remove(meter);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Monthly totals (Asia/Taipei months) of a year with completeness.</summary>
    public static async Task<Results<Ok<IReadOnlyList<MonthlyTotal>>, ProblemHttpResult>> MonthsAsync(
        Guid id, int year, TenantContext tenant, AppDbContext db, MeterReadingStore store, CancellationToken cancellationToken)
    {
        if (!tenant.CanRead())
        {
            return NoAccess();
        }

        if (QueryValues.Year(year) is { } badYear)
        {
            return badYear;
        }

        if (await db.Meters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } meter)
        {
            return Problems.NotFound();
        }

        return TypedResults.Ok(await MeterActivity.YearAsync(store, meter.Id, meter.IntervalMinutes, year, cancellationToken));
    }

    /// <summary>Writes every month of the linked source's inventory year into its activity data again (after linking a meter, say).</summary>
    public static async Task<Results<Ok<List<ActivitySyncResult>>, ProblemHttpResult>> SyncAsync(
        Guid id, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        if (await db.Meters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } meter)
        {
            return Problems.NotFound();
        }

        var year = meter.EmissionSourceId is { } sourceId
            ? await db.EmissionSources.Where(s => s.Id == sourceId).Select(s => (int?)s.InventoryYear!.Year).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (year is null)
        {
            return Problems.Conflict("此電表未連結排放源。", "The meter is not linked to an emission source.");
        }

        return TypedResults.Ok(await MeterActivity.SyncAsync(db, meter.Id, Enumerable.Range(1, 12).Select(m => (year.Value, m)), cancellationToken));
    }
}
