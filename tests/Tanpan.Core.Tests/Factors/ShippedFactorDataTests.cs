using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Sources;

namespace Tanpan.Core.Tests.Factors;

/// <summary>The shipped reference data, checked against independent arithmetic and published cross-checks.</summary>
public class ShippedFactorDataTests
{
    private static readonly FactorLibrary Library = FactorLibrary.Shipped;

    private static decimal Dec(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>6.0.4 per-unit CO₂ = IPCC 2006 kg/TJ × the table's gross heat value × 4.1868e-9 TJ/kcal.</summary>
    [Theory]
    [InlineData("diesel", "74100", "8400")]
    [InlineData("motor_gasoline", "69300", "7800")]
    [InlineData("fuel_oil", "77400", "9600")]
    [InlineData("kerosene", "71900", "8500")]
    [InlineData("lpg", "63100", "6635")]
    [InlineData("natural_gas", "56100", "8000")]
    [InlineData("fuel_coal", "94600", "6080")]
    [InlineData("coke", "107000", "7000")]
    public void Moenv604_PerUnitCo2_EqualsKgPerTjTimesHeatValue(string material, string kgPerTj, string kcal)
    {
        var factor = Library.FindSet("moenv-6.0.4")!.Find(material, SourceType.Stationary)!;
        factor.Gases.Single(g => g.Species == "CO2").KgPerUnit.ShouldBe(Dec(kgPerTj) * Dec(kcal) * 0.0000000041868m, 1e-9m);
    }

    /// <summary>
    /// kg CO₂e per unit of the moenv-2024 set (AR5, CH₄ 28, N₂O 265) against the values of
    /// RyanWu9863/sme-carbon-inventory-tool v5, an independent spreadsheet (shared/data/README.md §1.3).
    /// </summary>
    [Theory]
    [InlineData("diesel", SourceType.Stationary, "", "2.685856")]
    [InlineData("diesel", SourceType.Mobile, "", "2.718361")]
    [InlineData("motor_gasoline", SourceType.Mobile, "catalyst", "2.270679")]
    [InlineData("lpg", SourceType.Stationary, "", "1.575386")]
    [InlineData("natural_gas", SourceType.Stationary, "", "1.906018")]
    [InlineData("fuel_oil", SourceType.Stationary, "", "3.029706")]
    public void Moenv2024_Co2ePerUnit_MatchesIndependentSpreadsheet(string material, SourceType type, string variant, string expected)
    {
        var factor = Library.FindSet("moenv-2024")!.Find(material, type, variant)!;
        var gwp = Library.FindGwpSet("AR5")!;
        var co2e = factor.Gases.Sum(g => g.KgPerUnit * gwp.Find(g.Species)!.Value);
        Math.Round(co2e, 6, MidpointRounding.AwayFromZero).ShouldBe(Dec(expected));
        factor.HeatValueKcal.ShouldNotBeNull();
        factor.PerTerajoule.ShouldNotBeNull();
    }

    [Fact]
    public void Moenv604_MobileAndStationary_ShareCo2ButNotCh4AndN2o()
    {
        var set = Library.FindSet("moenv-6.0.4")!;
        var stationary = set.Find("diesel", SourceType.Stationary)!;
        var mobile = set.Find("diesel", SourceType.Mobile)!;
        mobile.Gases[0].KgPerUnit.ShouldBe(stationary.Gases[0].KgPerUnit);
        mobile.Gases.Single(g => g.Species == "CH4").KgPerUnit.ShouldBe(0.000137159568m);
        stationary.Gases.Single(g => g.Species == "CH4").KgPerUnit.ShouldBe(0.00010550736m);
        mobile.Gases.Single(g => g.Species == "N2O").KgPerUnit.ShouldBeGreaterThan(stationary.Gases.Single(g => g.Species == "N2O").KgPerUnit);
    }

    [Fact]
    public void Moenv604_Diesel_CarriesAsymmetric95PercentBounds()
    {
        var co2 = Library.FindSet("moenv-6.0.4")!.Find("diesel", SourceType.Stationary)!.Gases[0];
        co2.LowerBound.ShouldBe(0.020243m);
        co2.UpperBound.ShouldBe(0.009447m);
    }

    [Theory]
    [InlineData(2017, "0.554")]
    [InlineData(2020, "0.502")]
    [InlineData(2021, "0.509")]
    [InlineData(2022, "0.495")]
    [InlineData(2023, "0.494")]
    [InlineData(2024, "0.474")]
    [InlineData(2025, "0.466")]   // industrial / enterprise-inventory value
    public void GridFactors_ByYear_AreCo2eWithSevenPercentUncertainty(int year, string kgPerKwh)
    {
        var grid = Library.GridFactors[year];
        grid.IsCo2e.ShouldBeTrue();
        grid.Unit.Key.ShouldBe("kWh");
        grid.Gases.ShouldHaveSingleItem().KgPerUnit.ShouldBe(Dec(kgPerKwh));
        grid.Gases[0].LowerBound.ShouldBe(0.07m);
        grid.Id.ShouldBe($"grid/{year}");
    }

    [Fact]
    public void FactorSets_RecordTheirHeatValueVintage()
    {
        Library.FindSet("moenv-2024")!.Info.HeatValueVintage.ShouldBe("energy-admin-113-lhv");
        Library.FindSet("moenv-6.0.4")!.Info.HeatValueVintage.ShouldBe("6.0.4-implied gross");
    }

    [Fact]
    public void EveryFactor_HasAMaterialAUniqueIdAndASource()
    {
        var factors = Library.AllFactors.ToList();
        factors.Select(f => f.Id).ShouldBeUnique();
        foreach (var f in factors)
        {
            Library.Materials.FindByKey(f.MaterialKey).ShouldNotBeNull(f.Id);
            f.Source.ShouldNotBeNullOrWhiteSpace(f.Id);
            Library.FindFactor(f.Id).ShouldBeSameAs(f);
        }
    }

    [Fact]
    public void LeakRates_AreThe604Midpoints()
    {
        Library.FindEquipmentType("家用冷凍、冷藏裝備")!.LeakRatePercent.ShouldBe(0.3m);
        Library.FindEquipmentType("冰水主機")!.Key.ShouldBe("chiller");
        Library.FindEquipmentType("4092")!.LeakFraction.ShouldBe(0.085m);
        Library.FindEquipmentType("冷氣機")!.LeakRatePercent.ShouldBe(5.5m);
        Library.EquipmentTypes.Count.ShouldBe(8);
    }

    [Fact]
    public void OtherFactors_SepticExtinguishersWelding()
    {
        Library.FindFactor("other/septic_tank")!.Gases[0].KgPerUnit.ShouldBe(0.0015938m);
        Library.FindFactor("other/fm200")!.Gases[0].Species.ShouldBe("HFC227ea");
        Library.FindFactor("other/welding_rod")!.SourceType.ShouldBe(SourceType.Process);
        Library.FindFactor("other/acetylene")!.Gases[0].KgPerUnit.ShouldBe(3.384165385m);
    }

    [Fact]
    public void Search_FindsByAliasAndEnglish()
    {
        Library.Search("重油").Select(f => f.MaterialKey).Distinct().ShouldBe(["fuel_oil"]);
        Library.Search("diesel").ShouldContain(f => f.Id == "moenv-6.0.4/diesel/mobile");
        Library.Search("R-134a").ShouldContain(f => f.Id == "refrigerant/R-134a");
    }
}
