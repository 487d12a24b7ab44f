namespace Tanpan.Core.CarbonFee;

/// <summary>Credits of one kind a plant holds for the year, in t CO₂e as issued (before the kind's multiplier), ≥ 0.</summary>
public sealed record CarbonCredit(CarbonCreditKind Kind, decimal Tonnes);
