using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Time;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// A plan's time-of-use periods for one voltage, precomputed as 96 fifteen-minute slots per
/// (season × day type), so that classifying an instant is two array look-ups. Times are Asia/Taipei
/// local (UTC+08:00 all year; Taiwan has no daylight saving). Built from the plan's
/// <c>time_windows</c> (which must be on 15-minute boundaries, must not overlap and must cover each
/// priced day) and its summer dates (<see cref="TariffPlan.SummerDates"/>, else Taipower's: 6/1–9/30
/// for low voltage, 5/16–10/15 for high and extra-high). A slot a plan does not price (e.g. the 2023
/// seed example outside summer weekdays) has no rate (<c>-1</c>).
/// </summary>
public sealed class TouSchedule
{
    public const int SlotMinutes = 15;
    public const int SlotsPerDay = 24 * 60 / SlotMinutes;
    /// <summary>The same as <see cref="TaipeiTime.OffsetSeconds"/>, for the callers that still name it here.</summary>
    public const int TaipeiOffsetSeconds = TaipeiTime.OffsetSeconds;

    /// <summary>Day number (<see cref="DateOnly.DayNumber"/>) of 1970-01-01.</summary>
    private const int UnixEpochDayNumber = 719162;

    private readonly short[] _slots;
    private readonly int _summerStart;
    private readonly int _summerEnd;

    private TouSchedule(TariffPlan plan, Voltage voltage, IReadOnlyList<TariffRate> rates, short[] slots, int summerStart, int summerEnd)
    {
        Plan = plan;
        Voltage = voltage;
        Rates = rates;
        _slots = slots;
        _summerStart = summerStart;
        _summerEnd = summerEnd;
    }

    public TariffPlan Plan { get; }

    public Voltage Voltage { get; }

    /// <summary>The plan's rates for this voltage; a slot's rate index points here.</summary>
    public IReadOnlyList<TariffRate> Rates { get; }

    /// <summary>Summer as (start, end) month×100+day, inclusive.</summary>
    public (int Start, int End) Summer => (_summerStart, _summerEnd);

    /// <summary>The schedule, or the problems that stop the plan's windows from being one.</summary>
    public static (TouSchedule? Schedule, IReadOnlyList<Problem> Problems) Build(TariffPlan plan, Voltage? voltage = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<Problem>();
        var v = voltage ?? (plan.Voltages.Count == 1 ? plan.Voltages[0] : (Voltage?)null);
        if (v is null || !plan.Voltages.Contains(v.Value))
        {
            problems.Add(new Problem("voltage", $"方案 {plan.Id} 須指定電壓（{string.Join(", ", plan.Voltages.Select(TariffKeys.Key))}）",
                $"plan {plan.Id} needs a voltage ({string.Join(", ", plan.Voltages.Select(TariffKeys.Key))})"));
            return (null, problems);
        }

        var (start, end) = ParseSummer(plan.SummerDates, v.Value, problems);
        var rates = plan.Rates.Where(r => r.Voltage == v.Value).ToList();
        var slots = new short[2 * 3 * SlotsPerDay];
        Array.Fill(slots, (short)-1);
        for (var i = 0; i < rates.Count; i++)
        {
            var rate = rates[i];
            var windows = ParseWindows(rate, problems);
            foreach (var day in rate.DayType is { } d ? [d] : Enum.GetValues<DayType>())
            {
                var profile = Profile(rate.Season, day);
                foreach (var (from, to) in windows)
                {
                    for (var s = from; s < to; s++)
                    {
                        ref var slot = ref slots[(profile * SlotsPerDay) + s];
                        if (slot >= 0 && slot != i)
                        {
                            problems.Add(new Problem("time_windows",
                                $"{Describe(rate)} 的時段與 {TariffKeys.Key(rates[slot].Period)} 重疊（{Clock(s)}）",
                                $"{Describe(rate)} overlaps {TariffKeys.Key(rates[slot].Period)} at {Clock(s)}"));
                            goto NextRate;
                        }

                        slot = (short)i;
                    }
                }
            }

        NextRate:;
        }

        foreach (var season in Enum.GetValues<Season>())
        {
            foreach (var day in Enum.GetValues<DayType>())
            {
                var span = slots.AsSpan(Profile(season, day) * SlotsPerDay, SlotsPerDay);
                var gap = span.IndexOf((short)-1);
                if (gap >= 0 && span.ContainsAnyExcept((short)-1))
                {
                    var when = $"{TariffKeys.Key(season)} {TariffKeys.Key(day)}";
                    problems.Add(new Problem("time_windows", $"{when} 的時段未涵蓋整天（{Clock(gap)} 起無費率）", $"the windows of {when} do not cover the day (no rate from {Clock(gap)})"));
                }
            }
        }

        return problems.Count > 0 ? (null, problems) : (new TouSchedule(plan, v.Value, rates, slots, start, end), problems);
    }

    /// <summary>Index of (season, day type): 0..5.</summary>
    public static int Profile(Season season, DayType day) => ((int)season * 3) + (int)day;

