using Tanpan.Core.Monitoring;
using Tanpan.Core.Tariffs;

namespace Tanpan.Core.Tests.Monitoring;

/// <summary>The day-profile overload of <see cref="TouCost.Monthly(TouSchedule, HolidayCalendar, ReadOnlySpan{long}, ReadOnlySpan{double}, ReadOnlySpan{int}, decimal?, RegularContractFee?, int)"/> against the reading path.</summary>
public class TouCostProfileTests
{
    public static TheoryData<string, string, int, int> Cases => new()
    {
        // plan, voltage, interval minutes, seed
        { "high_voltage_three_stage", "high", 15, 1 },
        { "high_voltage_2_tier", "high", 15, 2 },
        { "low_voltage_three_stage", "low", 60, 3 },
        { "extra_high_voltage_three_stage", "extra_high", 30, 4 },
        { "high_voltage_three_stage", "high", 5, 5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RandomSeries_ProfilePathEqualsReadingPath(string planId, string voltage, int interval, int seed)
    {
        var schedule = TouSchedule.Build(TariffLibrary.Shipped.Find(planId)!, TariffKeys.ParseVoltage(voltage)).Schedule!;
        var random = new Random(seed);

        // 2024-12-20 … 2026-02-10 local: new year, Lunar New Year holidays, both summer boundaries (5/16, 6/1, 9/30,
        // 10/15); readings skip random stretches (gaps) and some land exactly on local midnight (interval end 00:00).
        var start = new DateTimeOffset(2024, 12, 20, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var end = new DateTimeOffset(2026, 2, 10, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var times = new List<long>();
        var kwh = new List<double>();
        for (var t = start + (interval * 60); t <= end; t += interval * 60)
        {
            if (random.Next(50) == 0)
            {
                t += random.Next(1, 200) * interval * 60; // a gap
                continue;
            }

            times.Add(t);
            kwh.Add(Math.Round(random.NextDouble() * 40, 3));
        }

        var (days, slots, counts) = Profiles(times, kwh);
        var fee = TariffBasicFees.Find(planId);

        var byReadings = TouCost.Monthly(schedule, HolidayCalendar.Shipped, times.ToArray(), kwh.ToArray(), 1200m, fee, interval);
        var byProfiles = TouCost.Monthly(schedule, HolidayCalendar.Shipped, days, slots, counts, 1200m, fee, interval);

        byProfiles.Count.ShouldBe(byReadings.Count);
        byProfiles.Count.ShouldBe(15);
        for (var m = 0; m < byReadings.Count; m++)
        {
            var (r, p) = (byReadings[m], byProfiles[m]);
            (p.Year, p.Month, p.Readings).ShouldBe((r.Year, r.Month, r.Readings));
            p.Kwh.ShouldBe(r.Kwh, 1e-9 * Math.Max(1, r.Kwh));
            p.UnpricedKwh.ShouldBe(r.UnpricedKwh, 1e-9 * Math.Max(1, r.Kwh));
            Math.Abs(p.EnergyChargeNtd - r.EnergyChargeNtd).ShouldBeLessThan(0.005m);
            p.BasicChargeNtd.ShouldBe(r.BasicChargeNtd);
            p.Periods.Select(x => x.Period).ShouldBe(r.Periods.Select(x => x.Period));
            for (var k = 0; k < r.Periods.Count; k++)
            {
                p.Periods[k].Kwh.ShouldBe(r.Periods[k].Kwh, 1e-9 * Math.Max(1, r.Periods[k].Kwh));
                Math.Abs(p.Periods[k].EnergyChargeNtd - r.Periods[k].EnergyChargeNtd).ShouldBeLessThan(0.005m);
            }

            if (interval >= TouSchedule.SlotMinutes)
            {
                p.PeakKw.ShouldBe(r.PeakKw);
            }
        }
    }

    [Fact]
    public void QuarterHourSeries_ProfilePathIsBitForBitTheReadingPath()
    {
        var schedule = TouSchedule.Build(TariffLibrary.Shipped.Find("high_voltage_three_stage")!).Schedule!;
        var random = new Random(7);
        var start = new DateTimeOffset(2025, 5, 1, 0, 15, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var times = Enumerable.Range(0, 96 * 61).Select(i => start + (i * 900L)).ToList();
        var kwh = times.Select(_ => random.NextDouble() * 100).ToList();
        var (days, slots, counts) = Profiles(times, kwh);

        var byReadings = TouCost.Monthly(schedule, HolidayCalendar.Shipped, times.ToArray(), kwh.ToArray());
        var byProfiles = TouCost.Monthly(schedule, HolidayCalendar.Shipped, days, slots, counts);

        byProfiles.ShouldBe(byReadings, ignoreOrder: false, comparer: new CostComparer());
    }

    [Fact]
    public void NoDays_NoMonths() =>
        TouCost.Monthly(TouSchedule.Build(TariffLibrary.Shipped.Find("high_voltage_three_stage")!).Schedule!, HolidayCalendar.Shipped,
            ReadOnlySpan<long>.Empty, ReadOnlySpan<double>.Empty, ReadOnlySpan<int>.Empty).ShouldBeEmpty();

    /// <summary>The day profiles of a series, built independently of the app: day and slot of <c>t − 1</c>.</summary>
    private static (long[] Days, double[] Slots, int[] Counts) Profiles(List<long> times, List<double> kwh)
    {
        var days = times.Select(t => TouSchedule.LocalDay(t - 1)).Distinct().Order().ToArray();
        var index = days.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var slots = new double[days.Length * 96];
        var counts = new int[days.Length];
        for (var i = 0; i < times.Count; i++)
        {
            var d = index[TouSchedule.LocalDay(times[i] - 1)];
            slots[(d * 96) + TouSchedule.LocalSlot(times[i] - 1)] += kwh[i];
            counts[d]++;
        }

        return (days, slots, counts);
    }

    private sealed class CostComparer : IEqualityComparer<MonthlyCost>
    {
        public bool Equals(MonthlyCost? x, MonthlyCost? y) =>
            x is not null && y is not null && x with { Periods = [] } == y with { Periods = [] } && x.Periods.SequenceEqual(y.Periods);

        public int GetHashCode(MonthlyCost obj) => obj.Month;
    }
}
