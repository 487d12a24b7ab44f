using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// Load shifting (尖峰移轉): the energy charge difference from <see cref="PeakShift"/> for one month,
/// times the months it applies; energy and CO₂e unchanged (the grid factor is an annual average).
/// </summary>
public sealed class LoadShift : IMeasure
{
    public string Kind => "load-shift";

    public string NameZh => "尖峰用電移轉";

    public string NameEn => "Load shifting";

    public string Formula => "cost saved = PeakShift savings × months; energy and CO2e unchanged";

    public IReadOnlyList<MeasureParameter> Parameters { get; } =
    [
        new("plan", "tariff plan id", "電價方案（tanpan tariff plans）", "tariff plan (see tanpan tariff plans)"),
        new("voltage", "low|high|extra-high", "供電電壓（方案有多種時必填）", "supply voltage (when the plan has several)", false),
        new("season", "summer|non-summer", "季節", "season"),
        new("day", "weekday|saturday|sunday", "日別（預設 weekday）", "day type (default weekday)", false),
        new("kwh", "kWh/month", "每月移轉電量", "kWh moved a month"),
        new("from", "peak|semi_peak|off_peak", "移出時段", "period the energy leaves"),
        new("to", "period=share,…", "移入時段與比例，例 semi_peak=0.8,off_peak=0.2", "where it goes, e.g. semi_peak=0.8,off_peak=0.2"),
        new("months", "1–12", "一年適用月數（預設 1）", "months a year it applies (default 1)", false),
    ];

    public MeasureSavings? Evaluate(MeasureInputs inputs, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(context);
        var planText = inputs.Text("plan");
        TariffPlan? plan = null;
        if (planText is null)
        {
            inputs.Fail("plan", "缺少 --plan", "--plan is required");
        }
        else
        {
            var (found, problem) = context.Tariffs.Resolve(planText);
            plan = found;
            if (problem is not null)
            {
                inputs.Problems.Add(problem);
            }
        }

        var voltageText = inputs.Text("voltage");
        var voltage = voltageText is null ? null : Parse(inputs, "voltage", voltageText, TariffKeys.ParseVoltage, "low, high, extra-high");
        var season = Parse(inputs, "season", inputs.Text("season"), TariffKeys.ParseSeason, "summer, non-summer");
        var day = Parse(inputs, "day", inputs.Text("day") ?? "weekday", TariffKeys.ParseDay, "weekday, saturday, sunday");
        var kwh = inputs.Number("kwh", true);
        var from = Parse(inputs, "from", inputs.Text("from"), TariffKeys.ParsePeriod, "peak, semi_peak, off_peak");
        var shares = Shares(inputs);
        var months = inputs.Number("months", false, 1m, 12m) ?? 1m;
        if (inputs.Problems.Count > 0)
        {
            return null;
        }

        var outcome = PeakShift.Simulate(plan!, voltage, season!.Value, day!.Value, KilowattHours.Of(kwh!.Value), from!.Value, shares);
        if (!outcome.Succeeded)
        {
            inputs.Problems.AddRange(outcome.Problems);
            return null;
        }

        var monthly = outcome.Result!.Savings.BaseValue;
        return new MeasureSavings(new Dictionary<Carrier, decimal>(), monthly * months,
            $"tariff {plan!.Id}: NT${MeasureInputs.Inv(monthly)} a month × {MeasureInputs.Inv(months)}");
    }

    private static List<ShiftShare> Shares(MeasureInputs inputs)
    {
        var text = inputs.Text("to");
        var shares = new List<ShiftShare>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var period = Parse(inputs, "to", kv[0], TariffKeys.ParsePeriod, "peak, semi_peak, off_peak");
            var share = kv.Length == 2 && decimal.TryParse(kv[1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : kv.Length == 1 ? 1m : (decimal?)null;
            if (share is null)
            {
                inputs.Fail("to", $"--to 的比例須為數字（收到「{part}」）", $"--to: share must be a number (got '{part}')");
            }
            else if (period is not null)
            {
                shares.Add(new ShiftShare(period.Value, share.Value));
            }
        }

        if (text is null)
        {
            inputs.Fail("to", "缺少 --to", "--to is required");
        }

        return shares;
    }

    private static T? Parse<T>(MeasureInputs inputs, string key, string? text, Func<string, T?> parse, string allowed)
        where T : struct
    {
        var value = text is null ? null : parse(text);
        if (value is null)
        {
            inputs.Fail(key, text is null ? $"缺少 --{key}（可用：{allowed}）" : $"--{key} 不明的值「{text}」（可用：{allowed}）",
                text is null ? $"--{key} is required (use {allowed})" : $"--{key}: unknown value '{text}' (use {allowed})");
        }

        return value;
    }
}
