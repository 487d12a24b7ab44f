using Tanpan.Core.Units;

namespace Tanpan.Core.ActionPlans;

/// <summary>
/// One row of seed 002's 表6 (「105-109 年製造部門階段管制目標值與排放值差異表」): the year's target and emissions, and
/// the period's cumulative target and emissions from the first year of the series (第一期累計). <see cref="Gap"/> and
/// <see cref="CumulativeGap"/> (emissions − target; negative = under target) are the 差異 the title names but the seed
/// leaves to the reader.
/// </summary>
public sealed record EmissionsRow(int Year, Co2e Target, Co2e Emissions, Co2e CumulativeTarget, Co2e CumulativeEmissions)
{
    public Co2e Gap => Emissions - Target;

    public Co2e CumulativeGap => CumulativeEmissions - CumulativeTarget;

    /// <summary>The year's emissions at or under its target (107 年: 150.8 &gt; 148.3, not met).</summary>
    public bool Met => Emissions <= Target;

    public bool CumulativeMet => CumulativeEmissions <= CumulativeTarget;
}
