using Tanpan.Core.Units;

namespace Tanpan.Core.ActionPlans;

/// <summary>
/// Computes seed 002's tables (製造部門溫室氣體排放管制行動方案 110 年成果報告) from a plan. Pure: the same plan gives the
/// same report. Rows keep the plan's order (policies as listed, agencies in the order their first measure appears).
/// </summary>
public static class ActionPlanCalculator
{
    /// <summary>The label of the total row (總計) — the seed's word; pages translate it.</summary>
    public const string TotalKey = "總計";

    public static ActionPlanTables Report(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byPolicy = plan.Policies.Select(p => Row(p.Code, p.Name, plan.Measures.Where(m => m.PolicyCode == p.Code))).ToList();
        var agencies = plan.Measures.Select(m => m.Agency).Distinct(StringComparer.Ordinal).ToList();
        var byAgency = agencies.Select(a => Row(a, a, plan.Measures.Where(m => m.Agency == a))).ToList();
        var total = Row(TotalKey, TotalKey, plan.Measures);

        var budgets = plan.Policies.Select(p => new BudgetRow(p.Code, p.Name, p.PlannedBudget, Sum(plan.Measures.Where(m => m.PolicyCode == p.Code)))).ToList();
        var planned = plan.Policies.All(p => p.PlannedBudget is null)
            ? (Quantity<Money>?)null
            : plan.Policies.Aggregate(Quantity<Money>.Zero, (sum, p) => sum + (p.PlannedBudget ?? Quantity<Money>.Zero));
        var budgetTotal = new BudgetRow(TotalKey, TotalKey, planned, Sum(plan.Measures));

        var reduction = plan.Measures.Where(m => m.Kind == MeasureKind.Reduction)
            .Aggregate(Co2e.Zero, (sum, m) => sum + (m.Reduction ?? Co2e.Zero));
        return new ActionPlanTables(plan, byPolicy, total, byAgency, total, budgets, budgetTotal, Cumulate(plan.Emissions), reduction,
            plan.Measures.Sum(m => m.People ?? 0), plan.Measures.Sum(m => m.Sessions ?? 0));
    }

    /// <summary>表6: the years in order, each with the running totals from the first year of the series.</summary>
    public static IReadOnlyList<EmissionsRow> Cumulate(IEnumerable<SectorEmissions> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var rows = new List<EmissionsRow>();
        var target = Co2e.Zero;
        var emitted = Co2e.Zero;
        foreach (var year in years.OrderBy(y => y.Year))
        {
            target += year.Target;
            emitted += year.Emissions;
            rows.Add(new EmissionsRow(year.Year, year.Target, year.Emissions, target, emitted));
        }

        return rows;
    }

    private static ExecutionRow Row(string key, string label, IEnumerable<ActionMeasure> measures)
    {
        var list = measures.ToList();
        return new ExecutionRow(key, label,
            ExecutionTally.Of(list.Where(m => m.Kind == MeasureKind.Reduction)),
            ExecutionTally.Of(list.Where(m => m.Kind == MeasureKind.CapacityBuilding)),
            list.Count);
    }

    private static Quantity<Money> Sum(IEnumerable<ActionMeasure> measures) =>
        measures.Aggregate(Quantity<Money>.Zero, (sum, m) => sum + m.Spent);
}
