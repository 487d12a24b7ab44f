using System.Globalization;
using Tanpan.Core.Text;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// Taipower's off-peak days (離峰日) per tariff version, as the tariff table lists them: Sundays plus the national
/// holidays its note names (電價表 114年10月1日, 第三章 四、(二) 及 第五章 四、(四) 註1「離峰日：如下表所列日期」:
/// 開國紀念日, 春節 農曆除夕前1日～1月5日, 和平紀念日, 兒童節, 民族掃墓節, 勞動節, 端午節, 中秋節, 教師節, 國慶日,
/// 臺灣光復紀念日, 行憲紀念日), off-peak all day. Observed days off (補假), bridge days (彈性放假) and make-up
/// working days (補行上班) are not in the list, so they are ordinary weekdays or Saturdays to Taipower.
/// Data: <c>data/tariffs/taipower_offpeak_days_&lt;version&gt;.csv</c> (dates 2023–2027); outside its years only
/// Sundays are off-peak days. Not the office calendar (<see cref="HolidayCalendar.Shipped"/>), which stays in use
/// only where a feature means the plant's working days (the anomaly detector).
/// </summary>
public static class TaipowerOffPeakDays
{
    /// <summary>The newest tariff version whose list ships.</summary>
    public const string CurrentVersion = "20251001";

    private static readonly Lazy<IReadOnlyDictionary<string, HolidayCalendar>> Lists = new(Load);

    /// <summary>Tariff versions with a shipped list.</summary>
    public static IReadOnlyCollection<string> Versions => [.. Lists.Value.Keys];

    /// <summary>
    /// The off-peak days of a tariff version. A version without its own list (the 2023 seed example, user-defined plans)
    /// takes the current list: reading documented in data/tariffs/README.md.
    /// </summary>
    public static HolidayCalendar For(string version) =>
        Lists.Value.GetValueOrDefault(version) ?? Lists.Value[CurrentVersion];

    /// <summary>The off-peak days of the plan's tariff version.</summary>
    public static HolidayCalendar For(TariffPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return For(plan.Version);
    }

    /// <summary>The version whose list <see cref="For(string)"/> uses for <paramref name="version"/>.</summary>
    public static string ListVersionFor(string version) => Lists.Value.ContainsKey(version) ? version : CurrentVersion;

    private static Dictionary<string, HolidayCalendar> Load()
    {
        var t = ReferenceCsv.Load($"tariffs/taipower_offpeak_days_{CurrentVersion}.csv");
        return t.Rows
            .GroupBy(r => t.Text(r, "tariff_version"))
            .ToDictionary(v => v.Key, v => new HolidayCalendar(v
                .GroupBy(r => DateOnly.ParseExact(t.Text(r, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Select(d => new CalendarDay(d.Key, true, string.Join("、", d.Select(r => t.Text(r, "name_zh"))),
                    string.Join(" / ", d.Select(r => t.Text(r, "name_en")))))), StringComparer.Ordinal);
    }
}
