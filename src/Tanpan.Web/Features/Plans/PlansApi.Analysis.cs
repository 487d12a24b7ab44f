using Microsoft.AspNetCore.Http.HttpResults;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Plans;

public static partial class PlansApi
{
    public static async Task<Results<Ok<AbatementCurveResponse>, ProblemHttpResult>> GetCurveAsync(Guid id, PlanService plans, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, cancellationToken) is { } view ? TypedResults.Ok(PlanAnalysis.Curve(view)) : Problems.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<PathwayYearResponse>>, ProblemHttpResult>> GetPathwayAsync(Guid id, PlanService plans, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, cancellationToken) is { } view ? TypedResults.Ok(PathwayYearResponse.From(PlanAnalysis.Pathway(view))) : Problems.NotFound();

    /// <summary>The carbon-fee outlook; <paramref name="offsetsT"/> domestic reduction credits a year (≥ 0, default 0) are deducted with and without the plan.</summary>
    public static async Task<Results<Ok<CarbonFeeOutlookResponse>, ValidationProblem, ProblemHttpResult>> GetCarbonFeeAsync(
        Guid id, decimal? offsetsT, PlanService plans, CancellationToken cancellationToken)
    {
        if (await plans.FindAsync(id, cancellationToken) is not { } view)
        {
            return Problems.NotFound();
        }

        if (offsetsT < 0m)
        {
            var errors = new FieldErrors();
            errors.Add("offsetsT", "每年減量額度不可為負數。", "The offsets a year must not be negative.");
            return errors.ToResult();
        }

        return TypedResults.Ok(PlanAnalysis.CarbonFee(view, offsetsT ?? 0m));
    }

    public static async Task<Results<Ok<IReadOnlyList<VerifiedSavingResponse>>, ProblemHttpResult>> GetVerifiedSavingsAsync(
        Guid id, PlanService plans, PlanAnalysis analysis, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, cancellationToken) is { } view
            ? TypedResults.Ok(await analysis.VerifiedSavingsAsync(view, cancellationToken))
            : Problems.NotFound();
}
