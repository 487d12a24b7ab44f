using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// What moving a load block of <see cref="Kw"/> from <see cref="FromWindow"/> to <see cref="ToWindow"/> on
/// <see cref="Days"/> days changes in the energy charge: the kWh, rate and cost of each period before and after.
/// <see cref="Energy"/> = kW × hours × days. Amounts are exact; round only for display. Demand charges are not included.
/// </summary>
public sealed record BlockShiftResult(
    string PlanId,
    string PlanVersion,
    Voltage Voltage,
    Season Season,
    DayType Day,
    decimal Kw,
    int Days,
    string FromWindow,
    string ToWindow,
    Quantity<Energy> Energy,
    IReadOnlyList<BlockLeg> Before,
    IReadOnlyList<BlockLeg> After,
    Quantity<Money> CostBefore,
    Quantity<Money> CostAfter)
{
    /// <summary>Cost before − cost after; negative when the move costs more.</summary>
    public Quantity<Money> Savings => CostBefore - CostAfter;
}
