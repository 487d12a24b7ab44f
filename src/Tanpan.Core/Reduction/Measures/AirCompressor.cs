namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// Air-compressor multi-unit control and leak repair (空壓機多機連控與洩漏改善).
/// after = E × (1 − s_control) × (1 − leak_before) / (1 − leak_after); saved = E − after.
/// Leak shares are the fraction of compressed air lost (typical 0.2–0.3 before, ≤ 0.1 after repair).
/// </summary>
public sealed class AirCompressor : IMeasure
{
    public string Kind => "air-compressor";

    public string NameZh => "空壓機多機連控與洩漏改善";

    public string NameEn => "Air-compressor multi-unit control and leak repair";

    public string Formula => "saved = E − E × (1 − s_control) × (1 − leak_before) / (1 − leak_after)";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("kwh", "kWh/yr", "空壓系統年用電", "yearly electricity of the compressors"),
        new("control-share", "0–1", "連控節電比例（預設 0）", "share saved by multi-unit control (default 0)", false),
        new("leak-before", "0–1", "改善前洩漏比例（預設 0）", "share of air leaked before (default 0)", false),
        new("leak-after", "0–1", "改善後洩漏比例（預設同改善前）", "share leaked after (default: as before)", false),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var kwh = inputs.Number("kwh", true);
        var control = inputs.Number("control-share", false, 0m, 0.99m) ?? 0m;
        var leakBefore = inputs.Number("leak-before", false, 0m, 0.99m) ?? 0m;
        var leakAfter = inputs.Number("leak-after", false, 0m, 0.99m) ?? leakBefore;
        if (leakAfter > leakBefore)
        {
            inputs.Fail("leak-after", "--leak-after 不可大於 --leak-before", "--leak-after must not exceed --leak-before");
        }

        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        var after = kwh!.Value * (1m - control) * (1m - leakBefore) / (1m - leakAfter);
        return new MeasureSavings(new Dictionary<Carrier, decimal> { [Carrier.Electricity] = kwh.Value - after });
    }
}
