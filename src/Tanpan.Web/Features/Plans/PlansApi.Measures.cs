using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Reduction;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Plans;

public static partial class PlansApi
{
    public static async Task<Results<Ok<List<PlanMeasureResponse>>, ProblemHttpResult>> ListMeasuresAsync(
        Guid id, PlanService plans, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, cancellationToken) is { } view
            ? TypedResults.Ok(view.Measures.Select(Response).ToList())
            : Problems.NotFound();

    /// <summary>Adds a measure; its inputs must evaluate (unknown kinds and bad inputs are field errors) and nothing is saved otherwise.</summary>
    public static async Task<Results<Created<PlanMeasureResponse>, ValidationProblem, ProblemHttpResult>> AddMeasureAsync(
        Guid id, PlanMeasureRequest request, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await plans.FindAsync(id, cancellationToken) is not { } view)
        {
            return Problems.NotFound();
        }

        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        var measure = new PlanMeasure { Id = Guid.CreateVersion7(), PlanId = id, Kind = "", ParametersJson = "{}" };
        if (Apply(measure, request, view, plans) is { } invalid)
        {
            return invalid;
        }

        plans.Db.PlanMeasures.Add(measure);
        await plans.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/plans/{id}/measures/{measure.Id}", Response(plans.Evaluate(measure, view.Plan, view.BaseInventory)));
    }

    /// <summary>Replaces a measure's inputs, start year, lifetime and implemented date (set it to record the measure as done).</summary>
    public static async Task<Results<Ok<PlanMeasureResponse>, ValidationProblem, ProblemHttpResult>> UpdateMeasureAsync(
        Guid id, Guid measureId, PlanMeasureRequest request, HttpContext http, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(http);
        if (await plans.FindAsync(id, cancellationToken) is not { } view
            || await plans.Db.PlanMeasures.SingleOrDefaultAsync(m => m.Id == measureId && m.PlanId == id, cancellationToken) is not { } measure)
        {
            return Problems.NotFound();
        }

        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (http.IsStale(measure))
        {
            return await EditVersions.StaleAsync(http, plans.Db, measure, Inputs(measure), cancellationToken);
        }

        if (Apply(measure, request, view, plans) is { } invalid)
        {
            plans.Db.ChangeTracker.Clear();
            return invalid;
        }

        if (await EditVersions.SaveAsync(http, plans.Db, measure, Inputs, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(measure);
        return TypedResults.Ok(Response(plans.Evaluate(measure, view.Plan, view.BaseInventory)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMeasureAsync(Guid id, Guid measureId, HttpContext http, PlanService plans,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!plans.CanRead || await plans.Db.PlanMeasures.SingleOrDefaultAsync(m => m.Id == measureId && m.PlanId == id, cancellationToken) is not { } measure)
        {
            return Problems.NotFound();
        }

        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (http.IsStale(measure))
        {
            return await EditVersions.StaleAsync(http, plans.Db, measure, Inputs(measure), cancellationToken);
        }

        plans.Db.PlanMeasures.Remove(measure);
        await plans.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The measure's inputs as a PUT takes them: the representation a 412 carries as <c>current</c>.</summary>
    public static PlanMeasureRequest Inputs(PlanMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return new(measure.Kind, measure.Label, PlanService.Parse(measure.ParametersJson),
            measure.StartYear, measure.LifetimeYears, measure.ImplementedOn);
    }

    private static ValidationProblem? Apply(PlanMeasure measure, PlanMeasureRequest request, PlanView view, PlanService plans)
    {
        var errors = new FieldErrors();
        var kind = errors.Text("kind", request.Kind, 50, required: true);
        var label = errors.Text("label", request.Label, 200);
        var baseYear = view.BaseInventory.Year;
        if (request.StartYear is not int start)
        {
            errors.Add("startYear", "請填寫開始年度。", "Enter the start year.");
        }
        else if (start <= baseYear || start > view.Plan.EndYear)
        {
            errors.Add("startYear", $"開始年度須在基準年 {baseYear} 之後、{view.Plan.EndYear} 年（含）之前。",
                $"The start year must be after the base year {baseYear} and no later than {view.Plan.EndYear}.");
        }

        var lifetime = request.LifetimeYears ?? 10;
        if (request.ImplementedOn is { } done && done.Year <= baseYear)
        {
            errors.Add("implementedOn", $"完成日期須在基準年 {baseYear} 之後。", $"The implementation date must be after the base year {baseYear}.");
        }

        var parameters = request.Parameters ?? [];
        if (kind is not null)
        {
            plans.Check(kind, parameters, view.Plan, view.BaseInventory, lifetime, errors);
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        (measure.Kind, measure.Label, measure.ParametersJson) = (MeasureCatalog.Find(kind)!.Kind, label, PlanService.Json(parameters));
        (measure.StartYear, measure.LifetimeYears, measure.ImplementedOn) = (request.StartYear!.Value, lifetime, request.ImplementedOn);
        return null;
    }
}