    public Season SeasonOf(DateOnly date)
    {
        var md = (date.Month * 100) + date.Day;
        return md >= _summerStart && md <= _summerEnd ? Season.Summer : Season.NonSummer;
    }

    /// <summary>The profile (season × day type) of a local date under <paramref name="calendar"/>.</summary>
    public int ProfileOf(DateOnly date, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Profile(SeasonOf(date), calendar.DayTypeOf(date));
    }

    /// <summary>The 96 rate indexes (or -1) of a profile, slot 0 = 00:00–00:15.</summary>
    public ReadOnlySpan<short> Slots(int profile) => _slots.AsSpan(profile * SlotsPerDay, SlotsPerDay);

    /// <summary>Local day number (days since 1970-01-01 in Asia/Taipei) of a Unix time.</summary>
    public static long LocalDay(long unixSeconds) => Math.DivRem(unixSeconds + TaipeiTime.OffsetSeconds, 86400L, out var rem) - (rem < 0 ? 1 : 0);

    /// <summary>The 15-minute slot (0..95) of a Unix time in Asia/Taipei.</summary>
    public static int LocalSlot(long unixSeconds)
    {
        var rem = (unixSeconds + TaipeiTime.OffsetSeconds) % 86400L;
        return (int)((rem < 0 ? rem + 86400 : rem) / (SlotMinutes * 60));
    }

    public static DateOnly DateOfLocalDay(long localDay) => DateOnly.FromDayNumber((int)(localDay + UnixEpochDayNumber));

    public static long LocalDayOf(DateOnly date) => date.DayNumber - UnixEpochDayNumber;

    /// <summary>Season, day type, period and rate of an instant (Unix seconds).</summary>
    public TouClassification Classify(long unixSeconds, HolidayCalendar calendar)
    {
        var date = DateOfLocalDay(LocalDay(unixSeconds));
        var season = SeasonOf(date);
        var day = (calendar ?? throw new ArgumentNullException(nameof(calendar))).DayTypeOf(date);
        var index = _slots[(Profile(season, day) * SlotsPerDay) + LocalSlot(unixSeconds)];
        return new TouClassification(date, season, day, index < 0 ? null : Rates[index]);
    }

    private static (int Start, int End) ParseSummer(string? text, Voltage voltage, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return voltage == Voltage.Low ? (601, 930) : (516, 1015);
        }

        var parts = text.Split('~');
        if (parts.Length == 2 && TryMonthDay(parts[0], out var s) && TryMonthDay(parts[1], out var e) && s <= e)
        {
            return (s, e);
        }

        problems.Add(new Problem("season_dates", $"夏月期間「{text}」格式應為 MM-dd~MM-dd", $"summer dates '{text}' must look like MM-dd~MM-dd"));
        return (0, 0);
    }

    private static bool TryMonthDay(string text, out int md)
    {
        md = 0;
        if (!DateOnly.TryParseExact("2024-" + text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return false;
        }

        md = (d.Month * 100) + d.Day;
        return true;
    }

    private static List<(int From, int To)> ParseWindows(TariffRate rate, List<Problem> problems)
    {
        if (rate.TimeWindows.Length == 0)
        {
            if (rate.DayType is null || rate.Period == TouPeriod.Flat)
            {
                return [(0, SlotsPerDay)];
            }

            problems.Add(new Problem("time_windows", $"{Describe(rate)} 沒有時段", $"{Describe(rate)} has no time windows"));
            return [];
        }

        var windows = new List<(int, int)>();
        foreach (var w in rate.TimeWindows.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = w.Split('-');
            if (ends.Length == 2 && TrySlot(ends[0], out var from) && TrySlot(ends[1], out var to) && from < to)
            {
                windows.Add((from, to));
            }
            else
            {
                problems.Add(new Problem("time_windows", $"{Describe(rate)} 的時段「{w}」應為 HH:mm-HH:mm，且在 15 分鐘整點上",
                    $"{Describe(rate)}: window '{w}' must be HH:mm-HH:mm on 15-minute boundaries"));
            }
        }

        return windows;
    }

    private static bool TrySlot(string text, out int slot)
    {
        slot = 0;
        var hm = text.Trim().Split(':');
        if (hm.Length != 2 || !int.TryParse(hm[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(hm[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || m >= 60 || m % SlotMinutes != 0 || (h * 60) + m > 24 * 60)
        {
            return false;
        }

        slot = ((h * 60) + m) / SlotMinutes;
        return true;
    }

    private static string Describe(TariffRate r) =>
        $"{TariffKeys.Key(r.Season)} {(r.DayType is { } d ? TariffKeys.Key(d) : "all days")} {TariffKeys.Key(r.Period)}";

    private static string Clock(int slot) => $"{slot * SlotMinutes / 60:00}:{slot * SlotMinutes % 60:00}";
}

/// <summary>What an instant is under a plan: local date, season, day type, and its rate (<see langword="null"/> when the plan prices no period then).</summary>
public sealed record TouClassification(DateOnly LocalDate, Season Season, DayType Day, TariffRate? Rate)
{
    public TouPeriod? Period => Rate?.Period;
}
