using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>The part of a window in one period: hours a day, energy over all the days, rate and cost (exact).</summary>
public sealed record BlockLeg(TouPeriod Period, decimal Hours, Quantity<Energy> Energy, EnergyPrice Price, Quantity<Money> Cost);
