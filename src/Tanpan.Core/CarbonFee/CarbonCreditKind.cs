namespace Tanpan.Core.CarbonFee;

/// <summary>
/// The kinds of reduction credit (減量額度) a payer may deduct from its chargeable emissions (碳費收費辦法 §9, §10; cancelled with the
/// filing, §11) or, the domestic ones, from its annual emissions for an emissions-increase offset (§7);
/// the multiplier, cap and exclusions of each are data (<c>data/carbon-fee/credits.csv</c>, <see cref="CarbonCreditRule"/>).
/// </summary>
public enum CarbonCreditKind
{
    /// <summary>自願減量專案減量額度 (溫室氣體自願減量專案管理辦法; ratio 1.2, §9 第1項第1款).</summary>
    Voluntary,

    /// <summary>抵換專案減量額度 (溫室氣體抵換專案管理辦法; ratio 1.2, §9 第1項第1款).</summary>
    Offset,

    /// <summary>先期專案減量額度 (ratio 0.3, not for high-leakage plants, emission years 2025–2027; §9 第1項第2款, 第2項).</summary>
    EarlyAction,

    /// <summary>國外減量額度 recognised by MOENV (氣候變遷因應法 §27; cap 5 %, not for high-leakage plants, §10).</summary>
    Foreign,
}
