namespace Tanpan.Core.Reduction.Measures;

/// <summary>Chiller optimisation (冰水主機優化／AI 控制): saved kWh = RT × h × (kW/RT_before − kW/RT_after), RT the average cooling load.</summary>
public sealed class ChillerOptimisation : IMeasure
{
    public string Kind => "chiller";

    public string NameZh => "冰水系統優化";

    public string NameEn => "Chiller optimisation";

    public string Formula => "saved = RT × h × (kW/RT_before − kW/RT_after)";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("rt", "RT", "平均冷凍負載", "average cooling load"),
        new("hours", "h/yr", "年運轉時數", "operating hours a year"),
        new("kw-per-rt-before", "kW/RT", "改善前系統效率", "system efficiency before"),
        new("kw-per-rt-after", "kW/RT", "改善後系統效率", "system efficiency after"),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var rt = inputs.Number("rt", true, minExclusive: true);
        var hours = inputs.Number("hours", true, 0m, 8784m);
        var before = inputs.Number("kw-per-rt-before", true, 0m, 5m, minExclusive: true);
        var after = inputs.Number("kw-per-rt-after", true, 0m, 5m, minExclusive: true);
        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        return new MeasureSavings(new Dictionary<Carrier, decimal> { [Carrier.Electricity] = rt!.Value * hours!.Value * (before!.Value - after!.Value) });
    }
}
