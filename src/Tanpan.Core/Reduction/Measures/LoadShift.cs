using Tanpan.Core.Tariffs;
using Tanpan.Core.Units;

namespace Tanpan.Core.Reduction.Measures;

/// <summary>
/// Load shifting (尖峰移轉): the energy charge difference from <see cref="PeakShift"/> for one month,
/// times the months it applies; energy and CO₂e unchanged (the grid factor is an annual average).
/// Where the energy goes is one share per tariff period (<c>to-peak</c>, <c>to-semi-peak</c>, <c>to-off-peak</c>, each
/// 0–1, summing to 1), so a form asks for each period in words; the older one-line <c>to</c> ("semi_peak=0.8,off_peak=0.2")
/// is still read for the command line and stored plans, but not offered.
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
        new(ToPeak, "0–1", "移入尖峰的比例（預設 0）", "share moved into peak (default 0)", false),
        new(ToSemiPeak, "0–1", "移入半尖峰的比例（預設 0）", "share moved into semi-peak (default 0)", false),
        new(ToOffPeak, "0–1", "移入離峰的比例（預設 0）", "share moved into off-peak (default 0)", false),
        new("months", "1–12", "一年適用月數（預設 1）", "months a year it applies (default 1)", false),
    ];

    private const string ToPeak = "to-peak";
    private const string ToSemiPeak = "to-semi-peak";
    private const string ToOffPeak = "to-off-peak";

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
        var shares = inputs.Text("to") is null ? PeriodShares(inputs, from) : Shares(inputs);
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

    /// <summary>
    /// The three per-period shares: each 0–1, none into the period the energy leaves, together 1. Messages name the
    /// period in words (a form shows them next to the field), not a key.
    /// </summary>
    private static List<ShiftShare> PeriodShares(MeasureInputs inputs, TouPeriod? from)
    {
        var shares = new List<ShiftShare>();
        var total = 0m;
        var before = inputs.Problems.Count;
        foreach (var (key, period, zh, en) in new[]
                 {
                     (ToPeak, TouPeriod.Peak, "尖峰", "peak"), (ToSemiPeak, TouPeriod.SemiPeak, "半尖峰", "semi-peak"), (ToOffPeak, TouPeriod.OffPeak, "離峰", "off-peak"),
                 })
        {
            var share = inputs.Number(key, false, 0m, 1m);
            if (share is not > 0m)
            {
                continue;
            }

            if (period == from)
            {
                inputs.Fail(key, $"不能移入原本的時段（{zh}）", $"cannot move energy into the period it leaves ({en})");
            }

            total += share.Value;
            shares.Add(new ShiftShare(period, share.Value));
        }

        if (inputs.Problems.Count == before && total != 1m)
        {
            inputs.Fail(ToOffPeak, $"移入尖峰、半尖峰、離峰的比例合計須為 1（目前為 {MeasureInputs.Inv(total)}）",
                $"the shares moved into peak, semi-peak and off-peak must add up to 1 (they add up to {MeasureInputs.Inv(total)})");
        }

        return shares;
    }

    /// <summary>The one-line form <c>to=semi_peak=0.8,off_peak=0.2</c> of the command line and of plans stored before the per-period fields.</summary>
    private static List<ShiftShare> Shares(MeasureInputs inputs)
    {
        foreach (var key in new[] { ToPeak, ToSemiPeak, ToOffPeak }.Where(k => inputs.Text(k) is not null))
        {
            inputs.Fail(key, "已用 --to 指定時段，請擇一", "--to already gives the periods; use one or the other");
        }

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
