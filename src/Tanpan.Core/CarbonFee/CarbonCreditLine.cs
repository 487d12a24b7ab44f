namespace Tanpan.Core.CarbonFee;

/// <summary>One kind of credit as counted for an estimate: tonnes held × multiplier = tonnes counted (before the cap).</summary>
public sealed record CarbonCreditLine(CarbonCreditKind Kind, decimal HeldT, decimal Multiplier, decimal CountedT, bool Foreign);
