using System.Globalization;

namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// Variable-speed drive on a pump or fan (變頻器): affinity law P ∝ flow³ over a load profile.
/// before = P × h × L_before (constant speed, throttled); after = P × h × Σ sᵢ fᵢ³ / η_vsd.
/// Ideal affinity law without static head — an upper estimate for systems with lift.
/// </summary>
public sealed class VariableSpeedDrive : IMeasure
{
    public string Kind => "vsd";

    public string NameZh => "泵浦／風機加裝變頻器";

    public string NameEn => "Variable-speed drive on pumps and fans";

    public string Formula => "saved = P × h × (L_before − Σ sᵢ × fᵢ³ / η_vsd)";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("power-kw", "kW", "馬達輸入功率（定速運轉）", "motor input power at constant speed"),
        new("hours", "h/yr", "年運轉時數", "operating hours a year"),
        new("profile", "flow:share,…", "負載分布，例 1:0.2,0.8:0.5,0.6:0.3（流量比:時間比，時間比合計 1）", "load profile, e.g. 1:0.2,0.8:0.5,0.6:0.3 (flow fraction:time share, shares sum to 1)"),
        new("load-before", "0–1", "改善前平均負載率（預設 1）", "average load before (default 1)", false),
        new("drive-efficiency", "0–1", "變頻器效率（預設 0.97）", "drive efficiency (default 0.97)", false),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var power = inputs.Number("power-kw", true, minExclusive: true);
        var hours = inputs.Number("hours", true, 0m, 8784m);
        var profile = Profile(inputs);
        var loadBefore = inputs.Fraction("load-before", false) ?? 1m;
        var drive = inputs.Fraction("drive-efficiency", false) ?? 0.97m;
        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        var cube = profile!.Sum(p => p.Share * p.Flow * p.Flow * p.Flow) / drive;
        return new MeasureSavings(new Dictionary<Carrier, decimal> { [Carrier.Electricity] = power!.Value * hours!.Value * (loadBefore - cube) });
    }

    private static List<(decimal Flow, decimal Share)>? Profile(MeasureInputs inputs)
    {
        var text = inputs.Text("profile");
        var steps = new List<(decimal, decimal)>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split(':', 2);
            if (kv.Length == 2
                && decimal.TryParse(kv[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var flow)
                && decimal.TryParse(kv[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var share)
                && flow is >= 0m and <= 1m && share is >= 0m and <= 1m)
            {
                steps.Add((flow, share));
                continue;
            }

            steps.Clear();
            break;
        }

        if (steps.Count == 0 || steps.Sum(s => s.Item2) != 1m)
        {
            inputs.Fail("profile", $"--profile 須為「流量比:時間比」清單，各值 0–1，時間比合計 1（收到「{text}」）",
                $"--profile must list flow:share pairs, each 0–1, shares summing to 1 (got '{text}')");
            return null;
        }

        return steps;
    }
}
