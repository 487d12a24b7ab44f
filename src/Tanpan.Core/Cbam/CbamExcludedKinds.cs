namespace Tanpan.Core.Cbam;

/// <summary>Keys and names of <see cref="CbamExcludedKind"/>: off_spec, by_product, waste, scrap.</summary>
public static class CbamExcludedKinds
{
    public static string Key(CbamExcludedKind kind) => kind switch
    {
        CbamExcludedKind.OffSpec => "off_spec",
        CbamExcludedKind.ByProduct => "by_product",
        CbamExcludedKind.Waste => "waste",
        CbamExcludedKind.Scrap => "scrap",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string NameZh(CbamExcludedKind kind) => kind switch
    {
        CbamExcludedKind.OffSpec => "不合格品",
        CbamExcludedKind.ByProduct => "副產品",
        CbamExcludedKind.Waste => "廢棄物",
        CbamExcludedKind.Scrap => "廢料",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string NameEn(CbamExcludedKind kind) => kind switch
    {
        CbamExcludedKind.OffSpec => "off-spec product",
        CbamExcludedKind.ByProduct => "by-product",
        CbamExcludedKind.Waste => "waste",
        CbamExcludedKind.Scrap => "scrap",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static CbamExcludedKind? Parse(string? text) =>
        Enum.GetValues<CbamExcludedKind>().Cast<CbamExcludedKind?>().FirstOrDefault(k => Key(k!.Value) == text?.Trim().ToLowerInvariant());
}
