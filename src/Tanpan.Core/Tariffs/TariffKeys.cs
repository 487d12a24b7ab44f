namespace Tanpan.Core.Tariffs;

/// <summary>
/// The words used for tariff dimensions on the command line and in JSON (<c>extra-high</c>,
/// <c>non-summer</c>, <c>sunday</c>, <c>semi_peak</c>), and their parsing. Parsing also accepts the
/// data files' spellings (<c>extra_high</c>, <c>non_summer</c>, <c>sunday_holiday</c>).
/// </summary>
public static class TariffKeys
{
    public static string Key(Voltage voltage) => voltage switch
    {
        Voltage.Low => "low",
        Voltage.High => "high",
        _ => "extra-high",
    };

    public static string Key(Season season) => season == Season.Summer ? "summer" : "non-summer";

    public static string Key(DayType day) => day switch
    {
        DayType.Weekday => "weekday",
        DayType.Saturday => "saturday",
        _ => "sunday",
    };

    public static string Key(TouPeriod period) => period switch
    {
        TouPeriod.Peak => "peak",
        TouPeriod.SemiPeak => "semi_peak",
        TouPeriod.OffPeak => "off_peak",
        _ => "flat",
    };

    public static Voltage? ParseVoltage(string text) => Normalise(text) switch
    {
        "low" => Voltage.Low,
        "high" => Voltage.High,
        "extra_high" => Voltage.ExtraHigh,
        _ => null,
    };

    public static Season? ParseSeason(string text) => Normalise(text) switch
    {
        "summer" => Season.Summer,
        "non_summer" => Season.NonSummer,
        _ => null,
    };

    public static DayType? ParseDay(string text) => Normalise(text) switch
    {
        "weekday" => DayType.Weekday,
        "saturday" => DayType.Saturday,
        "sunday" or "sunday_holiday" or "holiday" => DayType.SundayHoliday,
        _ => null,
    };

    public static TouPeriod? ParsePeriod(string text) => Normalise(text) switch
    {
        "peak" => TouPeriod.Peak,
        "semi_peak" => TouPeriod.SemiPeak,
        "off_peak" => TouPeriod.OffPeak,
        "flat" => TouPeriod.Flat,
        _ => null,
    };

    private static string Normalise(string text) => text.Trim().Replace('-', '_').ToLowerInvariant();
}
