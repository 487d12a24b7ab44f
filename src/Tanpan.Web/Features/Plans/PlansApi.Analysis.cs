using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Web.Features.Inventories;

namespace Tanpan.Web.Features.Plans;

public static partial class PlansApi
{
    public static async Task<Results<Ok<AbatementCurveResponse>, ProblemHttpResult>> GetCurveAsync(Guid id, PlanService plans, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, cancellationToken) is { } view ? TypedResults.Ok(PlanAnalysis.Curve(view)) : InventoryProblems.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<PathwayYear>>, ProblemHttpResult>> GetPathwayAsync(Guid id, PlanService plans, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, cancellationToken) is { } view ? TypedResults.Ok(PlanAnalysis.Pathway(view)) : InventoryProblems.NotFound();

    public static async Task<Results<Ok<CarbonFeeOutlookResponse>, ProblemHttpResult>> GetCarbonFeeAsync(Guid id, PlanService plans, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, cancellationToken) is { } view ? TypedResults.Ok(PlanAnalysis.CarbonFee(view)) : InventoryProblems.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<VerifiedSavingResponse>>, ProblemHttpResult>> GetVerifiedSavingsAsync(
        Guid id, PlanService plans, PlanAnalysis analysis, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, cancellationToken) is { } view
            ? TypedResults.Ok(await analysis.VerifiedSavingsAsync(view, cancellationToken))
            : InventoryProblems.NotFound();
}
