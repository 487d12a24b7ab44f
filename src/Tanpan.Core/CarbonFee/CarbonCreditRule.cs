namespace Tanpan.Core.CarbonFee;

/// <summary>
/// How one kind of credit counts (碳費收費辦法 §9–§11, <c>data/carbon-fee/credits.csv</c>): tonnes deducted = tonnes held ×
/// <see cref="Multiplier"/> (or <see cref="MultiplierHighLeakage"/> for a high-leakage plant), within the cap of its group
/// (<see cref="Foreign"/>: 國外 5 %, otherwise 國內 10 % of chargeable emissions). <see cref="HighLeakageAllowed"/> false
/// excludes the kind for high-leakage plants; <see cref="LastYear"/> is the last emission year the kind may be used, if any.
/// </summary>
public sealed record CarbonCreditRule(
    CarbonCreditKind Kind,
    string NameZh,
    decimal Multiplier,
    decimal? MultiplierHighLeakage,
    bool Foreign,
    bool HighLeakageAllowed,
    int? LastYear,
    string Article,
    string Confidence);
