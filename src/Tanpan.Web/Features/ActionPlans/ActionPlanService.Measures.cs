using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.ActionPlans;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ActionPlans;

public sealed partial class ActionPlanService
{
    public async Task<SectorPlanMeasure?> FindMeasureAsync(Guid planId, Guid measureId, CancellationToken cancellationToken) =>
        CanRead ? await db.SectorPlanMeasures.AsNoTracking().SingleOrDefaultAsync(m => m.PlanId == planId && m.Id == measureId, cancellationToken) : null;

    /// <summary>Changes a measure's status and figures; every bad field is reported and nothing is saved.</summary>
    public async Task<Results<Ok<SectorPlanMeasure>, ValidationProblem, ProblemHttpResult>> UpdateMeasureAsync(
        Guid planId, Guid measureId, MeasureEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (!CanRead || await db.SectorPlanMeasures.SingleOrDefaultAsync(m => m.PlanId == planId && m.Id == measureId, cancellationToken) is not { } measure)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (edit.RowVersion is int version && version != measure.RowVersion)
        {
            return Problems.Conflict("此措施已被他人修改，請重新載入後再改。", "Someone else changed this measure; reload it and try again.");
        }

        var errors = new FieldErrors();
        var status = ActionPlanTerms.ParseStatus(edit.Status ?? "");
        if (status is null)
        {
            errors.Add("status", "請選擇達成、未達成或未評定。", "Choose achieved, not achieved or not assessed.");
        }

        var result = errors.Text("result", edit.Result, 2000);
        foreach (var (field, value) in new[] { ("budget", edit.Budget), ("privateInvestment", edit.PrivateInvestment), ("reduction", edit.Reduction) })
        {
            if (value is < 0m or > 1_000_000_000m)
            {
                errors.Add(field, "須為 0 到 10 億之間的數字。", "Must be a number from 0 to 1,000,000,000.");
            }
        }

        foreach (var (field, value) in new[] { ("people", edit.People), ("sessions", edit.Sessions) })
        {
            if (value is < 0 or > 10_000_000)
            {
                errors.Add(field, "須為 0 以上的整數。", "Must be a whole number of 0 or more.");
            }
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        measure.Status = ActionPlanTerms.En(status!.Value);
        measure.Result = result;
        (measure.BudgetTenThousandNtd, measure.PrivateInvestmentTenThousandNtd, measure.ReductionTenThousandTonnes) = (edit.Budget, edit.PrivateInvestment, edit.Reduction);
        (measure.People, measure.Sessions) = (edit.People, edit.Sessions);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("此措施已被他人修改，請重新載入後再改。", "Someone else changed this measure; reload it and try again.");
        }

        return TypedResults.Ok(measure);
    }
}
