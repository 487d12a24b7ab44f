using Tanpan.Core.Tariffs;

namespace Tanpan.Core.Tests.Tariffs;

public class TariffLibraryTests
{
    private static readonly TariffLibrary Library = TariffLibrary.Shipped;

    [Fact]
    public void Shipped_HasElevenPlansOf20251001AndTheSeedExample()
    {
        Library.Plans.Count(p => p.Version == "20251001").ShouldBe(11);
        Library.Find("three_stage_2023_example")!.Version.ShouldBe("2023-04");
        Library.Plans.Select(p => p.Id).ShouldBeUnique();
    }

    [Theory]
    [InlineData("low_voltage_three_stage", Voltage.Low)]
    [InlineData("high_voltage_batch", Voltage.High)]
    [InlineData("extra_high_voltage_2_tier", Voltage.ExtraHigh)]
    public void Shipped_20251001Plan_HasTheVoltageItsIdNames(string id, Voltage voltage)
    {
        var plan = Library.Find(id)!;

        plan.Voltages.ShouldBe([voltage]);
        plan.Rates.ShouldAllBe(r => r.Voltage == voltage);
    }

    [Theory]
    [InlineData("high_voltage_three_stage", Voltage.High, Season.Summer, DayType.Weekday, TouPeriod.Peak, 9.39)]
    [InlineData("high_voltage_three_stage", Voltage.High, Season.Summer, DayType.Weekday, TouPeriod.SemiPeak, 5.85)]
    [InlineData("high_voltage_three_stage", Voltage.High, Season.NonSummer, DayType.Saturday, TouPeriod.SemiPeak, 2.41)]
    [InlineData("high_voltage_three_stage", Voltage.High, Season.Summer, DayType.SundayHoliday, TouPeriod.OffPeak, 2.53)]
    [InlineData("low_voltage_power", Voltage.Low, Season.Summer, DayType.SundayHoliday, TouPeriod.Flat, 4.08)]
    [InlineData("low_voltage_power", Voltage.Low, Season.NonSummer, DayType.Weekday, TouPeriod.Flat, 3.87)]
    [InlineData("three_stage_2023_example", Voltage.Low, Season.Summer, DayType.Weekday, TouPeriod.Peak, 5.93)]
    [InlineData("three_stage_2023_example", Voltage.High, Season.Summer, DayType.Weekday, TouPeriod.SemiPeak, 4.39)]
    [InlineData("three_stage_2023_example", Voltage.ExtraHigh, Season.Summer, DayType.Weekday, TouPeriod.OffPeak, 1.83)]
    public void Find_ReturnsTheRateOfTheDataFile(string id, Voltage voltage, Season season, DayType day, TouPeriod period, double rate)
    {
        Library.Find(id)!.Find(voltage, season, day, period)!.Price.NtdPerKwh.ShouldBe((decimal)rate);
    }

    [Fact]
    public void Find_PlanIdIgnoresCase() => Library.Find("HIGH_VOLTAGE_THREE_STAGE").ShouldNotBeNull();

    [Fact]
    public void Periods_ListsOnlyWhatThePlanPricesThatDay() =>
        Library.Find("high_voltage_three_stage")!.Periods(Voltage.High, Season.NonSummer, DayType.Weekday).ShouldBe([TouPeriod.SemiPeak, TouPeriod.OffPeak]);

    [Theory]
    [InlineData("extra-high", Voltage.ExtraHigh)]
    [InlineData("extra_high", Voltage.ExtraHigh)]
    [InlineData("HIGH", Voltage.High)]
    public void ParseVoltage_AcceptsCliAndDataSpellings(string text, Voltage voltage) => TariffKeys.ParseVoltage(text).ShouldBe(voltage);

    [Theory]
    [InlineData("sunday")]
    [InlineData("sunday_holiday")]
    public void ParseDay_SundayAndDataSpelling_AreSundayHoliday(string text) => TariffKeys.ParseDay(text).ShouldBe(DayType.SundayHoliday);

    [Fact]
    public void Keys_RoundTrip()
    {
        foreach (var v in Enum.GetValues<Voltage>())
        {
            TariffKeys.ParseVoltage(TariffKeys.Key(v)).ShouldBe(v);
        }

        foreach (var s in Enum.GetValues<Season>())
        {
            TariffKeys.ParseSeason(TariffKeys.Key(s)).ShouldBe(s);
        }

        foreach (var d in Enum.GetValues<DayType>())
        {
            TariffKeys.ParseDay(TariffKeys.Key(d)).ShouldBe(d);
        }

        foreach (var p in Enum.GetValues<TouPeriod>())
        {
            TariffKeys.ParsePeriod(TariffKeys.Key(p)).ShouldBe(p);
        }

        TariffKeys.ParseSeason("winter").ShouldBeNull();
    }
}
