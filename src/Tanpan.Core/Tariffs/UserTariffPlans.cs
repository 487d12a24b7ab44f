using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// User-defined plans given as CSV rows of the shipped energy-rate file's shape:
/// <c>plan_id,plan_name_zh,season,season_dates,day_type,period,time_windows,energy_rate_ntd_per_kwh</c>,
/// plus an optional <c>voltage</c> column (low|high|extra-high; else the plan id's prefix names it).
/// Each plan must build into a <see cref="TouSchedule"/> (windows on 15-minute boundaries, no overlap,
/// every priced day covered).
/// </summary>
public static class UserTariffPlans
{
    private static readonly string[] Required = ["plan_id", "season", "day_type", "period", "time_windows", "energy_rate_ntd_per_kwh"];

    public static (IReadOnlyList<TariffPlan> Plans, IReadOnlyList<Problem> Problems) Parse(string csv, string version = "user")
    {
        var t = ReferenceCsv.Parse("user plan", csv ?? string.Empty);
        var problems = Required.Where(c => !t.Has(c))
            .Select(c => new Problem(c, $"缺少欄位 {c}", $"missing column {c}")).ToList();
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var plans = new List<TariffPlan>();
        var width = Required.Max(c => Index(t, c)) + 1;
        foreach (var group in t.Rows.Select((r, i) => (Row: r, Line: i + 2)).GroupBy(x => x.Row.Length > 0 ? x.Row[0].Trim() : string.Empty))
        {
            var rates = new List<TariffRate>();
            var before = problems.Count;
            string? summer = null;
            foreach (var (row, line) in group)
            {
                if (row.Length < width)
                {
                    problems.Add(new Problem("row", $"第 {line} 列欄位不足", $"line {line} has too few fields"));
                    continue;
                }

                var voltage = t.Has("voltage") && t.Text(row, "voltage").Length > 0 ? TariffKeys.ParseVoltage(t.Text(row, "voltage")) : VoltageOf(group.Key);
                var season = TariffKeys.ParseSeason(t.Text(row, "season"));
                var dayText = t.Text(row, "day_type");
                var day = dayText.Length == 0 ? null : TariffKeys.ParseDay(dayText);
                var period = TariffKeys.ParsePeriod(t.Text(row, "period"));
                var ok = decimal.TryParse(t.Text(row, "energy_rate_ntd_per_kwh"), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate >= 0;
                Check(problems, voltage is not null, "voltage", line, "電壓須為 low、high 或 extra-high", "voltage must be low, high or extra-high");
                Check(problems, season is not null, "season", line, "季節須為 summer 或 non_summer", "season must be summer or non_summer");
                Check(problems, dayText.Length == 0 || day is not null, "day_type", line, "日別須為 weekday、saturday 或 sunday_holiday", "day_type must be weekday, saturday or sunday_holiday");
                Check(problems, period is not null, "period", line, "時段須為 peak、semi_peak、off_peak 或 flat", "period must be peak, semi_peak, off_peak or flat");
                Check(problems, ok, "energy_rate_ntd_per_kwh", line, "費率須為不小於 0 的數字", "the rate must be a number ≥ 0");
                if (voltage is { } v && season is { } s && period is { } p && ok && (dayText.Length == 0 || day is not null))
                {
                    rates.Add(new TariffRate(v, s, day, p, EnergyPrice.FromNtdPerKwh(rate), t.Text(row, "time_windows")));
                }

                if (season == Season.Summer && t.Has("season_dates") && t.Text(row, "season_dates").Length > 0)
                {
                    summer = t.Text(row, "season_dates");
                }
            }

            if (group.Key.Length == 0)
            {
                problems.Add(new Problem("plan_id", "方案代號不可空白", "plan_id must not be empty"));
                continue;
            }

            if (problems.Count > before)
            {
                continue;
            }

            var name = t.Has("plan_name_zh") ? t.Text(group.First().Row, "plan_name_zh") : group.Key;
            var plan = new TariffPlan(group.Key, name, version, rates.Select(r => r.Voltage).Distinct().ToList(), rates, "user-defined", "user")
            {
                SummerDates = summer,
            };
            foreach (var v in plan.Voltages)
            {
                problems.AddRange(TouSchedule.Build(plan, v).Problems.Select(p => p with { MessageZh = $"{plan.Id}：{p.MessageZh}", MessageEn = $"{plan.Id}: {p.MessageEn}" }));
            }

            plans.Add(plan);
        }

        return problems.Count > 0 ? ([], problems) : (plans, problems);
    }

    private static int Index(ReferenceCsv t, string column) => Array.IndexOf(HeaderOf(t), column);

    private static string[] HeaderOf(ReferenceCsv t) => t.Header;

    private static Voltage? VoltageOf(string planId) =>
        planId.StartsWith("extra_high_voltage", StringComparison.Ordinal) ? Voltage.ExtraHigh
        : planId.StartsWith("high_voltage", StringComparison.Ordinal) ? Voltage.High
        : planId.StartsWith("low_voltage", StringComparison.Ordinal) ? Voltage.Low
        : null;

    private static void Check(List<Problem> problems, bool ok, string column, int line, string zh, string en)
    {
        if (!ok)
        {
            problems.Add(new Problem(column, $"第 {line} 列：{zh}", $"line {line}: {en}"));
        }
    }
}
