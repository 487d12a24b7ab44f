using Tanpan.Core.Tariffs;
using Tanpan.Core.Time;

namespace Tanpan.Core.Monitoring;

/// <summary>
/// Monthly electricity cost of one meter's interval readings under a time-of-use schedule, split by period.
/// A reading is stamped with the END of its interval, so it is classified by its last second
/// (<c>t − 1 s</c>): the 15-minute reading stamped 16:00 is the 15:45–16:00 quarter. Months and periods
/// are Asia/Taipei local. Energy charge = Σ kWh × rate of each (season, day type, period); basic charge =
/// contract capacity × the regular contract fee (經常契約), prorated by days when a month straddles the
/// season change (e.g. 5/16). Not included: other contract charges, excess-demand penalties, power
/// factor adjustment, business tax. kWh the plan does not price (a slot with no rate) is reported as
/// <see cref="MonthlyCost.UnpricedKwh"/> and costs nothing. One pass over the arrays; no allocation per reading.
/// </summary>
public static class TouCost
{
    public static IReadOnlyList<MonthlyCost> Monthly(TouSchedule schedule, HolidayCalendar calendar, ReadOnlySpan<long> timestampsUtc,
        ReadOnlySpan<double> kwh, decimal? contractCapacityKw = null, RegularContractFee? fee = null, int intervalMinutes = TouSchedule.SlotMinutes)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(calendar);
        if (timestampsUtc.Length != kwh.Length)
        {
            throw new ArgumentException("Timestamps and quantities differ in length.", nameof(kwh));
        }

        if (timestampsUtc.Length == 0)
        {
            return [];
        }

        var min = long.MaxValue;
        var max = long.MinValue;
        foreach (var t in timestampsUtc)
        {
            min = Math.Min(min, t - 1);
            max = Math.Max(max, t - 1);
        }

