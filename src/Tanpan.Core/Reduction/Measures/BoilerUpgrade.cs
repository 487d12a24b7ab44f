namespace Tanpan.Core.Reduction.Measures;

/// <summary>Boiler replacement or controls (鍋爐汰換／燃燒控制): same useful heat at a higher efficiency. saved = q × (1 − η_before / η_after).</summary>
public sealed class BoilerUpgrade : IMeasure
{
    public string Kind => "boiler";

    public string NameZh => "鍋爐汰換或燃燒控制";

    public string NameEn => "Boiler replacement or controls";

    public string Formula => "saved = q × (1 − η_before / η_after)";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("fuel", "carrier", "鍋爐燃料", "boiler fuel"),
        new("quantity", "unit/yr", "改善前年用量", "yearly fuel use before"),
        new("efficiency-before", "0–1", "改善前效率", "efficiency before"),
        new("efficiency-after", "0–1", "改善後效率", "efficiency after"),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var fuel = inputs.Carrier("fuel", true, HeatValues.Fuels);
        var quantity = inputs.Number("quantity", true);
        var before = inputs.Fraction("efficiency-before", true);
        var after = inputs.Fraction("efficiency-after", true);
        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        return new MeasureSavings(new Dictionary<Carrier, decimal> { [fuel!.Value] = quantity!.Value * (1m - (before!.Value / after!.Value)) });
    }
}
