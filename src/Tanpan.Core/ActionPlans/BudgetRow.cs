using Tanpan.Core.Units;

namespace Tanpan.Core.ActionPlans;

/// <summary>
/// One row of seed 002's 表5: the policy area, its planned budget for the plan period (A), the money spent in the
/// report year (B, the sum of its measures' <see cref="ActionMeasure.Spent"/>) and 執行率 = B ÷ A.
/// </summary>
public sealed record BudgetRow(string Key, string Label, Quantity<Money>? Planned, Quantity<Money> Spent)
{
    /// <summary>B ÷ A as an exact fraction; null without a planned budget (or a zero one).</summary>
    public decimal? Rate => Planned is { } planned && planned.BaseValue != 0m ? Spent.BaseValue / planned.BaseValue : null;

    /// <summary>B in whole 萬元 as 表5 prints it: the fraction dropped (62,030.0125 → 62,030; 138,712.66 → 138,712).</summary>
    public decimal SpentTenThousands => decimal.Truncate(Spent.BaseValue / ActionPlanUnits.TenThousand);

    /// <summary>A in 萬元 (exact), null when not given.</summary>
    public decimal? PlannedTenThousands => Planned is { } planned ? planned.BaseValue / ActionPlanUnits.TenThousand : null;
}
