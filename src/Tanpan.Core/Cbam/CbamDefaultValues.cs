using Tanpan.Core.Text;

namespace Tanpan.Core.Cbam;

/// <summary>
/// The shipped default values (<c>data/cbam/cbam_default_values_tw.csv</c>): Taiwan's rows of IR (EU) 2025/2621
/// Annex I (as corrected by 2026/1740) and, for the lines where Taiwan's value is blank, the "Other countries and
/// territories" rows. Reading of the fallback (docs/cbam.md): a blank country value means the Annex's "Other countries
/// and territories" value applies. Only origin "TW" is shipped.
/// </summary>
public sealed class CbamDefaultValues
{
    private static readonly Lazy<CbamDefaultValues> LazyShipped = new(() => new CbamDefaultValues(ReferenceCsv.Load(File)));

    private const string File = "cbam/cbam_default_values_tw.csv";

    private readonly IReadOnlyList<Row> _rows;

    private CbamDefaultValues(ReferenceCsv t) =>
        _rows = t.Rows.Select(r => new Row(
            CnCode.Parse(t.Text(r, "cn_code")),
            t.Text(r, "description"),
            t.OptionalNumber(r, "direct_t_per_t"),
            t.OptionalNumber(r, "indirect_t_per_t"),
            t.OptionalNumber(r, "total_t_per_t"),
            t.Text(r, "route") is { Length: > 0 } route ? route : null,
            t.Text(r, "table") == "OTHER")).ToList();

    public static CbamDefaultValues Shipped => LazyShipped.Value;

    /// <summary>The origins whose values are shipped.</summary>
    public static IReadOnlyList<string> Origins { get; } = ["TW"];

    /// <summary>
    /// The default value for <paramref name="code"/> from <paramref name="origin"/>: the most detailed line of the
    /// origin's table containing the code; where that is blank, the "Other countries and territories" line
    /// (<see cref="CbamDefaultValue.IsFallback"/>). Throws <see cref="CbamException"/>: malformed/unknown CN code,
    /// origin not shipped, a heading that covers several lines (<c>cbam.cn.ambiguous</c>, naming them), or no value.
    /// </summary>
    public CbamDefaultValue Lookup(CnCode code, string origin = "TW")
    {
        ArgumentNullException.ThrowIfNull(code);
        var country = NormalizeOrigin(origin);
        var category = CbamGoods.Require(code);
        var own = Best(code, fallback: false);
        if (own?.Direct is not null)
        {
            return Value(code, own, category, country);
        }

        var other = Best(code, fallback: true);
        if (other?.Direct is not null)
        {
            return Value(code, other, category, country);
        }

        var lines = _rows.Where(r => r.Direct is not null && code.Contains(r.Code) && r.Code != code).Select(r => r.Code).Distinct().OrderBy(c => c.Digits, StringComparer.Ordinal).ToList();
        throw new CbamException(lines.Count > 0 ? CbamIssues.AmbiguousCn(code, lines) : CbamIssues.NoDefault(code));
    }

    /// <summary>The default value with the mark-up of <paramref name="year"/> (≥ 2026).</summary>
    public CbamDefaultForYear ForYear(CnCode code, int year, string origin = "TW")
    {
        var value = Lookup(code, origin);
        return new CbamDefaultForYear(value, year, CbamSchedules.MarkupPercent(value.Category, year));
    }

    /// <summary>Every line with a value for Taiwan (its own or the fallback), in CN order: the list a page offers.</summary>
    public IReadOnlyList<CbamDefaultValue> Lines() =>
        _rows.Where(r => r.Direct is not null && (!r.IsOther || !_rows.Any(o => !o.IsOther && o.Code == r.Code && o.Direct is not null)))
            .OrderBy(r => r.Code.Digits, StringComparer.Ordinal)
            .Select(r => Value(r.Code, r, CbamGoods.Require(r.Code), "TW"))
            .ToList();

    /// <summary>"TW" for tw, TWN, Taiwan, 臺灣/台灣; other origins throw <c>cbam.origin.not_shipped</c>.</summary>
    public static string NormalizeOrigin(string? origin)
    {
        var key = TextKey.Normalize(origin ?? "");
        return key is "tw" or "twn" or "taiwan" or "臺灣" or "台灣" or "中華民國"
            ? "TW"
            : throw new CbamException(CbamIssues.OriginNotShipped(origin ?? ""));
    }

    private Row? Best(CnCode code, bool fallback) =>
        _rows.Where(r => r.IsOther == fallback && r.Code.Contains(code)).MaxBy(r => r.Code.Length);

    private static CbamDefaultValue Value(CnCode code, Row row, CbamGoodsCategory category, string origin) => new(
        code, row.Code, row.Description, category, origin, row.Direct!.Value, row.Indirect, row.Total ?? row.Direct.Value + (row.Indirect ?? 0m),
        row.Route, row.IsOther, CbamGoods.IndirectEmissionsCount(row.Code));

    private sealed record Row(CnCode Code, string Description, decimal? Direct, decimal? Indirect, decimal? Total, string? Route, bool IsOther);
}
