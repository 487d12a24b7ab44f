using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs;

/// <summary>
/// The peak-shift simulator's load-block form (issue 5, item 7): a block of <c>kW</c> run over a local clock window
/// (e.g. 22:00–24:00) on <c>days</c> days of one season and day type, moved to another window of the same length.
/// The kWh of each period come from the plan's own time windows, 15 minutes at a time (kW × 0.25 h × days per
/// quarter), so a window across a period boundary splits exactly by the hours on each side. A window whose end is
/// not after its start runs past midnight (23:00–01:00); the hours after midnight are priced with the same season
/// and day type. Energy charge only, NT$ exact.
/// </summary>
public static class BlockShift
{
    /// <param name="plan">The tariff plan.</param>
    /// <param name="voltage">The contract's voltage; <see langword="null"/> takes the plan's only voltage.</param>
    /// <param name="season">Tariff season.</param>
    /// <param name="day">Day type.</param>
    /// <param name="kw">The block's load, kW (≥ 0).</param>
    /// <param name="fromWindow">Where it runs now, <c>HH:mm-HH:mm</c> on 15-minute boundaries (24:00 allowed as an end).</param>
    /// <param name="toWindow">Where it moves to, of the same length.</param>
    /// <param name="days">Days it runs (1–366).</param>
    public static BlockShiftOutcome Simulate(TariffPlan plan, Voltage? voltage, Season season, DayType day, decimal kw, string fromWindow, string toWindow, int days)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<Problem>();
        if (kw < 0)
        {
            problems.Add(new Problem("kw", $"負載不可為負數（{Inv(kw)}）", $"the load must not be negative ({Inv(kw)})"));
        }

        if (days is < 1 or > 366)
        {
            problems.Add(new Problem("days", $"天數須介於 1 與 366 之間（{days}）", $"days must be between 1 and 366 ({days})"));
        }

        var from = Window("window", fromWindow, problems);
        var to = Window("to_window", toWindow, problems);
        if (from is { } f && to is { } t && f.Slots != t.Slots)
        {
            problems.Add(new Problem("to_window", $"移入時段長度（{Hours(t.Slots)} 小時）須與原時段（{Hours(f.Slots)} 小時）相同",
                $"the new window ({Hours(t.Slots)} h) must be as long as the old one ({Hours(f.Slots)} h)"));
        }

        var (schedule, scheduleProblems) = TouSchedule.Build(plan, voltage);
        problems.AddRange(scheduleProblems);
        if (schedule is null || from is null || to is null || problems.Count > 0)
        {
            return new BlockShiftOutcome(null, problems);
        }

        var slots = schedule.Slots(TouSchedule.Profile(season, day));
        var before = Legs("window", from.Value, slots, schedule, kw, days, season, day, problems);
        var after = Legs("to_window", to.Value, slots, schedule, kw, days, season, day, problems);
        if (problems.Count > 0)
        {
            return new BlockShiftOutcome(null, problems);
        }

        var costBefore = before.Aggregate(Quantity<Money>.Zero, (sum, leg) => sum + leg.Cost);
        var costAfter = after.Aggregate(Quantity<Money>.Zero, (sum, leg) => sum + leg.Cost);
        return new BlockShiftOutcome(new BlockShiftResult(plan.Id, plan.Version, schedule.Voltage, season, day, kw, days, fromWindow.Trim(), toWindow.Trim(),
            before.Aggregate(Quantity<Energy>.Zero, (sum, leg) => sum + leg.Energy), before, after, costBefore, costAfter), []);
    }

    /// <summary>The kWh, rate and cost of each period the window touches, in the order of <see cref="TouPeriod"/>.</summary>
    private static List<BlockLeg> Legs(string field, (int Start, int Slots) window, ReadOnlySpan<short> slots, TouSchedule schedule, decimal kw, int days,
        Season season, DayType day, List<Problem> problems)
    {
        var quarters = new int[schedule.Rates.Count];
        for (var i = 0; i < window.Slots; i++)
        {
            var slot = (window.Start + i) % TouSchedule.SlotsPerDay;
            if (slots[slot] < 0)
            {
                var when = $"{TariffKeys.Key(season)} {TariffKeys.Key(day)}";
                problems.Add(new Problem(field, $"方案 {schedule.Plan.Id} 在 {when} {Clock(slot)} 沒有費率", $"plan {schedule.Plan.Id} has no rate on {when} at {Clock(slot)}"));
                return [];
            }

            quarters[slots[slot]]++;
        }

        return quarters.Select((count, index) => (Count: count, Rate: schedule.Rates[index])).Where(x => x.Count > 0)
            .Select(x =>
            {
                var hours = x.Count * 0.25m;
                var energy = KilowattHours.Of(kw * hours * days);
                return new BlockLeg(x.Rate.Period, hours, energy, x.Rate.Price, energy * x.Rate.Price);
            })
            .OrderBy(l => l.Period).ToList();
    }

    /// <summary>(first slot, number of slots) of <c>HH:mm-HH:mm</c>, or null with a problem.</summary>
    private static (int Start, int Slots)? Window(string field, string? text, List<Problem> problems)
    {
        var ends = (text ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
        if (ends.Length == 2 && Slot(ends[0]) is { } start && start < TouSchedule.SlotsPerDay && Slot(ends[1]) is { } end)
        {
            var count = end > start ? end - start : end + TouSchedule.SlotsPerDay - start;
            if (count <= TouSchedule.SlotsPerDay)
            {
                return (start, count);
            }
        }

        problems.Add(new Problem(field, $"時段「{text}」應為 HH:mm-HH:mm，且在 15 分鐘整點上（例如 22:00-24:00）",
            $"window '{text}' must be HH:mm-HH:mm on 15-minute boundaries (e.g. 22:00-24:00)"));
        return null;
    }

    private static int? Slot(string text)
    {
        var hm = text.Split(':');
        return hm.Length == 2 && hm[0].Length is 1 or 2 && hm[1].Length == 2
            && int.TryParse(hm[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(hm[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && m < 60 && m % TouSchedule.SlotMinutes == 0 && (h * 60) + m <= 24 * 60
            ? ((h * 60) + m) / TouSchedule.SlotMinutes
            : null;
    }

    private static string Hours(int slots) => Inv(slots * 0.25m);

    private static string Clock(int slot) => $"{slot * TouSchedule.SlotMinutes / 60:00}:{slot * TouSchedule.SlotMinutes % 60:00}";

    private static string Inv(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
