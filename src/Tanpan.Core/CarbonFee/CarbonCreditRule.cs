namespace Tanpan.Core.CarbonFee;

/// <summary>
/// How one kind of credit counts (碳費收費辦法 §9–§10, <c>data/carbon-fee/credits.csv</c>): tonnes deducted = tonnes held ×
/// <see cref="Multiplier"/> (the article's 扣除比率), within the cap of its group (<see cref="Foreign"/>: 國外 5 % of chargeable
/// emissions, §10; otherwise 國內 10 %, §9 第1項). <see cref="HighLeakageAllowed"/> false refuses the kind for a plant recognised as
/// high-leakage (§9 第1項第2款, §10); <see cref="LastYear"/> is the last emission year the kind may be deducted, if any (§9 第2項).
/// <see cref="IncreaseOffsetAllowed"/>: the kind may be deducted from the annual emissions under §7 (增量抵換) at the same ratio.
/// </summary>
public sealed record CarbonCreditRule(
    CarbonCreditKind Kind,
    string NameZh,
    decimal Multiplier,
    bool Foreign,
    bool HighLeakageAllowed,
    int? LastYear,
    bool IncreaseOffsetAllowed,
    string Article,
    string ArticleEn,
    string Confidence);
