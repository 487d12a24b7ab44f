namespace Tanpan.Web.Tests.Features.Tariffs;

/// <summary>Plans as CSV for the tariff-plan tests: a high-voltage three-stage plan priced on summer weekdays only.</summary>
internal static class TariffPlanCsv
{
    public const string Header = "plan_id,plan_name_zh,season,season_dates,day_type,period,time_windows,energy_rate_ntd_per_kwh,voltage";

    /// <summary>Peak 16–22 at <paramref name="peak"/>, semi-peak 09–16 and 22–24 at 6, off-peak 00–09 at 2 (NT$/kWh).</summary>
    public static string Plan(string id = "my_plan", decimal peak = 10m) => string.Join('\n',
        Header,
        $"{id},自訂三段式,summer,05-16~10-15,weekday,peak,16:00-22:00,{peak:0.00},high",
        $"{id},自訂三段式,summer,05-16~10-15,weekday,semi_peak,09:00-16:00;22:00-24:00,6.00,high",
        $"{id},自訂三段式,summer,05-16~10-15,weekday,off_peak,00:00-09:00,2.00,high") + "\n";

    /// <summary>Line 3 has an unknown period and a rate that is no number.</summary>
    public static string Bad() => string.Join('\n',
        Header,
        "bad_plan,壞方案,summer,,weekday,peak,16:00-22:00,10,high",
        "bad_plan,壞方案,summer,,weekday,peek,09:00-16:00,abc,high") + "\n";
}
