using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Inventories;

public static partial class InventoriesApi
{
    public static async Task<Ok<List<FacilityResponse>>> ListFacilitiesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var facilities = await db.Facilities.Select(f => new FacilityResponse(f.Id, f.Name, f.Address, f.FactoryRegistrationNumber))
            .ToListAsync(cancellationToken);
        facilities.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        return TypedResults.Ok(facilities);
    }

    public static async Task<Results<Ok<FacilityResponse>, ProblemHttpResult>> GetFacilityAsync(Guid id, HttpContext http, AppDbContext db,
        CancellationToken cancellationToken)
    {
        if (await db.Facilities.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } facility)
        {
            return Problems.NotFound();
        }

        http.Tag(facility);
        return TypedResults.Ok(Response(facility));
    }

    public static async Task<Results<Created<FacilityResponse>, ValidationProblem, ProblemHttpResult>> CreateFacilityAsync(
        FacilityRequest request, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        var facility = new Facility { Id = Guid.CreateVersion7(), Name = "" };
        if (await ApplyAsync(facility, request, db, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.Facilities.Add(facility);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/facilities/{facility.Id}", Response(facility));
    }

    public static async Task<Results<Ok<FacilityResponse>, ValidationProblem, ProblemHttpResult>> UpdateFacilityAsync(
        Guid id, FacilityRequest request, HttpContext http, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        if (await db.Facilities.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } facility)
        {
            return Problems.NotFound();
        }

        if (http.IsStale(facility))
        {
            return await EditVersions.StaleAsync(http, db, facility, Response(facility), cancellationToken);
        }

        if (await ApplyAsync(facility, request, db, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await EditVersions.SaveAsync(http, db, facility, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(facility);
        return TypedResults.Ok(Response(facility));
    }

    /// <summary>Deletes a facility that no source cites (409 otherwise).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteFacilityAsync(
        Guid id, HttpContext http, TenantContext tenant, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!tenant.CanWrite())
        {
            return Problems.ReadOnly();
        }

        if (await db.Facilities.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } facility)
        {
            return Problems.NotFound();
        }

        if (http.IsStale(facility))
        {
            return await EditVersions.StaleAsync(http, db, facility, Response(facility), cancellationToken);
        }

        if (await db.EmissionSources.AnyAsync(s => s.FacilityId == id, cancellationToken))
        {
            return Problems.Conflict("此廠區仍有排放源，不能刪除。", "The facility still has emission sources and cannot be deleted.");
        }

        db.Facilities.Remove(facility);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> ApplyAsync(Facility facility, FacilityRequest request, AppDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200, required: true);
        var address = errors.Text("address", request.Address, 300);
        var registration = errors.Text("factoryRegistrationNumber", request.FactoryRegistrationNumber, 20);
        if (name is not null && await db.Facilities.AnyAsync(f => f.Name == name && f.Id != facility.Id, cancellationToken))
        {
            errors.Add("name", "已有同名的廠區。", "A facility of that name already exists.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        (facility.Name, facility.Address, facility.FactoryRegistrationNumber) = (name!, address, registration);
        return null;
    }

    private static FacilityResponse Response(Facility f) => new(f.Id, f.Name, f.Address, f.FactoryRegistrationNumber);
}
