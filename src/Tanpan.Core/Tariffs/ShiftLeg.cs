using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>The energy moved to one period: share, energy (= total × share), rate and cost (exact).</summary>
public sealed record ShiftLeg(TouPeriod Period, decimal Share, Quantity<Energy> Energy, EnergyPrice Price, Quantity<Money> Cost);
