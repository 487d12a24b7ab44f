using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Plans;

public static partial class PlansApi
{
    public const int MaxPathwayYears = 50;

    public static async Task<Results<Ok<List<PlanSummary>>, ProblemHttpResult>> ListPlansAsync(PlanService plans, CancellationToken cancellationToken)
    {
        if (!plans.CanRead)
        {
            return Problems.NotFound();
        }

        var list = await plans.Db.ReductionPlans.AsNoTracking()
            .Join(plans.Db.InventoryYears, p => p.BaseInventoryYearId, y => y.Id, (p, y) => new PlanSummary(p.Id, p.Name, p.BaseInventoryYearId, y.Year,
                p.FacilityId, p.EndYear, p.Measures.Count))
            .ToListAsync(cancellationToken);
        list.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        return TypedResults.Ok(list);
    }

    /// <summary>The plan with its measures; the <c>ETag</c> is the plan's version (If-Match on its PUT and DELETE).</summary>
    public static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> GetPlanAsync(Guid id, HttpContext http, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await plans.FindAsync(id, cancellationToken) is not { } view)
        {
            return Problems.NotFound();
        }

        http.Tag(view.Plan);
        return TypedResults.Ok(Response(view));
    }

    /// <summary>The plan's settings as a PUT takes them: the representation a 412 carries as <c>current</c>.</summary>
    public static PlanRequest Settings(ReductionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Name, plan.BaseInventoryYearId, plan.FacilityId, plan.EndYear, plan.GrowthPercent, plan.DiscountRate, plan.HighLeakage);
    }

    public static async Task<Results<Created<PlanResponse>, ValidationProblem, ProblemHttpResult>> CreatePlanAsync(
        PlanRequest request, PlanService plans, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        var plan = new ReductionPlan { Id = Guid.CreateVersion7(), Name = "", CreatedAt = clock.GetUtcNow() };
        if (await ApplyAsync(plan, request, plans, [], cancellationToken) is { } invalid)
        {
            return invalid;
        }

        plans.Db.ReductionPlans.Add(plan);
        await plans.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/plans/{plan.Id}", Response((await plans.FindAsync(plan.Id, cancellationToken))!));
    }

    /// <summary>Replaces the plan's settings; with If-Match (or a page's version) a stale write is 412 with the current settings.</summary>
    public static async Task<Results<Ok<PlanResponse>, ValidationProblem, ProblemHttpResult>> UpdatePlanAsync(
        Guid id, PlanRequest request, HttpContext http, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(http);
        if (!plans.CanRead || await plans.Db.ReductionPlans.Include(p => p.Measures).SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return Problems.NotFound();
        }

        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (http.IsStale(plan))
        {
            return await EditVersions.StaleAsync(http, plans.Db, plan, Settings(plan), cancellationToken);
        }

        if (await ApplyAsync(plan, request, plans, plan.Measures, cancellationToken) is { } invalid)
        {
            plans.Db.ChangeTracker.Clear();
            return invalid;
        }

        if (await EditVersions.SaveAsync(http, plans.Db, plan, Settings, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(plan);
        return TypedResults.Ok(Response((await plans.FindAsync(id, cancellationToken))!));
    }

    /// <summary>Deletes a plan and its measures; 409 while a target still uses its pathway.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeletePlanAsync(Guid id, HttpContext http, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!plans.CanRead || await plans.Db.ReductionPlans.Include(p => p.Measures).SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return Problems.NotFound();
        }

        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (http.IsStale(plan))
        {
            return await EditVersions.StaleAsync(http, plans.Db, plan, Settings(plan), cancellationToken);
        }

        if (await plans.Db.EmissionTargets.AnyAsync(t => t.PlanId == id, cancellationToken))
        {
            return Problems.Conflict("有減量目標使用此計畫，請先在目標中移除。", "A target uses this plan; unlink it from the target first.");
        }

        plans.Db.ReductionPlans.Remove(plan);
        await plans.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationProblem?> ApplyAsync(ReductionPlan plan, PlanRequest request, PlanService plans, IEnumerable<PlanMeasure> measures,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200, required: true);
        var baseYear = request.BaseInventoryId is Guid inventoryId
            ? await plans.Db.InventoryYears.Where(y => y.Id == inventoryId).Select(y => (int?)y.Year).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (request.BaseInventoryId is null)
        {
            errors.Add("baseInventoryId", "請選擇基準盤查年度。", "Choose the base inventory.");
        }
        else if (baseYear is null)
        {
            errors.Add("baseInventoryId", "找不到此盤查年度。", "No such inventory in this organisation.");
        }

        if (request.FacilityId is Guid facilityId && !await plans.Db.Facilities.AnyAsync(f => f.Id == facilityId, cancellationToken))
        {
            errors.Add("facilityId", "找不到此廠區。", "No such facility in this organisation.");
        }

        if (request.EndYear is not int end)
        {
            errors.Add("endYear", "請填寫路徑終點年度。", "Enter the last year of the pathway.");
        }
        else if (baseYear is int b && (end <= b || end > b + MaxPathwayYears))
        {
            errors.Add("endYear", $"終點年度須晚於基準年 {b}，且最多 {MaxPathwayYears} 年。", $"The end year must be after the base year {b} and at most {MaxPathwayYears} years later.");
        }
        else if (baseYear is not null && measures.FirstOrDefault(m => m.StartYear > end) is { } late)
        {
            errors.Add("endYear", $"有措施自 {late.StartYear} 年開始，終點年度不可早於它。", $"A measure starts in {late.StartYear}; the end year cannot be before it.");
        }

        if (request.GrowthPercent is <= -100m or > 100m)
        {
            errors.Add("growthPercent", "年成長率須大於 −100 % 且不超過 100 %。", "The yearly growth must be above −100 % and at most 100 %.");
        }

        if (request.DiscountRate is < 0m or >= 1m)
        {
            errors.Add("discountRate", "折現率須為 0 到 1 之間的小數（例如 0.05），不可為負數。", "The discount rate must be a fraction in [0, 1), e.g. 0.05; it cannot be negative.");
        }

        if (baseYear is int d && measures.FirstOrDefault(m => m.StartYear <= d) is { } early)
        {
            errors.Add("baseInventoryId", $"有措施自 {early.StartYear} 年開始，基準年須早於它。", $"A measure starts in {early.StartYear}; the base year must be before it.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        (plan.Name, plan.BaseInventoryYearId, plan.FacilityId, plan.EndYear) = (name!, request.BaseInventoryId!.Value, request.FacilityId, request.EndYear!.Value);
        (plan.GrowthPercent, plan.DiscountRate, plan.HighLeakage) = (request.GrowthPercent ?? 0m, request.DiscountRate ?? 0.05m, request.HighLeakage ?? false);
        return null;
    }

    internal static PlanResponse Response(PlanView view)
    {
        var p = view.Plan;
        return new PlanResponse(p.Id, p.Name, p.BaseInventoryYearId, view.BaseInventory.Year, p.FacilityId, view.FacilityName, p.EndYear, p.GrowthPercent,
            p.DiscountRate, p.HighLeakage, view.BaseEmissions.Tonnes, view.BaseComplete, view.Measures.Select(Response).ToList());
    }

    internal static PlanMeasureResponse Response(MeasureView m)
    {
        var r = m.Result;
        return new PlanMeasureResponse(m.Measure.Id, m.Measure.Kind, m.Measure.Label, m.Parameters, m.Measure.StartYear, m.Measure.LifetimeYears,
            m.Measure.ImplementedOn, r?.Co2e.Tonnes, r?.CostSavedNtd, r?.NetInvestmentNtd, r?.PaybackYears, r?.NpvNtd, r?.Irr,
            r?.Savings.Select(PlanCarrierSaving.From).ToList() ?? [], m.Problems,
            r?.Flows, r?.IrrAnalysis?.Status.ToString().ToLowerInvariant(), r?.IrrAnalysis?.Rates, r?.DiscountedPaybackYears, r?.Mirr, m.Measure.RowVersion);
    }
}
