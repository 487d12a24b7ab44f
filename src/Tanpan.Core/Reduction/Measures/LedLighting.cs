namespace Tanpan.Core.Reduction.Measures;

/// <summary>LED lighting (LED 照明汰換): saved kWh = n × (W_before − W_after) × h / 1000.</summary>
public sealed class LedLighting : IMeasure
{
    public string Kind => "led";

    public string NameZh => "LED 照明汰換";

    public string NameEn => "LED lighting";

    public string Formula => "saved = n × (W_before − W_after) × h / 1000";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("count", "lamps", "燈具數", "number of fittings"),
        new("watts-before", "W", "原燈具功率（含安定器）", "old fitting power incl. ballast"),
        new("watts-after", "W", "LED 燈具功率", "LED fitting power"),
        new("hours", "h/yr", "年點燈時數", "lit hours a year"),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var count = inputs.Number("count", true, 1m);
        var before = inputs.Number("watts-before", true, minExclusive: true);
        var after = inputs.Number("watts-after", true);
        var hours = inputs.Number("hours", true, 0m, 8784m);
        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        return new MeasureSavings(new Dictionary<Carrier, decimal> { [Carrier.Electricity] = count!.Value * (before!.Value - after!.Value) * hours!.Value / 1000m });
    }
}
