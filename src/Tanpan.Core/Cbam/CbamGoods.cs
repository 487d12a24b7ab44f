using Tanpan.Core.Text;

namespace Tanpan.Core.Cbam;

/// <summary>
/// Which CN codes are CBAM goods and of which category (Regulation (EU) 2023/956 Annex I, with its exceptions), and
/// whether their indirect emissions count in the definitive period (they do unless the good is in Annex II: iron and
/// steel except agglomerated iron ores 2601 12 00, aluminium and hydrogen count direct emissions only; electricity's
/// embedded emissions are direct by definition). Data: <c>data/cbam/cbam_goods_annex1.csv</c>.
/// </summary>
public static class CbamGoods
{
    private static readonly Lazy<IReadOnlyList<Entry>> Entries = new(Load);

    /// <summary>
    /// The category of <paramref name="code"/>, or null when it is not a CBAM good. The longest matching Annex I line
    /// decides (an exception such as 7204 scrap beats the chapter 72 line). A heading shorter than the Annex I lines
    /// (2523, 7202) is a CBAM heading when it holds CBAM lines.
    /// </summary>
    public static CbamGoodsCategory? Category(CnCode code) => Match(code)?.Category;

    /// <summary>The category, or <see cref="CbamException"/> with key <c>cbam.cn.unknown</c>.</summary>
    public static CbamGoodsCategory Require(CnCode code) =>
        Category(code) ?? throw new CbamException(CbamIssues.UnknownCn(code));

    /// <summary>True when the good's indirect emissions count in the definitive period (not an Annex II good).</summary>
    public static bool IndirectEmissionsCount(CnCode code) =>
        Match(code) is { } e ? e.IndirectCounts : throw new CbamException(CbamIssues.UnknownCn(code));

    public static string Key(CbamGoodsCategory category) => category switch
    {
        CbamGoodsCategory.Cement => "cement",
        CbamGoodsCategory.Electricity => "electricity",
        CbamGoodsCategory.Fertilisers => "fertilisers",
        CbamGoodsCategory.IronAndSteel => "iron-and-steel",
        CbamGoodsCategory.Aluminium => "aluminium",
        CbamGoodsCategory.Hydrogen => "hydrogen",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static string NameZh(CbamGoodsCategory category) => category switch
    {
        CbamGoodsCategory.Cement => "水泥",
        CbamGoodsCategory.Electricity => "電力",
        CbamGoodsCategory.Fertilisers => "肥料",
        CbamGoodsCategory.IronAndSteel => "鋼鐵",
        CbamGoodsCategory.Aluminium => "鋁",
        CbamGoodsCategory.Hydrogen => "氫",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static string NameEn(CbamGoodsCategory category) => category switch
    {
        CbamGoodsCategory.Cement => "cement",
        CbamGoodsCategory.Electricity => "electricity",
        CbamGoodsCategory.Fertilisers => "fertilisers",
        CbamGoodsCategory.IronAndSteel => "iron and steel",
        CbamGoodsCategory.Aluminium => "aluminium",
        CbamGoodsCategory.Hydrogen => "hydrogen",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>True when the category's goods count indirect emissions (cement, fertilisers); per CN code use <see cref="IndirectEmissionsCount(CnCode)"/>.</summary>
    public static bool CategoryCountsIndirect(CbamGoodsCategory category) =>
        category is CbamGoodsCategory.Cement or CbamGoodsCategory.Fertilisers;

    private static Entry? Match(CnCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var best = Entries.Value.Where(e => code.Digits.StartsWith(e.Prefix, StringComparison.Ordinal)).MaxBy(e => e.Prefix.Length);
        if (best is not null)
        {
            return best.Include ? best : null;
        }

        // A heading shorter than the Annex lines: CBAM when it holds included lines (all of one category).
        return Entries.Value.FirstOrDefault(e => e.Include && e.Prefix.StartsWith(code.Digits, StringComparison.Ordinal));
    }

    private static List<Entry> Load()
    {
        var t = ReferenceCsv.Load("cbam/cbam_goods_annex1.csv");
        return t.Rows.Select(r => new Entry(
            t.Text(r, "cn_prefix"),
            ParseCategory(t.Text(r, "category")),
            t.Text(r, "rule") == "include",
            t.Text(r, "indirect_counts") == "1")).ToList();
    }

    internal static CbamGoodsCategory ParseCategory(string key) =>
        Enum.GetValues<CbamGoodsCategory>().FirstOrDefault(c => Key(c) == key, (CbamGoodsCategory)(-1)) is var c && c >= 0
            ? c
            : throw new InvalidOperationException($"Unknown CBAM category '{key}'.");

    private sealed record Entry(string Prefix, CbamGoodsCategory Category, bool Include, bool IndirectCounts);
}
