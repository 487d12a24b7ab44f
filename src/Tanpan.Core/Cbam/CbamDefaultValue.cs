namespace Tanpan.Core.Cbam;

/// <summary>
/// A default value of Commission Implementing Regulation (EU) 2025/2621 Annex I (as corrected by (EU) 2026/1740) for
/// a good of a country of origin, before the mark-up, in t CO₂e per t. <see cref="IsFallback"/> is true when the
/// country's row is blank and the "Other countries and territories" row applies.
/// </summary>
/// <param name="Requested">The code asked for.</param>
/// <param name="Line">The table line that holds the value (the requested code or the heading/subheading containing it).</param>
/// <param name="Description">The line's description as transcribed (a shortened English slug).</param>
/// <param name="Category">The CBAM goods category (Reg. 2023/956 Annex I).</param>
/// <param name="Origin">Country of origin asked for (ISO 3166 alpha-2, "TW").</param>
/// <param name="Direct">Default direct SEE.</param>
/// <param name="Indirect">Default indirect SEE, null where the table has none (Annex II goods).</param>
/// <param name="Total">The table's total column (may differ from direct + indirect by the table's own rounding).</param>
/// <param name="Route">Production route letter printed with the value (A, B, C, C/F, F, K, L), or null.</param>
/// <param name="IsFallback">The "Other countries and territories" row was used because the origin's row is blank.</param>
/// <param name="IndirectCounts">Whether indirect emissions count for this good in the definitive period.</param>
public sealed record CbamDefaultValue(
    CnCode Requested,
    CnCode Line,
    string Description,
    CbamGoodsCategory Category,
    string Origin,
    decimal Direct,
    decimal? Indirect,
    decimal Total,
    string? Route,
    bool IsFallback,
    bool IndirectCounts)
{
    /// <summary>The SEE that counts, before mark-up: the total where indirect emissions count, else the direct value.</summary>
    public decimal Applicable => IndirectCounts ? Total : Direct;

    /// <summary>Where the value comes from, in English (the regulation's own words for the row).</summary>
    public string SourceEn => IsFallback
        ? $"IR (EU) 2025/2621 Annex I (corrected by 2026/1740), 'Other countries and territories' row {Line} (no value for {Origin})"
        : $"IR (EU) 2025/2621 Annex I (corrected by 2026/1740), {Origin} row {Line}";

    public string SourceZh => IsFallback
        ? $"執行規則 (EU) 2025/2621 附件一（經 2026/1740 更正），「其他國家與地區」列 {Line}（{Origin} 無數值）"
        : $"執行規則 (EU) 2025/2621 附件一（經 2026/1740 更正），{Origin} 列 {Line}";
}
