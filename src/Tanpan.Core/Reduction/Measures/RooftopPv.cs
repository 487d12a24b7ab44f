namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// Rooftop solar PV (屋頂太陽光電). G = kWp × yield; self-used G × s replaces grid electricity (counted
/// as saved kWh and avoided CO₂e); the rest is sold at the feed-in price (income, no CO₂e claim: the
/// certificate goes with the sold power, GHG Protocol Scope 2 Guidance, market-based quality criteria).
/// </summary>
public sealed class RooftopPv : IMeasure
{
    public string Kind => "rooftop-pv";

    public string NameZh => "屋頂太陽光電（自用與售電）";

    public string NameEn => "Rooftop solar PV (self-use and sale)";

    public string Formula => "G = kWp × yield; saved kWh = G × s; income = G × (1 − s) × sale price";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("kwp", "kWp", "裝置容量", "installed capacity"),
        new("yield", "kWh/kWp/yr", "年發電效率（臺灣約 1,000–1,300）", "specific yield (Taiwan about 1,000–1,300)"),
        new("self-use-share", "0–1", "自用比例", "share used on site"),
        new("sale-price", "NT$/kWh", "售電躉購費率（有售電時必填）", "feed-in price for sold power (required when some is sold)", false),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var kwp = inputs.Number("kwp", true, minExclusive: true);
        var yield = inputs.Number("yield", true, 0m, 2500m, minExclusive: true);
        var self = inputs.Fraction("self-use-share", true, zeroAllowed: true);
        var sale = inputs.Number("sale-price", false, minExclusive: true);
        if (self is < 1m && sale is null && !inputs.Problems.Any(p => p.Column == "sale-price"))
        {
            inputs.Fail("sale-price", "有售電（自用比例 < 1）時須提供 --sale-price", "--sale-price is required when some power is sold (self-use share < 1)");
        }

        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        var generated = kwp!.Value * yield!.Value;
        var sold = generated * (1m - self!.Value);
        return new MeasureSavings(
            new Dictionary<Carrier, decimal> { [Carrier.Electricity] = generated * self.Value },
            sold * (sale ?? 0m),
            $"generated {MeasureInputs.Inv(generated)} kWh; sold {MeasureInputs.Inv(sold)} kWh");
    }
}
