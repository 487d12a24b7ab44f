using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;
using Tanpan.Web.Infrastructure.Concurrency;

namespace Tanpan.Web.Features.Plans;

/// <summary>Reduction targets: CRUD and the yearly table of target vs actual vs plan (mapped by <see cref="PlansApi.MapPlansApi"/>).</summary>
public static class TargetsApi
{
    private static readonly int[] DefaultScopes = [1, 2];

    public static async Task<Results<Ok<List<TargetResponse>>, ProblemHttpResult>> ListTargetsAsync(PlanService plans, CancellationToken cancellationToken)
    {
        if (!plans.CanRead)
        {
            return Problems.NotFound();
        }

        var targets = await plans.Db.EmissionTargets.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(targets.OrderBy(t => t.Name, StringComparer.Ordinal).Select(Response).ToList());
    }

    /// <summary>The target; the <c>ETag</c> is its version (If-Match on its PUT and DELETE).</summary>
    public static async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> GetTargetAsync(Guid id, HttpContext http, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await FindAsync(id, plans, cancellationToken) is not { } target)
        {
            return Problems.NotFound();
        }

        http.Tag(target);
        return TypedResults.Ok(Response(target));
    }

    public static async Task<Results<Created<TargetResponse>, ValidationProblem, ProblemHttpResult>> CreateTargetAsync(
        TargetRequest request, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        var target = new EmissionTarget { Id = Guid.CreateVersion7(), Name = "", Scopes = "1,2" };
        if (await ApplyAsync(target, request, plans, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        plans.Db.EmissionTargets.Add(target);
        await plans.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/targets/{target.Id}", Response(target));
    }

    public static async Task<Results<Ok<TargetResponse>, ValidationProblem, ProblemHttpResult>> UpdateTargetAsync(
        Guid id, TargetRequest request, HttpContext http, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(http);
        if (!plans.CanRead || await plans.Db.EmissionTargets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } target)
        {
            return Problems.NotFound();
        }

        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (http.IsStale(target))
        {
            return await EditVersions.StaleAsync(http, plans.Db, target, Response(target), cancellationToken);
        }

        if (await ApplyAsync(target, request, plans, cancellationToken) is { } invalid)
        {
            plans.Db.ChangeTracker.Clear();
            return invalid;
        }

        if (await EditVersions.SaveAsync(http, plans.Db, target, Response, cancellationToken) is { } stale)
        {
            return stale;
        }

        http.Tag(target);
        return TypedResults.Ok(Response(target));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTargetAsync(Guid id, HttpContext http, PlanService plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!plans.CanRead || await plans.Db.EmissionTargets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } target)
        {
            return Problems.NotFound();
        }

        if (!plans.CanWrite)
        {
            return Problems.ReadOnly();
        }

        if (http.IsStale(target))
        {
            return await EditVersions.StaleAsync(http, plans.Db, target, Response(target), cancellationToken);
        }

        plans.Db.EmissionTargets.Remove(target);
        await plans.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<TargetTableResponse>, ProblemHttpResult>> GetTableAsync(
        Guid id, PlanService plans, InventoryEmissions emissions, CancellationToken cancellationToken) =>
        await FindAsync(id, plans, cancellationToken) is { } target
            ? TypedResults.Ok(await TableAsync(target, plans, emissions, cancellationToken))
            : Problems.NotFound();

    /// <summary>
    /// Actual = the chosen scopes of the inventory of each year (÷ its output for intensity; none without output); the base
    /// value is the base year's actual; the plan column is the linked plan's pathway (absolute targets only).
    /// </summary>
    public static async Task<TargetTableResponse> TableAsync(EmissionTarget target, PlanService plans, InventoryEmissions emissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(emissions);
        var scopes = Scopes(target.Scopes);
        var actual = new Dictionary<int, decimal>();
        string? unit = null;
        foreach (var head in (await emissions.HeadsAsync(cancellationToken)).Where(h => h.Year >= target.BaseYear && h.Year <= target.TargetYear))
        {
            if ((await emissions.EmissionsAsync(head, scopes, null, null, cancellationToken))?.Tonnes is not { } tonnes)
            {
                continue;
            }

            if (target.Kind == TargetKind.Absolute)
            {
                actual[head.Year] = tonnes;
            }
            else if (head.OutputQuantity > 0m)
            {
                actual[head.Year] = tonnes / head.OutputQuantity.Value;
                unit ??= head.OutputUnit;
            }
        }

        var plan = new Dictionary<int, decimal>();
        if (target.Kind == TargetKind.Absolute && target.PlanId is Guid planId && await plans.FindAsync(planId, cancellationToken) is { } view)
        {
            foreach (var year in PlanAnalysis.Pathway(view))
            {
                plan[year.Year] = year.Plan.Tonnes;
            }
        }

        decimal? baseValue = actual.TryGetValue(target.BaseYear, out var b) ? b : null;
        var path = new TargetPath(target.BaseYear, target.TargetYear, baseValue, target.AnnualReductionPercent, Milestones(target.MilestonesJson));
        var rows = TargetTable.Build(path, actual, plan, cumulative: target.Kind == TargetKind.Absolute);
        return new TargetTableResponse(Response(target), baseValue, unit, rows);
    }

    private static async Task<EmissionTarget?> FindAsync(Guid id, PlanService plans, CancellationToken cancellationToken) =>
        plans.CanRead ? await plans.Db.EmissionTargets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;

    private static async Task<ValidationProblem?> ApplyAsync(EmissionTarget target, TargetRequest request, PlanService plans, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200, required: true);
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "請選擇絕對量或密集度目標。", "Choose an absolute or an intensity target.");
        }

        if (request.BaseYear is not (>= 1990 and <= 2100))
        {
            errors.Add("baseYear", "基準年須為 1990–2100 的西元年。", "The base year must be a year from 1990 to 2100.");
        }

        if (request.TargetYear is not int targetYear || targetYear > 2100)
        {
            errors.Add("targetYear", "目標年須為 2100 年（含）以前的西元年。", "The target year must be a year up to 2100.");
        }
        else if (request.BaseYear is int baseYear && targetYear <= baseYear)
        {
            errors.Add("targetYear", $"目標年須晚於基準年 {baseYear}。", $"The target year must be after the base year {baseYear}.");
        }

        var milestones = new Dictionary<int, decimal>();
        if (request.AnnualReductionPercent is { } percent && request.Milestones is { Count: > 0 })
        {
            errors.Add("annualReductionPercent", "請擇一：每年減量百分比或里程碑。", "Give either a yearly reduction percentage or milestones, not both.");
        }
        else if (request.AnnualReductionPercent is { } p && p is < 0m or > 100m)
        {
            errors.Add("annualReductionPercent", "每年減量百分比須在 0 到 100 之間，不可為負數。", "The yearly reduction percentage must be from 0 to 100; it cannot be negative.");
        }
        else if (request.AnnualReductionPercent is null && request.Milestones is not { Count: > 0 })
        {
            errors.Add("annualReductionPercent", "請填寫每年減量百分比（例如 4.2）或里程碑。", "Enter a yearly reduction percentage (e.g. 4.2) or milestones.");
        }

        foreach (var (key, value) in request.Milestones ?? [])
        {
            if (!int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                || year <= request.BaseYear || year > request.TargetYear)
            {
                errors.Add("milestones", $"里程碑年度「{key}」須在基準年之後、目標年（含）之前。", $"Milestone year '{key}' must be after the base year and no later than the target year.");
            }
            else if (value < 0m)
            {
                errors.Add("milestones", $"{year} 年的里程碑不可為負數。", $"The milestone for {year} cannot be negative.");
            }
            else
            {
                milestones[year] = value;
            }
        }

        var scopes = request.Scopes is { Count: > 0 } given ? given.Distinct().Order().ToList() : [.. DefaultScopes];
        if (scopes.Any(s => s is < 1 or > 6))
        {
            errors.Add("scopes", "範疇（類別）須為 1 到 6。", "Scopes (categories) must be 1 to 6.");
        }

        if (request.PlanId is Guid planId && !await plans.Db.ReductionPlans.AnyAsync(x => x.Id == planId, cancellationToken))
        {
            errors.Add("planId", "找不到此減碳計畫。", "No such plan in this organisation.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        (target.Name, target.Kind, target.BaseYear, target.TargetYear) = (name!, request.Kind!.Value, request.BaseYear!.Value, request.TargetYear!.Value);
        target.AnnualReductionPercent = request.AnnualReductionPercent;
        target.MilestonesJson = milestones.Count == 0 ? null : JsonSerializer.Serialize(milestones.OrderBy(m => m.Key).ToDictionary(m => m.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), m => m.Value));
        (target.Scopes, target.PlanId) = (string.Join(',', scopes), request.PlanId);
        return null;
    }

    internal static TargetResponse Response(EmissionTarget t) =>
        new(t.Id, t.Name, t.Kind, t.BaseYear, t.TargetYear, t.AnnualReductionPercent, Milestones(t.MilestonesJson), Scopes(t.Scopes), t.PlanId, t.RowVersion);

    internal static Dictionary<int, decimal> Milestones(string? json) =>
        json is null ? [] : (JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? []).ToDictionary(
            m => int.Parse(m.Key, System.Globalization.CultureInfo.InvariantCulture), m => m.Value);

    internal static List<int> Scopes(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];
}
