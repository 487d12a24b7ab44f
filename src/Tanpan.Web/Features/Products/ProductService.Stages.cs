using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Products;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Products;

/// <summary>Values the organisation supplies for the stages after the gate (配送銷售, 使用, 廢棄處理), one per stage.</summary>
public sealed partial class ProductService
{
    /// <summary>The keys of the stages after the gate, in life-cycle order.</summary>
    public static IReadOnlyList<string> LaterStages { get; } =
        [.. LifeCycleStages.All.Where(s => !LifeCycleStages.IsCradleToGate(s)).Select(LifeCycleStages.Key)];

    public async Task<List<ProductStageValue>> StageValuesAsync(Guid productId, CancellationToken cancellationToken) =>
        CanRead ? await db.ProductStageValues.AsNoTracking().Where(v => v.ProductId == productId).ToListAsync(cancellationToken) : [];

    /// <summary>Sets the product's value for one stage after the gate (replacing the one there), ≥ 0 kg CO2e per declared unit, with its source.</summary>
    public async Task<Results<Ok<ProductStageValue>, ValidationProblem, ProblemHttpResult>> SetStageValueAsync(
        Guid productId, StageValueRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindAsync(productId, cancellationToken) is null)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        var errors = new FieldErrors();
        if (request.Stage is not { } stage || !LaterStages.Contains(stage))
        {
            errors.Add("stage", "請選擇配送銷售、使用或廢棄處理階段。", "Choose the distribution, use or end-of-life stage.");
        }

        if (request.KgCo2ePerUnit is not { } kg)
        {
            errors.Add("kgCo2ePerUnit", "請填寫每單位排放（kg CO2e）。", "Enter the emissions per unit (kg CO2e).");
        }
        else if (kg < 0m)
        {
            errors.Add("kgCo2ePerUnit", "每單位排放不可為負數。", "The emissions per unit cannot be negative.");
        }

        var source = errors.Text("source", request.Source, 200, required: true);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var value = await db.ProductStageValues.SingleOrDefaultAsync(v => v.ProductId == productId && v.Stage == request.Stage, cancellationToken);
        if (value is null)
        {
            value = new ProductStageValue { Id = Guid.CreateVersion7(), ProductId = productId, Stage = request.Stage!, Source = "" };
            db.ProductStageValues.Add(value);
        }

        (value.KgCo2ePerUnit, value.Source) = (request.KgCo2ePerUnit!.Value, source!);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(value);
    }

    public async Task<Results<NoContent, ProblemHttpResult>> RemoveStageValueAsync(Guid productId, Guid valueId, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.ProductStageValues.SingleOrDefaultAsync(v => v.Id == valueId && v.ProductId == productId, cancellationToken) is not { } value)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        db.ProductStageValues.Remove(value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
