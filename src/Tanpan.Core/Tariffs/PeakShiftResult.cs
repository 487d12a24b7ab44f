using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// What moving <see cref="Energy"/> out of <see cref="From"/> changes in the energy charge, with the plan
/// and rates used. Amounts are exact; round only for display (<see cref="Rounding"/>, whole NT$).
/// Demand charges are not included.
/// </summary>
public sealed record PeakShiftResult(
    string PlanId,
    string PlanVersion,
    Voltage Voltage,
    Season Season,
    DayType Day,
    Quantity<Energy> Energy,
    TouPeriod From,
    EnergyPrice FromPrice,
    IReadOnlyList<ShiftLeg> To,
    Quantity<Money> CostBefore,
    Quantity<Money> CostAfter)
{
    /// <summary>Cost before − cost after; negative when the move costs more.</summary>
    public Quantity<Money> Savings => CostBefore - CostAfter;
}
