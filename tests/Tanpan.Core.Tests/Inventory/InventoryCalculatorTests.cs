using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using static Tanpan.Core.Tests.Support.Records;

namespace Tanpan.Core.Tests.Inventory;

public class InventoryCalculatorTests
{
    private readonly List<ActivityIssue> _issues = [];

    private RowResult Calc(RawActivityRecord raw, string set = "moenv-6.0.4", string gwp = "AR5")
    {
        var library = FactorLibrary.Shipped;
        var row = new ActivityRowReader(library.Materials).Read(raw, _issues).ShouldNotBeNull();
        var result = new InventoryCalculator(library, new InventoryOptions(set, gwp)).Calculate(row, _issues);
        _issues.ShouldBeEmpty();
        return result!;
    }

    private static GasEmission Gas(RowResult r, string species) => r.Gases.Single(g => g.Species == species);

    [Fact]
    public void Calculate_StationaryDiesel_TracesEveryGas()
    {
        var r = Calc(Row(2, "廠", "stationary", "柴油", "1", "公秉", "2021"));
        r.ConvertedAmount.ShouldBe(1000m);
        r.ConvertedUnit.Key.ShouldBe("L");
        r.Factor.Id.ShouldBe("moenv-6.0.4/diesel/stationary");
        r.Factor.SetVersion.ShouldBe("6.0.4");
        r.GwpSetId.ShouldBe("AR5");
        Gas(r, "CO2").Kilograms.ShouldBe(2606.031792m);
        Gas(r, "CH4").Kilograms.ShouldBe(0.10550736m);
        Gas(r, "CH4").Gwp.ShouldBe(28m);
        Gas(r, "CH4").Co2e.Kilograms.ShouldBe(2.95420608m);
        Gas(r, "N2O").Kilograms.ShouldBe(0.021101472m);
        Gas(r, "N2O").Co2e.Kilograms.ShouldBe(5.59189008m);
        r.Total.Kilograms.ShouldBe(2606.031792m + 2.95420608m + 5.59189008m);
        r.Category.ShouldBe(1);
        r.Scope.ShouldBe(1);
    }

    [Fact]
    public void Calculate_MobileDiesel_HigherCh4AndN2oThanStationary()
    {
        var mobile = Calc(Row(2, "廠", "mobile", "diesel", "1000", "L", "2021"));
        var stationary = Calc(Row(2, "廠", "stationary", "diesel", "1000", "L", "2021"));
        Gas(mobile, "CO2").Kilograms.ShouldBe(Gas(stationary, "CO2").Kilograms);
        mobile.Total.ShouldBeGreaterThan(stationary.Total);
    }

    [Fact]
    public void Calculate_Electricity_FactorIsCo2eAndNoGwpApplied()
    {
        var r = Calc(Row(2, "廠", "外購電力", "外購電力", "1,060,000", "度", "2021"));
        r.Factor.Id.ShouldBe("grid/2021");
        var gas = r.Gases.ShouldHaveSingleItem();
        gas.Gwp.ShouldBeNull();
        r.Total.Tonnes.ShouldBe(539.54m);   // seed 003: 1,060,000 度 → 539.54 t
        r.Category.ShouldBe(2);
        r.Scope.ShouldBe(2);
    }

    [Fact]
    public void Calculate_RefrigerantCharge_AppliesLeakRate()
    {
        // Seed 001: 飲水機/冰箱 R-134a 0.9 kg charge × 0.3 % × GWP 1300.
        var r = Calc(Row(2, "廠", "逸散", "R-134a", "0.9", "公斤", "2021", equipmentType: "家用冷凍、冷藏裝備"));
        r.Equipment!.LeakRatePercent.ShouldBe(0.3m);
        r.FactorBasis.ShouldBe(0.0027m);
        Gas(r, "HFC134a").Kilograms.ShouldBe(0.0027m);
        r.Total.Kilograms.ShouldBe(3.51m);
    }

    [Fact]
    public void Calculate_RefrigerantRefill_IsWhatEscaped()
    {
        var r = Calc(Row(2, "廠", "fugitive", "R-410A", "10", "kg", "2021"));
        r.Equipment.ShouldBeNull();
        Gas(r, "HFC32").Kilograms.ShouldBe(5m);
        Gas(r, "HFC125").Kilograms.ShouldBe(5m);
        r.Total.Kilograms.ShouldBe(19_235m);   // 10 kg × 1923.5
    }

    [Fact]
    public void Calculate_SepticTank_PersonHours()
    {
        var r = Calc(Row(2, "廠", "逸散", "員工工時", "25,660", "小時", "2021"));
        Gas(r, "CH4").Kilograms.ShouldBe(25_660m * 0.0015938m);
        r.Total.Kilograms.ShouldBe(25_660m * 0.0015938m * 28m);
    }

    [Theory]
    [InlineData("AR4", "25")]
    [InlineData("AR5", "28")]
    [InlineData("AR6", "27.9")]
    public void Calculate_GwpSetChoice_ChangesOnlyNonCo2Gases(string gwp, string ch4)
    {
        var r = Calc(Row(2, "廠", "stationary", "天然氣", "1000", "m3", "2021"), gwp: gwp);
        Gas(r, "CH4").Gwp.ShouldBe(decimal.Parse(ch4, System.Globalization.CultureInfo.InvariantCulture));
        Gas(r, "CO2").Co2e.Kilograms.ShouldBe(1879.03584m);
    }

    [Fact]
    public void Calculate_EnergyUnitUnderKgPerTjSet_UsesTheEnergyBasis()
    {
        var r = Calc(Row(2, "廠", "stationary", "natural gas", "1", "GJ", "2024"), set: "moenv-2024");
        r.ConvertedUnit.Key.ShouldBe("TJ");
        r.ConvertedAmount.ShouldBe(0.001m);
        Gas(r, "CO2").Kilograms.ShouldBe(56.1m);
    }

    [Fact]
    public void Calculate_EnergyUnitUnderPerUnitSet_IsAWrongDimensionError()
    {
        var library = FactorLibrary.Shipped;
        var row = new ActivityRowReader(library.Materials).Read(Row(3, "廠", "stationary", "natural gas", "1", "GJ", "2024"), _issues)!;
        new InventoryCalculator(library, new InventoryOptions()).Calculate(row, _issues).ShouldBeNull();
        var issue = _issues.ShouldHaveSingleItem();
        (issue.Line, issue.Column).ShouldBe((3, "unit"));
        issue.MessageEn.ShouldContain("energy unit");
        issue.MessageZh.ShouldContain("不同維度");
    }

    [Fact]
    public void Calculate_DieselInKilograms_IsAWrongDimensionError()
    {
        var library = FactorLibrary.Shipped;
        var row = new ActivityRowReader(library.Materials).Read(Row(4, "廠", "stationary", "柴油", "10", "公斤", "2021"), _issues)!;
        new InventoryCalculator(library, new InventoryOptions()).Calculate(row, _issues).ShouldBeNull();
        _issues.ShouldHaveSingleItem().MessageEn.ShouldContain("mass unit but factor moenv-6.0.4/diesel/stationary is per L");
    }

    [Fact]
    public void Constructor_UnknownSetOrGwp_Throws()
    {
        Should.Throw<ArgumentException>(() => new InventoryCalculator(FactorLibrary.Shipped, new InventoryOptions("moenv-9")));
        Should.Throw<ArgumentException>(() => new InventoryCalculator(FactorLibrary.Shipped, new InventoryOptions(GwpSetId: "AR9")));
    }
}
