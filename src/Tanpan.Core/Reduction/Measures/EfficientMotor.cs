namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// High-efficiency motor (IE4 高效率馬達, IEC 60034-30-1 classes): same shaft power, less input.
/// saved = P_out × L × h × (1/η_before − 1/η_after). Take η from the nameplates or the IEC 60034-30-1 table for the size and poles.
/// </summary>
public sealed class EfficientMotor : IMeasure
{
    public string Kind => "ie4-motor";

    public string NameZh => "汰換為 IE4 高效率馬達";

    public string NameEn => "IE4 high-efficiency motor";

    public string Formula => "saved = P_out × L × h × (1/η_before − 1/η_after)";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("power-kw", "kW", "馬達額定輸出", "rated shaft output"),
        new("load", "0–1", "平均負載率", "average load factor"),
        new("hours", "h/yr", "年運轉時數", "operating hours a year"),
        new("efficiency-before", "0–1", "舊馬達效率（如 IE1/IE2）", "old motor efficiency (e.g. IE1/IE2)"),
        new("efficiency-after", "0–1", "新馬達效率（IE4）", "new motor efficiency (IE4)"),
        new("count", "units", "台數（預設 1）", "number of motors (default 1)", false),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var power = inputs.Number("power-kw", true, minExclusive: true);
        var load = inputs.Fraction("load", true);
        var hours = inputs.Number("hours", true, 0m, 8784m);
        var before = inputs.Fraction("efficiency-before", true);
        var after = inputs.Fraction("efficiency-after", true);
        var count = inputs.Number("count", false, 1m) ?? 1m;
        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        var kwh = count * power!.Value * load!.Value * hours!.Value * ((1m / before!.Value) - (1m / after!.Value));
        return new MeasureSavings(new Dictionary<Carrier, decimal> { [Carrier.Electricity] = kwh });
    }
}
