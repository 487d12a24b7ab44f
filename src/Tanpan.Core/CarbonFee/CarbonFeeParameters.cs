using Tanpan.Core.Text;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// The carbon-fee parameters of one version of the rules (碳費收費辦法 §3, §5, §6, §9; 費率公告 113/10/07),
/// loaded from <c>data/carbon-fee/parameters.csv</c>. Tonnes are t CO₂e per plant per year, rates NT$ per t.
/// </summary>
public sealed record CarbonFeeParameters(
    string Version,
    int FirstYear,
    decimal ThresholdT,
    decimal KT,
    decimal KHighLeakageT,
    decimal AdjustmentFactor,
    IReadOnlyList<AdjustmentPeriod> HighLeakagePeriods,
    decimal GeneralRate,
    decimal RateA,
    decimal RateB,
    decimal DomesticOffsetCapPercent)
{
    private static readonly Lazy<CarbonFeeParameters> LazyShipped = new(Load);

    /// <summary>The parameters embedded in this assembly.</summary>
    public static CarbonFeeParameters Shipped => LazyShipped.Value;

    /// <summary>NT$ per t CO₂e for <paramref name="rate"/>.</summary>
    public decimal RateFor(CarbonFeeRate rate) => rate switch
    {
        CarbonFeeRate.A => RateA,
        CarbonFeeRate.B => RateB,
        _ => GeneralRate,
    };

    private static CarbonFeeParameters Load()
    {
        var t = ReferenceCsv.Load("carbon-fee/parameters.csv");
        string[] Row(string name) => t.Rows.Single(r => t.Text(r, "parameter") == name);
        decimal Value(string name) => t.Number(Row(name), "value");
        var periods = Enumerable.Range(1, 3).Select(n =>
        {
            var r = Row($"adjustment_factor_high_leakage_period{n}");
            return new AdjustmentPeriod(n, t.Number(r, "value"), t.OptionalInteger(r, "from_year")!.Value, t.OptionalInteger(r, "to_year")!.Value);
        }).ToList();
        var general = Row("general_rate");
        return new CarbonFeeParameters(
            t.Text(general, "version"),
            t.OptionalInteger(general, "from_year")!.Value,
            Value("threshold_annual_emissions"),
            Value("K_value_non_high_leakage"),
            Value("K_value_high_leakage"),
            Value("adjustment_factor_general"),
            periods,
            t.Number(general, "value"),
            Value("preferential_rate_A"),
            Value("preferential_rate_B"),
            Value("offset_cap_domestic"));
    }
}
