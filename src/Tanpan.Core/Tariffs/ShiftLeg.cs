using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>The energy moved to one period: share, kWh (= total × share), rate NT$/kWh and cost (exact).</summary>
public sealed record ShiftLeg(TouPeriod Period, decimal Share, decimal Kwh, decimal NtdPerKwh, Quantity<Money> Cost);
