using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanpan.Core.ActionPlans;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActionPlanReport;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.ActionPlans;

/// <summary>
/// The organisation's sector action plans (docs/action-plans.md): one per report year, imported from the action-plan CSV
/// and edited measure by measure. Owners and editors write, viewers read, verifiers see none. Every query goes through
/// the tenant filter, so another organisation's plan is simply not found. An import replaces the year's plan in one
/// save, or saves nothing.
/// </summary>
public sealed partial class ActionPlanService(AppDbContext db, TenantContext tenant, TimeProvider clock)
{
    public bool CanRead => tenant.CanRead();

    public bool CanWrite => tenant.CanWrite();

    public async Task<List<SectorActionPlan>> ListAsync(CancellationToken cancellationToken) =>
        CanRead ? await db.SectorActionPlans.AsNoTracking().OrderByDescending(p => p.Year).ToListAsync(cancellationToken) : [];

    /// <summary>The plan with its rows as Core sees it, or null (not found, or the member may not read plans).</summary>
    public async Task<LoadedActionPlan?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.SectorActionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return null;
        }

        var policies = await db.SectorPlanPolicies.AsNoTracking().Where(p => p.PlanId == id).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var measures = await db.SectorPlanMeasures.AsNoTracking().Where(m => m.PlanId == id).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var emissions = await db.SectorPlanEmissions.AsNoTracking().Where(e => e.PlanId == id).ToListAsync(cancellationToken);
        var intensity = await db.SectorPlanIntensities.AsNoTracking().Where(i => i.PlanId == id).OrderBy(i => i.Year).ToListAsync(cancellationToken);
        var core = ActionPlanMapping.ToCore(plan, policies, measures, emissions, intensity);
        return new LoadedActionPlan(plan, measures, core, ActionPlanCalculator.Report(core));
    }

    /// <summary>
    /// Reads an action-plan CSV and, when it has no problem, saves it as the plan of its report year (replacing that
    /// year's plan and every row of it). Problems come back with nothing saved.
    /// </summary>
    public async Task<ActionPlanImport> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!CanWrite)
        {
            return new ActionPlanImport(null, [], CanRead ? Problems.ReadOnly() : Problems.NotFound());
        }

        var read = await ActionPlanFile.ReadAsync(content, cancellationToken);
        if (read.Plan is not { } plan)
        {
            return new ActionPlanImport(null, read.Issues, null);
        }

        if (await db.SectorActionPlans.SingleOrDefaultAsync(p => p.Year == plan.ReportYear, cancellationToken) is { } old)
        {
            await RemoveAsync(old, cancellationToken);
        }

        var entity = new SectorActionPlan
        {
            Id = Guid.CreateVersion7(), Year = plan.ReportYear, Sector = plan.Sector, ImportedAt = clock.GetUtcNow(),
            SourceFile = Path.GetFileName(fileName) is { Length: > 0 } name ? name[..Math.Min(name.Length, 200)] : null,
        };
        db.SectorActionPlans.Add(entity);
        db.AddRange(ActionPlanMapping.Rows(entity.Id, plan));
        await db.SaveChangesAsync(cancellationToken);
        return new ActionPlanImport(entity.Id, [], null);
    }

    /// <summary>Deletes a plan with all its rows.</summary>
    public async Task<ProblemHttpResult?> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanRead || await db.SectorActionPlans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return Problems.NotFound();
        }

        if (!CanWrite)
        {
            return Problems.ReadOnly();
        }

        await RemoveAsync(plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Marks the plan and every row of it deleted (each row through the change tracker, so the audit trail has it).</summary>
    private async Task RemoveAsync(SectorActionPlan plan, CancellationToken cancellationToken)
    {
        db.SectorPlanMeasures.RemoveRange(await db.SectorPlanMeasures.Where(m => m.PlanId == plan.Id).ToListAsync(cancellationToken));
        db.SectorPlanPolicies.RemoveRange(await db.SectorPlanPolicies.Where(p => p.PlanId == plan.Id).ToListAsync(cancellationToken));
        db.SectorPlanEmissions.RemoveRange(await db.SectorPlanEmissions.Where(e => e.PlanId == plan.Id).ToListAsync(cancellationToken));
        db.SectorPlanIntensities.RemoveRange(await db.SectorPlanIntensities.Where(i => i.PlanId == plan.Id).ToListAsync(cancellationToken));
        db.SectorActionPlans.Remove(plan);
    }
}

/// <summary>A plan as stored, its measure rows (for their ids and versions), the Core plan and its computed tables.</summary>
public sealed record LoadedActionPlan(SectorActionPlan Plan, IReadOnlyList<SectorPlanMeasure> Measures, ActionPlan Core, ActionPlanTables Tables);

/// <summary>The outcome of an import: the saved plan's id, or the file's problems, or a refusal.</summary>
public sealed record ActionPlanImport(Guid? PlanId, IReadOnlyList<ActivityIssue> Issues, ProblemHttpResult? Refusal);
