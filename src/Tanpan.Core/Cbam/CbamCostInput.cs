namespace Tanpan.Core.Cbam;

/// <summary>
/// What the cost outlook needs: the good (CN code, origin), the tonnes exported to the EU per year, the price scenarios,
/// and optionally the installation's actual SEE, the carbon price effectively paid in Taiwan and an EU benchmark.
/// </summary>
/// <param name="CnCode">The good.</param>
/// <param name="Tonnes">Net mass imported into the EU per year, t (≥ 0).</param>
/// <param name="Scenarios">Certificate-price scenarios (may be empty: then no EUR figures).</param>
public sealed record CbamCostInput(CnCode CnCode, decimal Tonnes, IReadOnlyList<CbamPriceScenario> Scenarios)
{
    /// <summary>Country of origin; only "TW" is shipped.</summary>
    public string Origin { get; init; } = "TW";

    /// <summary>The installation's actual SEE counted for the good (t CO₂e/t: direct, plus indirect where it counts), or null.</summary>
    public decimal? ActualSee { get; init; }

    /// <summary>
    /// Carbon price effectively paid in the country of origin for these goods' embedded emissions, EUR per year
    /// (Reg. 2023/956 Art. 9; e.g. the Taiwan carbon fee allocated to the exported goods: see <see cref="CbamCarbonPrice"/>). ≥ 0.
    /// </summary>
    public decimal CarbonPricePaidEur { get; init; }

    /// <summary>Carbon price paid per year (EUR), overriding <see cref="CarbonPricePaidEur"/> for the years it lists (e.g. a rising fee).</summary>
    public IReadOnlyDictionary<int, decimal>? CarbonPricePaidEurByYear { get; init; }

    /// <summary>The carbon price paid that applies to <paramref name="year"/>.</summary>
    public decimal PaidEur(int year) => CarbonPricePaidEurByYear is { } byYear && byYear.TryGetValue(year, out var paid) ? paid : CarbonPricePaidEur;

    /// <summary>
    /// An EU benchmark for the good, t CO₂e/t, already multiplied by the cross-sectoral correction factor (IR (EU) 2025/2620),
    /// when the user has one; null (the shipped case) means the "payable share" approximation is used.
    /// </summary>
    public decimal? BenchmarkTPerT { get; init; }

    /// <summary>Where the benchmark comes from, shown with it.</summary>
    public string? BenchmarkSource { get; init; }

    public int FirstYear { get; init; } = CbamSchedules.FirstYear;

    public int LastYear { get; init; } = CbamSchedules.LastYear;
}
