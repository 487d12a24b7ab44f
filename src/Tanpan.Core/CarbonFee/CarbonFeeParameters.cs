using Tanpan.Core.Text;

namespace Tanpan.Core.CarbonFee;

/// <summary>
/// The carbon-fee parameters of one version of the rules (碳費收費辦法 §3, §5, §6, §7, §9, §10; 費率公告 113/10/07),
/// loaded from <c>data/carbon-fee/parameters.csv</c> and <c>credits.csv</c>. Tonnes are t CO₂e per plant per year,
/// rates NT$ per t. <see cref="ChargeableDecimals"/> and <see cref="FeeDecimals"/> are §5 第4項's rounding: chargeable
/// emissions half up to 3 places, the fee truncated to whole NT$.
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
    decimal DomesticOffsetCapPercent,
    decimal ForeignOffsetCapPercent,
    int ChargeableDecimals,
    int FeeDecimals,
    IReadOnlyList<CarbonCreditRule> CreditRules)
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

    /// <summary>The rule for <paramref name="kind"/>.</summary>
    public CarbonCreditRule RuleFor(CarbonCreditKind kind) => CreditRules.Single(r => r.Kind == kind);

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
            Value("offset_cap_domestic"),
            Value("offset_cap_foreign"),
            (int)Value("chargeable_decimals"),
            (int)Value("fee_decimals"),
            LoadCredits());
    }

    private static List<CarbonCreditRule> LoadCredits()
    {
        var t = ReferenceCsv.Load("carbon-fee/credits.csv");
        return t.Rows.Select(r => new CarbonCreditRule(
            CarbonCreditKinds.Parse(t.Text(r, "kind")) ?? throw new InvalidOperationException($"credits.csv: unknown kind '{t.Text(r, "kind")}'"),
            t.Text(r, "name_zh"),
            t.Number(r, "multiplier"),
            t.Text(r, "cap") == "foreign",
            t.Text(r, "high_leakage_allowed") == "true",
            t.OptionalInteger(r, "last_year"),
            t.Text(r, "increase_offset_allowed") == "true",
            t.Text(r, "article"),
            t.Text(r, "article_en"),
            t.Text(r, "confidence"))).ToList();
    }
}
