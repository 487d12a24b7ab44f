using Microsoft.EntityFrameworkCore;
using Tanpan.Core.Monitoring;
using Tanpan.Core.Tariffs;
using Tanpan.Core.Time;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Tariffs;
using Tanpan.Web.Features.Meters.Storage;

namespace Tanpan.Web.Features.Monitoring;

/// <summary>
/// The figures of an energy dashboard (one meter, or a facility's electricity meters summed), all in Asia/Taipei local
/// time, readings placed by the interval they end (<c>t − 1 s</c>): the chosen day's load in 96 quarters, the week to
/// that day in hours, a 28-day hour × day heat map, and 12 months of kWh, peak demand and time-of-use cost. A
/// <see langword="null"/> value means no reading there (gaps are shown, never filled).
/// </summary>
public sealed record EnergyDashboard(string Name, string Unit, DateOnly Day, decimal? ContractCapacityKw, string? TariffPlanId,
    double?[] DayQuarters, DateOnly WeekFrom, double?[] WeekHours, DateOnly HeatFrom, double?[] HeatHours,
    IReadOnlyList<EnergyMonth> Months, IReadOnlyList<string> Notes);

/// <summary>
/// One local month: kWh, peak demand kW (largest 15-minute kWh × 4, also for meters with shorter intervals; coarser
/// intervals give their average kW) and,
/// when the meter has a usable plan, energy and basic charges and the kWh/NT$ of each period (<c>peak</c>, <c>semi_peak</c>, <c>off_peak</c>, <c>flat</c>).
/// </summary>
public sealed record EnergyMonth(int Year, int Month, double Kwh, double? PeakKw, decimal? EnergyChargeNtd, decimal? BasicChargeNtd, decimal? TotalNtd,
    IReadOnlyList<EnergyPeriodCost> Periods, double UnpricedKwh);

public sealed record EnergyPeriodCost(string Period, double Kwh, decimal EnergyChargeNtd);

/// <summary>
/// Builds <see cref="EnergyDashboard"/>s from stored data: the 12 months' kWh, peak demand and cost from the meters'
/// day profiles (<see cref="MeterProfileReader"/>: 365 rows a year per meter instead of 35,040 readings), and the
/// readings themselves only for the last 28 days (day, week and heat map show a quarter with no reading as a gap,
/// which a slot sum of 0 cannot tell apart).
/// </summary>
public sealed class EnergyDashboardService(AppDbContext db, MeterSeriesReader reader, MeterProfileReader profiles, TimeProvider clock)
{
    private const int Quarter = 900;

    public async Task<EnergyDashboard?> ForMeterAsync(Guid meterId, DateOnly? day, CancellationToken ct)
    {
        var meter = await db.Meters.SingleOrDefaultAsync(m => m.Id == meterId, ct);
        return meter is null ? null : await BuildAsync(meter.Name, meter.Unit, [meter], day, ct);
    }

    /// <summary>The facility's electricity meters summed; null for a facility not of the organisation.</summary>
    public async Task<EnergyDashboard?> ForFacilityAsync(Guid facilityId, DateOnly? day, CancellationToken ct)
    {
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == facilityId, ct);
        if (facility is null)
        {
            return null;
        }

