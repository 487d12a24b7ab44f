using System.Text.RegularExpressions;

namespace Tanpan.Web.Features.Cbam;

/// <summary>
/// The Chinese words of a Core trace line's source (Core writes sources once, in English: the regulation's own names and
/// the equation). Equations and symbols stay as they are; a source not known here is shown as Core wrote it.
/// </summary>
public static partial class CbamTraceText
{
    private static readonly (string En, string Zh)[] Phrases =
    [
        ("IR (EU) 2025/2547 Eq. 55", "執行規則 (EU) 2025/2547 式 55"),
        ("IR (EU) 2025/2547 Annex II F (zero embedded emissions)", "執行規則 (EU) 2025/2547 附件二 F（隱含排放為零）"),
        ("IR (EU) 2025/2621 Annex I (corrected by 2026/1740)", "執行規則 (EU) 2025/2621 附件一（經 2026/1740 更正）"),
        ("'Other countries and territories' row", "「其他國家與地區」列"),
        ("direct + indirect (not an Annex II good)", "直接 + 間接（非附件二貨品）"),
        ("direct only (Regulation (EU) 2023/956 Annex II good)", "僅計直接（規則 (EU) 2023/956 附件二貨品）"),
        ("(kg CO2e/kg = t/t, counted as direct)", "（kg CO2e/kg = t/t，計為直接）"),
        ("AL = gross output − excluded", "AL = 總產出 − 排除量"),
        ("MWh × factor", "MWh × 係數"),
        ("(no mark-up)", "（不加成）"),
        ("facility inventory", "廠區盤查"),
        ("user entry", "使用者輸入"),
        ("PACT footprint", "PACT 碳足跡"),
        ("supplier", "供應商"),
        (" row ", " 列 "),
    ];

    public static string Zh(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var (en, zh) in Phrases)
        {
            source = source.Replace(en, zh, StringComparison.Ordinal);
        }

        return NoValueFor().Replace(source, "（$1 無數值）");
    }

    [GeneratedRegex(@"\(no value for ([A-Z]{2})\)")]
    private static partial Regex NoValueFor();
}
