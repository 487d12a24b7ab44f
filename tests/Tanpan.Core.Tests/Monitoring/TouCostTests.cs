using Tanpan.Core.Monitoring;
using Tanpan.Core.Tariffs;
using static Tanpan.Core.Tests.Tariffs.TouScheduleTests;

namespace Tanpan.Core.Tests.Monitoring;

public class TouCostTests
{
    private static readonly TouSchedule HighThreeStage = TouSchedule.Build(TariffLibrary.Shipped.Find("high_voltage_three_stage")!).Schedule!;

    /// <summary>Quarter-hour readings stamped at the END of each quarter from <paramref name="firstEnd"/>.</summary>
    private static (long[] T, double[] Q) Quarters(string firstEnd, int count, Func<int, double> kwh)
    {
        var start = Taipei(firstEnd);
        return (Enumerable.Range(0, count).Select(i => start + (i * 900L)).ToArray(), Enumerable.Range(0, count).Select(kwh).ToArray());
    }

    [Fact]
    public void SummerWeekday_OneKwhPerQuarter_SplitsByPeriod()
    {
        // 2025-07-15 (Tue): readings stamped 00:15 … 24:00 cover the whole local day.
        var (t, q) = Quarters("2025-07-15 00:15:00", 96, _ => 1);

        var month = TouCost.Monthly(HighThreeStage, TaipowerOffPeakDays.For(HighThreeStage.Plan), t, q).Single();

        month.Year.ShouldBe(2025);
        month.Month.ShouldBe(7);
        month.Kwh.ShouldBe(96);
        // 16–22 peak = 24 quarters × 9.39; 09–16 and 22–24 semi-peak = 36 × 5.85; 00–09 off-peak = 36 × 2.53.
        month.Periods.Single(p => p.Period == TouPeriod.Peak).EnergyChargeNtd.ShouldBe(225.36m);
        month.Periods.Single(p => p.Period == TouPeriod.SemiPeak).EnergyChargeNtd.ShouldBe(210.60m);
        month.Periods.Single(p => p.Period == TouPeriod.OffPeak).EnergyChargeNtd.ShouldBe(91.08m);
        month.EnergyChargeNtd.ShouldBe(527.04m);
        month.BasicChargeNtd.ShouldBeNull();
    }

    [Fact]
    public void Holiday_IsPricedOffPeakAllDay()
    {
        var (t, q) = Quarters("2025-10-10 00:15:00", 96, _ => 1);

        var month = TouCost.Monthly(HighThreeStage, TaipowerOffPeakDays.For(HighThreeStage.Plan), t, q).Single();

        month.Periods.Single().Period.ShouldBe(TouPeriod.OffPeak);
        month.EnergyChargeNtd.ShouldBe(96 * 2.53m);
    }

    [Fact]
    public void ReadingsAcrossAMonthEnd_GoToTheMonthOfTheirInterval()
    {
        // 2025-01-31 23:45–24:00 is January (stamped 2025-02-01 00:00); the next quarter is February.
        var (t, q) = Quarters("2025-02-01 00:00:00", 2, i => i + 1);

        var months = TouCost.Monthly(HighThreeStage, TaipowerOffPeakDays.For(HighThreeStage.Plan), t, q);

        months.Select(m => (m.Month, m.Kwh)).ShouldBe([(1, 1d), (2, 2d)]);
    }

    [Fact]
    public void BasicCharge_IsContractTimesRegularFee_ProratedInMay()
    {
        var fee = TariffBasicFees.Find("high_voltage_three_stage")!;
        fee.ShouldBe(new RegularContractFee(223.6m, 166.9m));

        var (july, _) = Quarters("2025-07-15 00:15:00", 4, _ => 2);
        TouCost.Monthly(HighThreeStage, TaipowerOffPeakDays.For(HighThreeStage.Plan), july, [2, 2, 3, 2], 100m, fee).Single().BasicChargeNtd.ShouldBe(22360m);
        // May: 15 non-summer days, 16 summer days (5/16–5/31): 100 × (223.6 × 16 + 166.9 × 15) / 31.
        Math.Round(TouCost.BasicCharge(HighThreeStage, 2025, 5, 100m, fee)!.Value, 2).ShouldBe(19616.45m);
    }

    [Fact]
    public void PeakKw_IsTheLargestQuarterTimesFour()
    {
        var (t, _) = Quarters("2025-07-15 00:15:00", 4, _ => 0);

        TouCost.Monthly(HighThreeStage, TaipowerOffPeakDays.For(HighThreeStage.Plan), t, [2, 2, 3, 2]).Single().PeakKw.ShouldBe(12);
    }

    [Fact]
    public void SeedPlanOnASaturday_IsUnpriced()
    {
        var seed = TouSchedule.Build(TariffLibrary.Shipped.Find("three_stage_2023_example")!, Voltage.High).Schedule!;
        var (t, q) = Quarters("2023-07-15 00:15:00", 96, _ => 1);

        var month = TouCost.Monthly(seed, TaipowerOffPeakDays.For(seed.Plan), t, q).Single();

        month.UnpricedKwh.ShouldBe(96);
        month.EnergyChargeNtd.ShouldBe(0m);
    }
}
