namespace Tanpan.Core.Sources;

/// <summary>
/// ISO 14064-1:2018 categories 1–6 and their GHG Protocol scopes (category 1 → scope 1, 2 → scope 2,
/// 3–6 → scope 3). Names as used by MOENV/BSMI (CNS 14064-1); mapping per clause 5.2.4.
/// </summary>
public static class IsoCategories
{
    public const int First = 1;
    public const int Last = 6;

    public static int Scope(int category) => category switch
    {
        1 => 1,
        2 => 2,
        >= 3 and <= 6 => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "ISO 14064-1 categories are 1 to 6."),
    };

    public static string NameZh(int category) => category switch
    {
        1 => "直接溫室氣體排放與移除",
        2 => "輸入能源之間接溫室氣體排放",
        3 => "運輸之間接溫室氣體排放",
        4 => "組織使用產品之間接溫室氣體排放",
        5 => "使用組織產品之間接溫室氣體排放",
        6 => "其他來源之間接溫室氣體排放",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static string NameEn(int category) => category switch
    {
        1 => "Direct GHG emissions and removals",
        2 => "Indirect GHG emissions from imported energy",
        3 => "Indirect GHG emissions from transportation",
        4 => "Indirect GHG emissions from products used by the organization",
        5 => "Indirect GHG emissions associated with the use of products from the organization",
        6 => "Indirect GHG emissions from other sources",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
