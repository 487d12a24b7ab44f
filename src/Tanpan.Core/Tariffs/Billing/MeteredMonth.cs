using Tanpan.Core.Units;

namespace Tanpan.Core.Tariffs.Billing;

/// <summary>
/// A meter's month as the bill needs it, from day profiles (96 slot sums per local day, docs/meters.md#day-profiles):
/// kWh by season and bill period, and the maximum demand of each period (the largest slot × 60 / max(interval, 15),
/// Taipower's 15-minute demand). Days are classified by the plan's schedule and Taipower's off-peak days
/// (<see cref="TaipowerOffPeakDays"/>); a weekday semi-peak slot counts as 半尖峰, a Saturday one as 週六半尖峰.
/// </summary>
public sealed record MeteredMonth(IReadOnlyDictionary<(Season Season, BillPeriod Period), Quantity<Energy>> Energy, IReadOnlyDictionary<BillPeriod, decimal> MaxDemandKw,
    int DaysWithReadings, double UnpricedKwh)
{
    public static MeteredMonth Measure(TouSchedule schedule, HolidayCalendar offPeakDays, int year, int month, ReadOnlySpan<long> localDays,
        ReadOnlySpan<double> slots, ReadOnlySpan<int> readings, int intervalMinutes)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(offPeakDays);
        var kwh = new Dictionary<(Season, BillPeriod), double>();
        var demand = new Dictionary<BillPeriod, double>();
        var toKw = 60.0 / Math.Max(intervalMinutes, TouSchedule.SlotMinutes);
        var days = 0;
        double unpriced = 0;
        for (var i = 0; i < localDays.Length; i++)
        {
            var date = TouSchedule.DateOfLocalDay(localDays[i]);
            if (date.Year != year || date.Month != month || readings[i] == 0)
            {
                continue;
            }

            days++;
            var season = schedule.SeasonOf(date);
            var day = offPeakDays.DayTypeOf(date);
            var rateOf = schedule.Slots(TouSchedule.Profile(season, day));
            var daySlots = slots.Slice(i * TouSchedule.SlotsPerDay, TouSchedule.SlotsPerDay);
            for (var s = 0; s < TouSchedule.SlotsPerDay; s++)
            {
                var q = daySlots[s];
                if (rateOf[s] < 0)
                {
                    unpriced += q;
                    continue;
                }

                BillPeriod period = schedule.Rates[rateOf[s]].Period switch
                {
                    TouPeriod.Peak => BillPeriod.Peak,
                    TouPeriod.SemiPeak => day == DayType.Saturday ? BillPeriod.SaturdaySemiPeak : BillPeriod.SemiPeak,
                    _ => BillPeriod.OffPeak,
                };
                kwh[(season, period)] = kwh.GetValueOrDefault((season, period)) + q;
                demand[period] = Math.Max(demand.GetValueOrDefault(period), q * toKw);
            }
        }

        return new MeteredMonth(kwh.ToDictionary(k => k.Key, k => KilowattHours.Of(Math.Round((decimal)k.Value, 3))),
            demand.ToDictionary(k => k.Key, k => Math.Round((decimal)k.Value, 3)), days, unpriced);
    }
}
