using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>Loads the plans of <c>data/tariffs/</c> (embedded). Sources and confidence are in that folder's README.</summary>
internal static class ShippedTariffs
{
    private const string CurrentFile = "tariffs/taipower_tou_energy_rates_20251001.csv";
    private const string SeedFile = "tariffs/taipower_tou_2023_seed_example.csv";

    private static readonly (string Column, Voltage Voltage)[] SeedColumns =
    [
        ("low_voltage_ntd_per_kwh", Voltage.Low),
        ("high_voltage_ntd_per_kwh", Voltage.High),
        ("extra_high_voltage_ntd_per_kwh", Voltage.ExtraHigh),
    ];

    public static IReadOnlyList<TariffPlan> Load() => [.. LoadCurrent(), .. LoadSeed()];

    private static IEnumerable<TariffPlan> LoadCurrent()
    {
        var t = ReferenceCsv.Load(CurrentFile);
        foreach (var plan in t.Rows.GroupBy(r => t.Text(r, "plan_id")))
        {
            var voltage = VoltageOfPlanId(plan.Key);
            var rates = plan.Select(r => new TariffRate(voltage, SeasonOf(t.Text(r, "season")), DayOf(t.Text(r, "day_type")),
                PeriodOf(t.Text(r, "period")), EnergyPrice.FromNtdPerKwh(t.Number(r, "energy_rate_ntd_per_kwh")), t.Text(r, "time_windows"))).ToList();
            var confidence = plan.Key == "high_voltage_three_stage" ? "H" : "M";
            var summer = plan.Where(r => t.Text(r, "season") == "summer").Select(r => t.Text(r, "season_dates")).FirstOrDefault(d => d.Length > 0);
            yield return new TariffPlan(plan.Key, t.Text(plan.First(), "plan_name_zh"), "20251001", [voltage], rates,
                "JUN-WEI-DING/tou_calculator plans.json version 20251001", confidence) { SummerDates = summer };
        }
    }

    private static IEnumerable<TariffPlan> LoadSeed()
    {
        var t = ReferenceCsv.Load(SeedFile);
        foreach (var plan in t.Rows.GroupBy(r => t.Text(r, "plan_id")))
        {
            var rates = SeedColumns.SelectMany(c => plan.Select(r => new TariffRate(c.Voltage, SeasonOf(t.Text(r, "season")),
                DayOf(t.Text(r, "day_type")), PeriodOf(t.Text(r, "period")), EnergyPrice.FromNtdPerKwh(t.Number(r, c.Column)), t.Text(r, "time_windows")))).ToList();
            yield return new TariffPlan(plan.Key, t.Text(plan.First(), "plan_name_zh"), "2023-04", [.. SeedColumns.Select(c => c.Voltage)], rates,
                "seed 000: MOEA Industrial Development Bureau slides, April 2023 (新尖離峰時間帶); summer weekday only", "H");
        }
    }

    /// <summary>The 20251001 file has one rate column; the plan id's prefix names the voltage.</summary>
    internal static Voltage VoltageOfPlanId(string planId) =>
        planId.StartsWith("extra_high_voltage_", StringComparison.Ordinal) ? Voltage.ExtraHigh
        : planId.StartsWith("high_voltage_", StringComparison.Ordinal) ? Voltage.High
        : planId.StartsWith("low_voltage_", StringComparison.Ordinal) ? Voltage.Low
        : throw new InvalidOperationException($"Tariff plan id '{planId}' does not name a voltage.");

    private static Season SeasonOf(string text) =>
        TariffKeys.ParseSeason(text) ?? throw new InvalidOperationException($"Unknown season '{text}' in tariff data.");

    private static DayType? DayOf(string text) =>
        text.Length == 0 ? null : TariffKeys.ParseDay(text) ?? throw new InvalidOperationException($"Unknown day type '{text}' in tariff data.");

    private static TouPeriod PeriodOf(string text) =>
        TariffKeys.ParsePeriod(text) ?? throw new InvalidOperationException($"Unknown period '{text}' in tariff data.");
}
