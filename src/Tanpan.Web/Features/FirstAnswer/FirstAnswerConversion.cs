using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Inventories;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.FirstAnswer;

/// <summary>
/// Turns a first answer into an inventory year without retyping: the year (default factor and GWP sets, operational
/// control, the calendar year), the facility (the organisation's one of that name, else a new one), one source per line
/// typed and one entry per month typed (or for the year), each through the inventory API's own handlers — the same
/// checks, audit trail and messages as typing them one by one — in ONE transaction: on any refusal nothing is saved.
/// A second conversion of the same year finds the year there and changes nothing.
/// </summary>
internal static class FirstAnswerConversion
{
    public static async Task<ConversionOutcome> ConvertAsync(FirstAnswerPlan plan, TenantContext tenant, AppDbContext db, FactorLibrary library,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!tenant.CanWrite())
        {
            return ConversionOutcome.Refused(Problems.ReadOnly());
        }

        using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
        {
            if (await db.InventoryYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == plan.Year, cancellationToken) is { } existing)
            {
                return ConversionOutcome.Exists(existing.Id);
            }

            try
            {
                return await InTransactionAsync(plan, tenant, db, library, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request (another server process on PostgreSQL) converted the same year first: the unique
                // (organisation, year) index refused this one and its transaction was rolled back. Asked here, after
                // the rollback (an exception filter would run before it, inside the aborted transaction).
                if (await YearTakenAsync(db, plan.Year, cancellationToken) is { } taken)
                {
                    return ConversionOutcome.Exists(taken);
                }

                throw;
            }
        }
    }

    private static async Task<ConversionOutcome> InTransactionAsync(FirstAnswerPlan plan, TenantContext tenant, AppDbContext db, FactorLibrary library,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await CreateAsync(plan, tenant, db, library, cancellationToken);
        if (outcome.InventoryId is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return outcome;
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static async Task<ConversionOutcome> CreateAsync(FirstAnswerPlan plan, TenantContext tenant, AppDbContext db, FactorLibrary library,
        CancellationToken cancellationToken)
    {
        var created = await InventoriesApi.CreateInventoryAsync(
            new InventoryRequest(plan.Year, BoundaryApproach.OperationalControl, null, null, FactorLibrary.DefaultSetId, FactorLibrary.DefaultGwpId, false),
            tenant, db, library, cancellationToken);
        if (created.Result is not Created<InventoryResponse> { Value: { } inventory })
        {
            return Failed(created.Result, "year");
        }

        var facilityId = await db.Facilities.Where(f => f.Name == plan.FacilityName).Select(f => (Guid?)f.Id).SingleOrDefaultAsync(cancellationToken);
        if (facilityId is null)
        {
            var facility = await InventoriesApi.CreateFacilityAsync(new FacilityRequest(plan.FacilityName, null, null), tenant, db, cancellationToken);
            if (facility.Result is not Created<FacilityResponse> { Value: { } newFacility })
            {
                return Failed(facility.Result, "facilityName");
            }

            facilityId = newFacility.Id;
        }

        foreach (var planned in plan.Sources)
        {
            var source = await InventoriesApi.CreateSourceAsync(inventory.Id,
                new SourceRequest(facilityId, planned.Name, null, null, SourceTypes.Key(planned.Type), planned.MaterialKey, null, null, null, null, null),
                tenant, db, library, cancellationToken);
            if (source.Result is not Created<SourceResponse> { Value: { } newSource })
            {
                return Failed(source.Result, planned.Field);
            }

            foreach (var entry in planned.Entries)
            {
                var saved = await InventoriesApi.CreateActivityAsync(inventory.Id, newSource.Id,
                    new ActivityRequest(plan.Year, entry.Month, entry.Amount, planned.Unit, FirstAnswerCalculation.DataSource, null),
                    tenant, db, library, cancellationToken);
                if (saved.Result is not Created<ActivityResponse>)
                {
                    return Failed(saved.Result, entry.Month is { } m && planned.Type == SourceType.Electricity && planned.Entries.Count > 1
                        ? $"months[{m - 1}]" : planned.Field);
                }
            }
        }

        return new ConversionOutcome(inventory.Id, false, null, []);
    }

    private static async Task<Guid?> YearTakenAsync(AppDbContext db, int year, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.InventoryYears.AsNoTracking().Where(y => y.Year == year).Select(y => (Guid?)y.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The API's refusal, its field messages put on the page's field that gave the value.</summary>
    private static ConversionOutcome Failed(IResult result, string field)
    {
        if (result is ProblemHttpResult problem)
        {
            return ConversionOutcome.Refused(problem);
        }

        var errors = result is ValidationProblem invalid ? FieldErrors.Of(invalid) : [];
        return new ConversionOutcome(null, false, null, [.. errors.Select(e => e with { Field = field })]);
    }
}

/// <summary>
/// The conversion's outcome: the inventory created (or, with <see cref="AlreadyThere"/>, the one that already had the
/// year), else a problem for the whole form or field messages (keyed by the page's fields).
/// </summary>
internal sealed record ConversionOutcome(Guid? InventoryId, bool AlreadyThere, ProblemHttpResult? Problem, IReadOnlyList<FieldError> Errors)
{
    public static ConversionOutcome Exists(Guid id) => new(id, true, null, []);

    public static ConversionOutcome Refused(ProblemHttpResult problem) => new(null, false, problem, []);
}
