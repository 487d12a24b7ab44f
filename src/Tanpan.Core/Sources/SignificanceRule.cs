namespace Tanpan.Core.Sources;

/// <summary>
/// Tanpan's one definition of a significant source (重大排放源), used by the source form, the register page, the summary
/// and the 清冊 sheet 2.1 alike, however the source arrived (typed, imported, guided):
/// <list type="bullet">
/// <item>ISO 14064-1 categories 1 and 2 (direct and imported-energy indirect emissions) are always significant: the MOENV
/// 溫室氣體排放量盤查作業指引 (113年版) and the 溫室氣體排放量盤查登錄及查驗管理辦法 require them to be inventoried and
/// quantified in full; significance criteria are for the other indirect categories (ISO 14064-1:2018 §5.2.3).</item>
/// <item>Categories 3–6: significant when required by law or a customer, or when S = R × C × P ≥ <see cref="Threshold"/>,
/// with R 排放量 (emission size), C 控制程度 (the organisation's control over it) and P 數據取得 (data availability),
/// each scored 1–5. The guidance leaves the scoring to the organisation's procedure; this is the one Tanpan applies.</item>
/// <item>Every source has R, C and P however it arrived: a factor the organisation scored is kept; a factor it did not
/// score is derived by <see cref="Assess"/> (自動評分) — R from the source's share of the inventory total, C from its
/// category, P from its data-source method's A1 × A2 as sheet 4 grades it — recomputed whenever the figures change.
/// Reading chosen where ISO 14064-1:2018 §5.2.3 leaves the criteria to the organisation: docs/register-format.md
/// ("Significance").</item>
/// </list>
/// </summary>
public static partial class SignificanceRule
{
    /// <summary>S at or above this makes a category 3–6 source significant.</summary>
    public const int Threshold = 10;

    /// <summary>True when the source is significant by the rule above; <paramref name="score"/> is null until R, C and P are all scored.</summary>
    public static bool IsSignificant(int category, int? score, bool requiredByLawOrCustomer) =>
        category is 1 or 2 || requiredByLawOrCustomer || score >= Threshold;

    /// <summary>Why, in both languages: mandatory (categories 1–2), required, by score, or not significant.</summary>
    public static (string Zh, string En) Reason(int category, int? score, bool requiredByLawOrCustomer) =>
        category is 1 or 2 ? ("類別 1、2 必須量化", "categories 1–2 are always quantified")
        : requiredByLawOrCustomer ? ("法規或客戶要求", "required by law or a customer")
        : score >= Threshold ? ($"S ≥ {Threshold}", $"S ≥ {Threshold}")
        : score is null ? ("尚未評分", "not scored yet")
        : ($"S < {Threshold}", $"S < {Threshold}");
}