        var first = TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(min));
        var last = TouSchedule.DateOfLocalDay(TouSchedule.LocalDay(max));
        var firstMonth = (first.Year * 12) + first.Month - 1;
        var months = (last.Year * 12) + last.Month - 1 - firstMonth + 1;
        var rates = schedule.Rates.Count;
        var width = rates + 1; // last column: unpriced
        var sums = new double[months * width];
        var counts = new int[months];
        var peaks = new double[months];

        var day = long.MinValue;
        var monthBase = 0;
        var month = 0;
        var slots = ReadOnlySpan<short>.Empty;
        for (var i = 0; i < timestampsUtc.Length; i++)
        {
            var instant = timestampsUtc[i] - 1;
            var d = TouSchedule.LocalDay(instant);
            if (d != day)
            {
                day = d;
                var date = TouSchedule.DateOfLocalDay(d);
                month = (date.Year * 12) + date.Month - 1 - firstMonth;
                monthBase = month * width;
                slots = schedule.Slots(schedule.ProfileOf(date, calendar));
            }

            var rate = slots[(int)((instant + TaipeiTime.OffsetSeconds - (d * 86400L)) / (TouSchedule.SlotMinutes * 60))];
            var q = kwh[i];
            sums[monthBase + (rate < 0 ? rates : rate)] += q;
            counts[month]++;
            if (q > peaks[month])
            {
                peaks[month] = q;
            }
        }

        return Results(schedule, firstMonth, months, sums, counts, peaks, 60.0 / intervalMinutes, contractCapacityKw, fee);
    }

    /// <summary>
    /// The same figures from day profiles (docs/meters.md#day-profiles): for each local day (days since 1970-01-01,
    /// Asia/Taipei) 96 slot sums — the quantities of the readings whose interval ends in the slot, placed by
    /// <c>t − 1 s</c> exactly as the reading path places them — and the day's reading count. Each day is classified once
    /// (season, day type) and each slot by the schedule, so the energy figures equal the reading path's (for one
    /// reading per slot, bit for bit). Peak demand is the largest slot × 60 / max(interval, 15): the same as the
    /// reading path for intervals of 15 minutes or more; for shorter intervals it is the 15-minute demand.
    /// </summary>
    /// <param name="schedule">The tariff's time-of-use schedule.</param>
    /// <param name="calendar">Holidays (day types).</param>
    /// <param name="localDays">The days, any order, each once.</param>
    /// <param name="slots">96 values per day, in the order of <paramref name="localDays"/>.</param>
    /// <param name="readings">The reading count of each day.</param>
    /// <param name="contractCapacityKw">Contract capacity for the basic charge.</param>
    /// <param name="fee">The regular contract fee for the basic charge.</param>
    /// <param name="intervalMinutes">The meter's interval.</param>
    public static IReadOnlyList<MonthlyCost> Monthly(TouSchedule schedule, HolidayCalendar calendar, ReadOnlySpan<long> localDays,
        ReadOnlySpan<double> slots, ReadOnlySpan<int> readings, decimal? contractCapacityKw = null, RegularContractFee? fee = null,
        int intervalMinutes = TouSchedule.SlotMinutes)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(calendar);
        if (slots.Length != localDays.Length * TouSchedule.SlotsPerDay || readings.Length != localDays.Length)
        {
            throw new ArgumentException("Each day needs 96 slots and a reading count.", nameof(slots));
        }

        var min = long.MaxValue;
        var max = long.MinValue;
        for (var i = 0; i < localDays.Length; i++)
        {
            if (readings[i] > 0)
            {
                min = Math.Min(min, localDays[i]);
                max = Math.Max(max, localDays[i]);
            }
        }

        if (min > max)
        {
            return [];
        }

        var first = TouSchedule.DateOfLocalDay(min);
        var last = TouSchedule.DateOfLocalDay(max);
        var firstMonth = (first.Year * 12) + first.Month - 1;
        var months = (last.Year * 12) + last.Month - 1 - firstMonth + 1;
        var rates = schedule.Rates.Count;
        var width = rates + 1;
        var sums = new double[months * width];
        var counts = new int[months];
        var peaks = new double[months];
        for (var i = 0; i < localDays.Length; i++)
        {
            if (readings[i] == 0)
            {
                continue;
            }

            var date = TouSchedule.DateOfLocalDay(localDays[i]);
            var month = (date.Year * 12) + date.Month - 1 - firstMonth;
            var monthSums = sums.AsSpan(month * width, width);
            var rateOf = schedule.Slots(schedule.ProfileOf(date, calendar));
            var day = slots.Slice(i * TouSchedule.SlotsPerDay, TouSchedule.SlotsPerDay);
            var peak = peaks[month];
            for (var s = 0; s < TouSchedule.SlotsPerDay; s++)
            {
                var rate = rateOf[s];
                var q = day[s];
                monthSums[rate < 0 ? rates : rate] += q;
                if (q > peak)
                {
                    peak = q;
                }
            }

            peaks[month] = peak;
            counts[month] += readings[i];
        }

        return Results(schedule, firstMonth, months, sums, counts, peaks, 60.0 / Math.Max(intervalMinutes, TouSchedule.SlotMinutes), contractCapacityKw, fee);
    }

    private static List<MonthlyCost> Results(TouSchedule schedule, int firstMonth, int months, double[] sums, int[] counts, double[] peaks, double toKw,
        decimal? contractCapacityKw, RegularContractFee? fee)
    {
        var rates = schedule.Rates.Count;
        var width = rates + 1;
        var result = new List<MonthlyCost>();
        for (var m = 0; m < months; m++)
        {
            if (counts[m] == 0)
            {
                continue;
            }

            var year = (firstMonth + m) / 12;
            var mon = ((firstMonth + m) % 12) + 1;
            var periods = new List<PeriodCost>();
            foreach (var period in Enum.GetValues<TouPeriod>())
            {
                double k = 0;
                decimal cost = 0;
                var any = false;
                for (var r = 0; r < rates; r++)
                {
                    if (schedule.Rates[r].Period == period)
                    {
                        var s = sums[(m * width) + r];
                        any |= s != 0;
                        k += s;
                        cost += (decimal)s * schedule.Rates[r].Price.NtdPerKwh;
                    }
                }

                if (any)
                {
                    periods.Add(new PeriodCost(period, k, cost));
                }
            }

            var basic = BasicCharge(schedule, year, mon, contractCapacityKw, fee);
            var energy = periods.Sum(p => p.EnergyChargeNtd);
            result.Add(new MonthlyCost(year, mon, counts[m], periods.Sum(p => p.Kwh) + sums[(m * width) + rates], sums[(m * width) + rates],
                periods, energy, basic, energy + (basic ?? 0m), peaks[m] * toKw));
        }

        return result;
    }

    /// <summary>Contract capacity × regular fee; summer and non-summer days of the month weighted by count.</summary>
    public static decimal? BasicCharge(TouSchedule schedule, int year, int month, decimal? contractCapacityKw, RegularContractFee? fee)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (contractCapacityKw is not { } kw || fee is null)
        {
            return null;
        }

        var days = DateTime.DaysInMonth(year, month);
        var summerDays = Enumerable.Range(1, days).Count(d => schedule.SeasonOf(new DateOnly(year, month, d)) == Season.Summer);
        return kw * ((fee.SummerNtdPerKw * summerDays) + (fee.NonSummerNtdPerKw * (days - summerDays))) / days;
    }
}

/// <summary>One local month of a meter: kWh and NT$ by period, basic charge (when capacity and fee are known), peak demand kW.</summary>
public sealed record MonthlyCost(int Year, int Month, int Readings, double Kwh, double UnpricedKwh, IReadOnlyList<PeriodCost> Periods,
    decimal EnergyChargeNtd, decimal? BasicChargeNtd, decimal TotalNtd, double PeakKw);

/// <summary>kWh and energy charge of one period in a month.</summary>
public sealed record PeriodCost(TouPeriod Period, double Kwh, decimal EnergyChargeNtd);
