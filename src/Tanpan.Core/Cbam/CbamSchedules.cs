using Tanpan.Core.Text;

namespace Tanpan.Core.Cbam;

/// <summary>
/// The yearly schedules: the default-value mark-up (IR (EU) 2025/2621; <c>data/cbam/cbam_markup_schedule.csv</c>) and
/// the CBAM factor (Regulation (EU) 2023/956 Art. 31, the adjustment for free allocation, with Directive 2003/87/EC Art. 10a(1a) as amended by Directive
/// (EU) 2023/959: 97.5 % in 2026 down to 0 % in 2034; <c>data/cbam/cbam_factor_schedule.csv</c>).
/// </summary>
public static class CbamSchedules
{
    public const int FirstYear = 2026;

    public const int LastYear = 2034;

    private static readonly Lazy<IReadOnlyList<(CbamGoodsCategory Category, int From, decimal Pct)>> Markups = new(LoadMarkups);

    private static readonly Lazy<IReadOnlyDictionary<int, decimal>> Factors = new(LoadFactors);

    /// <summary>Mark-up on default values in percent for <paramref name="year"/> (≥ 2026; the last step holds for later years).</summary>
    public static decimal MarkupPercent(CbamGoodsCategory category, int year)
    {
        if (year < FirstYear)
        {
            throw new CbamException(CbamIssues.YearOutOfRange(year, FirstYear, 9999));
        }

        var step = Markups.Value.Where(m => m.Category == category && m.From <= year).MaxBy(m => m.From);
        return step == default ? throw new CbamException(CbamIssues.NoMarkup(category)) : step.Pct;
    }

    /// <summary>The CBAM factor in percent for <paramref name="year"/> (2026–2034), the share of the free allocation still given.</summary>
    public static decimal CbamFactorPercent(int year) =>
        Factors.Value.TryGetValue(year, out var pct) ? pct : throw new CbamException(CbamIssues.YearOutOfRange(year, FirstYear, LastYear));

    /// <summary>100 − CBAM factor: in the approximation without a benchmark, the share of embedded emissions that is payable.</summary>
    public static decimal PayableSharePercent(int year) => 100m - CbamFactorPercent(year);

    private static List<(CbamGoodsCategory, int, decimal)> LoadMarkups()
    {
        var t = ReferenceCsv.Load("cbam/cbam_markup_schedule.csv");
        return t.Rows.Select(r => (CbamGoods.ParseCategory(t.Text(r, "category")), (int)t.Number(r, "year_from"), t.Number(r, "markup_pct"))).ToList();
    }

    private static Dictionary<int, decimal> LoadFactors()
    {
        var t = ReferenceCsv.Load("cbam/cbam_factor_schedule.csv");
        return t.Rows.ToDictionary(r => (int)t.Number(r, "year"), r => t.Number(r, "cbam_factor_pct"));
    }
}
