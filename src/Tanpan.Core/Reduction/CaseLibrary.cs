using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction;

/// <summary>The shipped case library (data/cases/cases.csv, embedded), searchable by industry text and measure kind.</summary>
public sealed class CaseLibrary
{
    private static readonly Lazy<CaseLibrary> LazyShipped = new(Load);

    public CaseLibrary(IReadOnlyList<ReductionCase> cases) => Cases = cases;

    public static CaseLibrary Shipped => LazyShipped.Value;

    public IReadOnlyList<ReductionCase> Cases { get; }

    /// <summary>
    /// Cases whose industry (Chinese or English) contains <paramref name="industry"/> (case-insensitive)
    /// and whose measure kind equals <paramref name="measure"/>; a null or blank filter matches all.
    /// </summary>
    public IEnumerable<ReductionCase> Search(string? industry = null, string? measure = null) => Cases.Where(c =>
        (string.IsNullOrWhiteSpace(industry)
            || c.IndustryZh.Contains(industry.Trim(), StringComparison.OrdinalIgnoreCase)
            || c.IndustryEn.Contains(industry.Trim(), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(measure) || string.Equals(c.Measure, measure.Trim(), StringComparison.OrdinalIgnoreCase)));

    private static CaseLibrary Load()
    {
        var t = ReferenceCsv.Load("cases/cases.csv");
        return new CaseLibrary(t.Rows.Select(r => new ReductionCase(
            t.Text(r, "id"), t.Text(r, "industry_zh"), t.Text(r, "industry_en"), t.Text(r, "measure"),
            t.Text(r, "title_zh"), t.Text(r, "title_en"),
            t.OptionalNumber(r, "energy_saved"), t.Text(r, "energy_unit"), t.OptionalNumber(r, "tco2e") is { } tonnes ? Co2e.FromTonnes(tonnes) : null,
            t.OptionalNumber(r, "investment_ntd"), t.OptionalNumber(r, "annual_savings_ntd"), t.OptionalNumber(r, "payback_years"),
            t.OptionalInteger(r, "year") ?? 0, t.OptionalInteger(r, "grid_year"),
            t.Text(r, "source_file"), t.Text(r, "locator"), t.Text(r, "note"))).ToList());
    }
}
