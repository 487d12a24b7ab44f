using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>The part of a window in one period: hours a day, kWh over all the days, rate NT$/kWh and cost (exact).</summary>
public sealed record BlockLeg(TouPeriod Period, decimal Hours, decimal Kwh, decimal NtdPerKwh, Quantity<Money> Cost);
