using Tanpan.Core.Units;

namespace Tanpan.Core.ActionPlans;

/// <summary>
/// Seed 002's report tables computed from an <see cref="ActionPlan"/>: 表2 (<see cref="ByPolicy"/>), 表3
/// (<see cref="ByAgency"/>), 表5 (<see cref="Budgets"/>), 表6 (<see cref="Emissions"/>), the intensity indicator, the
/// year's reduction of the 實質減量 measures (「110 年措施總減碳量」) and the people trained (「完成 431 人次培訓」).
/// </summary>
public sealed record ActionPlanTables(
    ActionPlan Plan,
    IReadOnlyList<ExecutionRow> ByPolicy,
    ExecutionRow PolicyTotal,
    IReadOnlyList<ExecutionRow> ByAgency,
    ExecutionRow AgencyTotal,
    IReadOnlyList<BudgetRow> Budgets,
    BudgetRow BudgetTotal,
    IReadOnlyList<EmissionsRow> Emissions,
    Co2e Reduction,
    int PeopleTrained,
    int Sessions)
{
    /// <summary>The measures of a policy area in plan order (表4 and the 附件).</summary>
    public IEnumerable<ActionMeasure> MeasuresOf(string policyCode) => Plan.Measures.Where(m => m.PolicyCode == policyCode);
}