        var meters = await db.Meters.Where(m => m.FacilityId == facilityId && m.EnergyType == "electricity").OrderBy(m => m.Name).ToListAsync(ct);
        return await BuildAsync(facility.Name, "kWh", meters, day, ct);
    }

    private async Task<EnergyDashboard> BuildAsync(string name, string unit, List<Meter> meters, DateOnly? requested, CancellationToken ct)
    {
        var today = TaipeiTime.Today(clock);
        var day = requested ?? today;
        var firstMonth = new DateOnly(day.Year, day.Month, 1).AddMonths(-11);
        var firstDay = TouSchedule.LocalDayOf(firstMonth);
        var endDay = TouSchedule.LocalDayOf(new DateOnly(day.Year, day.Month, 1).AddMonths(1));
        var rangeStart = firstDay * 86400 - TaipeiTime.OffsetSeconds;
        var quarters = (int)((endDay - firstDay) * TouSchedule.SlotsPerDay);
        var kwh = new double[quarters];
        var kw = new double[quarters];
        var seen = new bool[quarters];
        var dayReadings = new int[endDay - firstDay];
        var notes = new List<string>();
        var costs = new List<MonthlyCost>();
        var priced = meters.Count > 0;
        var own = await OrganisationTariffs.OwnAsync(db, ct);
        var ids = meters.Select(m => m.Id).ToList();
        var allProfiles = await profiles.LoadAsync(ids, firstDay, endDay, ct);

        // Gaps are shown for the 28 days of the heat map (which holds the week and the day): there the readings are read.
        var heatFrom = day.AddDays(-27);
        var recentStart = TouSchedule.LocalDayOf(heatFrom) * 86400 - TaipeiTime.OffsetSeconds;
        var recentEnd = (TouSchedule.LocalDayOf(day) + 1) * 86400 - TaipeiTime.OffsetSeconds;
        var recent = await reader.LoadAsync(ids, recentStart, recentEnd, ct);
        foreach (var meter in meters)
        {
            var profile = allProfiles[meter.Id];
            var interval = Math.Max(1, meter.IntervalMinutes);
            var covers = Math.Max(1, interval / 15);
            var toKw = 60.0 / Math.Max(interval, TouSchedule.SlotMinutes);
            for (var i = 0; i < profile.Count; i++)
            {
                var offset = (int)(profile.LocalDays[i] - firstDay);
                dayReadings[offset] += profile.Readings[i];
                var slots = profile.Day(i);
                for (var s = 0; s < slots.Length; s++)
                {
                    var q = (offset * TouSchedule.SlotsPerDay) + s;
                    kwh[q] += slots[s];
                    for (var k = 0; k < covers && q - k >= 0; k++)
                    {
                        kw[q - k] += slots[s] * toKw;
                    }
                }
            }

            foreach (var t in recent[meter.Id].TimestampsUtc)
            {
                seen[(int)((t - 1 - rangeStart) / Quarter)] = true;
            }

            if (Schedule(meter, own, notes) is { } schedule)
            {
                costs.AddRange(TouCost.Monthly(schedule, TaipowerOffPeakDays.For(schedule.Plan), profile.LocalDays, profile.Slots, profile.Readings, meter.ContractCapacityKw,
                    TariffBasicFees.Find(schedule.Plan.Id), interval));
            }
            else
            {
                priced = false;
            }
        }

        var dayStart = (int)((TouSchedule.LocalDayOf(day) - TouSchedule.LocalDayOf(firstMonth)) * 96);
        var dayQuarters = Enumerable.Range(dayStart, 96).Select(q => seen[q] ? kwh[q] : (double?)null).ToArray();
        var weekFrom = day.AddDays(-6);
        var months = new List<EnergyMonth>();
        for (var m = firstMonth; m <= day; m = m.AddMonths(1))
        {
            var from = (int)((TouSchedule.LocalDayOf(m) - TouSchedule.LocalDayOf(firstMonth)) * 96);
            var to = (int)((TouSchedule.LocalDayOf(m.AddMonths(1)) - TouSchedule.LocalDayOf(firstMonth)) * 96);
            var any = dayReadings.AsSpan(from / TouSchedule.SlotsPerDay, (to - from) / TouSchedule.SlotsPerDay).ContainsAnyExcept(0);
            var monthCosts = costs.Where(c => c.Year == m.Year && c.Month == m.Month).ToList();
            var periods = monthCosts.SelectMany(c => c.Periods).GroupBy(p => p.Period)
                .Select(g => new EnergyPeriodCost(TariffKeys.Key(g.Key), g.Sum(p => p.Kwh), g.Sum(p => p.EnergyChargeNtd))).ToList();
            var energy = priced && monthCosts.Count > 0 ? monthCosts.Sum(c => c.EnergyChargeNtd) : (decimal?)null;
            var basic = priced && monthCosts.Count > 0 && monthCosts.All(c => c.BasicChargeNtd is not null) ? monthCosts.Sum(c => c.BasicChargeNtd!.Value) : (decimal?)null;
            months.Add(new EnergyMonth(m.Year, m.Month, kwh.AsSpan(from, to - from).ToArray().Sum(), any ? kw.AsSpan(from, to - from).ToArray().Max() : null,
                energy, basic, energy is null ? null : energy + (basic ?? 0), periods, monthCosts.Sum(c => c.UnpricedKwh)));
        }

        var capacity = meters.All(m => m.ContractCapacityKw is not null) && meters.Count > 0 ? meters.Sum(m => m.ContractCapacityKw!.Value) : (decimal?)null;
        return new EnergyDashboard(name, unit, day, capacity, meters.Count == 1 ? meters[0].TariffPlanId : null, dayQuarters,
            weekFrom, Hours(kwh, seen, firstMonth, weekFrom, 7), heatFrom, Hours(kwh, seen, firstMonth, heatFrom, 28), months, notes);
    }

    /// <summary>Hourly sums of <paramref name="days"/> days from <paramref name="from"/>; null for an hour with no reading (or before the loaded range).</summary>
    private static double?[] Hours(double[] kwh, bool[] seen, DateOnly firstMonth, DateOnly from, int days)
    {
        var hours = new double?[days * 24];
        var offset = (TouSchedule.LocalDayOf(from) - TouSchedule.LocalDayOf(firstMonth)) * 96;
        for (var h = 0; h < hours.Length; h++)
        {
            var q = offset + (h * 4);
            if (q < 0 || q + 4 > kwh.Length)
            {
                continue;
            }

            double sum = 0;
            var any = false;
            for (var k = 0; k < 4; k++)
            {
                any |= seen[q + k];
                sum += kwh[q + k];
            }

            hours[h] = any ? sum : null;
        }

        return hours;
    }

    /// <summary>The meter's plan: a shipped one, else the organisation's own (its current version).</summary>
    private static TouSchedule? Schedule(Meter meter, Dictionary<string, TariffPlan> own, List<string> notes)
    {
        if (meter.EnergyType != "electricity" || meter.TariffPlanId is null
            || (TariffLibrary.Shipped.Find(meter.TariffPlanId) ?? own.GetValueOrDefault(meter.TariffPlanId)) is not { } plan)
        {
            notes.Add($"no_tariff:{meter.Name}");
            return null;
        }

        var voltage = meter.Voltage is null ? null : TariffKeys.ParseVoltage(meter.Voltage);
        var (schedule, problems) = TouSchedule.Build(plan, voltage);
        if (schedule is null)
        {
            notes.Add($"bad_tariff:{meter.Name}");
        }

        return schedule;
    }
}
