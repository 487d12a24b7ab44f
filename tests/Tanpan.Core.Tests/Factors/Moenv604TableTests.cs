using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using static Tanpan.Core.Tests.Support.Records;

namespace Tanpan.Core.Tests.Factors;

/// <summary>
/// The whole MOENV 溫室氣體排放係數管理表 6.0.4 fuel table (35 stationary + 8 mobile rows with figures) and the
/// coal and coke rows of the 113/2/5 announcement (moenv-2024), checked against their sources.
/// </summary>
public class Moenv604TableTests
{
    private const decimal TjPerKcal = 0.0000000041868m;
    private static readonly FactorLibrary Library = FactorLibrary.Shipped;
    private static readonly FactorSet Set604 = Library.FindSet("moenv-6.0.4")!;

    private static decimal Dec(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Every 6.0.4 per-unit value = its IPCC 2006 kg/TJ × the table's heat value × 4.1868e-9, exactly (decimal).</summary>
    [Fact]
    public void EveryRow_EqualsKgPerTjTimesHeatValue_Exactly()
    {
        Set604.Factors.Count.ShouldBe(44);   // 43 table rows + natural_gas_ng2 (the one natural-gas row under a second name)
        foreach (var f in Set604.Factors)
        {
            var d = f.Derivation.ShouldNotBeNull(f.Id);
            foreach (var gas in f.Gases)
            {
                var perTj = d.PerTerajoule.Single(g => g.Species == gas.Species).KgPerUnit;
                gas.KgPerUnit.ShouldBe(perTj * d.HeatValueFor(gas.Species) * TjPerKcal, $"{f.Id} {gas.Species}");
            }
        }
    }

    [Fact]
    public void EveryRow_CitesItsTableRowOnce()
    {
        var items = Set604.Factors.Where(f => f.MaterialKey != "natural_gas_ng2").Select(f => f.Derivation!.TableItem).ToList();
        items.ShouldBeUnique();
        items.Count(i => i.StartsWith("固定 ", StringComparison.Ordinal)).ShouldBe(35);
        items.Count(i => i.StartsWith("移動 ", StringComparison.Ordinal)).ShouldBe(8);
        Set604.Find("natural_gas_ng2", SourceType.Stationary)!.Derivation!.TableItem.ShouldBe("固定 31");
    }

    /// <summary>
    /// The rows added for issue 14, against two transcriptions of the table that do not share code:
    /// taniko00523/Carbon-inventory-platform (Data/ApplicationDbContext.cs, full precision) and
    /// frencyliu/WPPlugin-carbon-check (covertData.tsx, the table's English names). kg/TJ and the CO₂ 95 % range
    /// are IPCC 2006 Vol. 2 Table 2.2 (energy industries) / Table 3.2.1; the bounds are (default − low) / default
    /// and (high − default) / default of that range.
    /// </summary>
    [Theory]
    [InlineData("oil_shale", SourceType.Stationary, "kg", "0.9528696252", "0.0000089053236", "0.0000133579854", 107000, 90200, 125000)]
    [InlineData("peat", SourceType.Stationary, "kg", "1.0353872664", "0.0000097678044", "0.0000146517066", 106000, 100000, 108000)]
    [InlineData("patent_fuel", SourceType.Stationary, "kg", "1.5512094", "0.00001590984", "0.00002386476", 97500, 87300, 109000)]
    [InlineData("orimulsion", SourceType.Stationary, "kg", "2.1190274028", "0.0000825595092", "0.00001651190184", 77000, 69300, 85400)]
    [InlineData("natural_gas_liquids", SourceType.Stationary, "m3", "2.83952460384", "0.0001326880656", "0.00002653761312", 64200, 58300, 70400)]
    [InlineData("shale_oil", SourceType.Stationary, "kg", "2.79456255864", "0.0001079943192", "0.00002159886384", 73300, 67800, 79200)]
    [InlineData("other_petroleum_products", SourceType.Stationary, "L", "2.76203196", "0.0001130436", "0.00002260872", 73300, 72200, 74400)]
    [InlineData("municipal_waste", SourceType.Stationary, "kg", "0.7792272742716", "0.00025492713444", "0.000033990284592", 91700, 73300, 121000)]
    [InlineData("lubricants", SourceType.Mobile, "L", "2.946167424", "0.00012057984", "0.000024115968", 73300, 71900, 75200)]
    public void NewRow_MatchesTranscriptionsAndIpccRange(string material, SourceType type, string unit, string co2, string ch4, string n2o, int kgPerTj, int low, int high)
    {
        var f = Set604.Find(material, type).ShouldNotBeNull();
        f.Unit.Key.ShouldBe(unit);
        f.Gases.Select(g => g.KgPerUnit).ShouldBe(new[] { Dec(co2), Dec(ch4), Dec(n2o) });
        f.Derivation!.PerTerajoule[0].KgPerUnit.ShouldBe((decimal)kgPerTj);
        var co2Gas = f.Gases[0];
        co2Gas.LowerBound!.Value.ShouldBe((kgPerTj - low) / (decimal)kgPerTj, 0.000001m);
        co2Gas.UpperBound!.Value.ShouldBe((high - kgPerTj) / (decimal)kgPerTj, 0.000001m);
        var names = Library.Materials.FindByKey(material)!;
        names.NameZh.ShouldNotBeNullOrWhiteSpace();
        names.NameEn.ShouldNotBeNullOrWhiteSpace();
    }

    /// <summary>The 6.0.4 table's own heat values (kcal per unit) for the rows added, as the arithmetic gives them.</summary>
    [Theory]
    [InlineData("oil_shale", "2127")]
    [InlineData("peat", "2333")]
    [InlineData("patent_fuel", "3800")]
    [InlineData("orimulsion", "6573")]
    [InlineData("natural_gas_liquids", "10564")]
    [InlineData("other_petroleum_products", "9000")]
    [InlineData("municipal_waste", "2029.61")]
    public void NewRow_HeatValue(string material, string kcal) =>
        Set604.Find(material, SourceType.Stationary)!.Derivation!.HeatValueKcal.ShouldBe(Dec(kcal));

    /// <summary>頁岩油: the table's CO₂ implies 9,106 kcal/kg, its CH₄ and N₂O 8,598 (both transcriptions agree); shipped as printed.</summary>
    [Fact]
    public void ShaleOil_Co2AndOtherGasesUseTheTwoHeatValuesTheTablePrints()
    {
        var d = Set604.Find("shale_oil", SourceType.Stationary)!.Derivation!;
        (d.HeatValueFor("CO2"), d.HeatValueFor("CH4"), d.HeatValueFor("N2O")).ShouldBe((9106m, 8598m, 8598m));
    }

    [Theory]
    [InlineData("油頁岩", "oil_shale")]
    [InlineData("油頁岩及焦油砂", "oil_shale")]
    [InlineData("泥煤", "peat")]
    [InlineData("煤球", "patent_fuel")]
    [InlineData("奧里油", "orimulsion")]
    [InlineData("Orimulsion", "orimulsion")]
    [InlineData("天然氣凝結油", "natural_gas_liquids")]
    [InlineData("天然氣凝結油(NGLs)", "natural_gas_liquids")]
    [InlineData("頁岩油", "shale_oil")]
    [InlineData("其他油品", "other_petroleum_products")]
    [InlineData("其他石油產品", "other_petroleum_products")]
    [InlineData("一般廢棄物", "municipal_waste")]
    [InlineData("都市廢棄物", "municipal_waste")]
    public void NewMaterials_AreFoundByTheirMoenvNames(string text, string key) =>
        Library.Materials.Find(text).ShouldNotBeNull().Key.ShouldBe(key);

    /// <summary>
    /// moenv-2024 coal and coke: 113/2/5 附表一 kg/TJ (= IPCC 2006 Table 2.2); per TJ only, since no net heat value of
    /// the 能源署 113 table is shipped for them.
    /// </summary>
    [Theory]
    [InlineData("anthracite", 98300, "1", "1.5")]
    [InlineData("coking_coal", 94600, "1", "1.5")]
    [InlineData("fuel_coal", 94600, "1", "1.5")]
    [InlineData("subbituminous_coal_other", 96100, "1", "1.5")]
    [InlineData("lignite", 101000, "1", "1.5")]
    [InlineData("coke", 107000, "1", "1.5")]
    [InlineData("petroleum_coke", 97500, "3", "0.6")]
    public void Moenv2024_CoalAndCoke_PerTerajoule(string material, int co2, string ch4, string n2o)
    {
        var f = Library.FindSet("moenv-2024")!.Find(material, SourceType.Stationary).ShouldNotBeNull();
        f.Unit.Key.ShouldBe("TJ");
        f.HeatValueKcal.ShouldBeNull();
        f.Gases.Select(g => g.KgPerUnit).ShouldBe(new[] { co2, Dec(ch4), Dec(n2o) });
        f.PerTerajoule.ShouldNotBeNull();
        f.Source.ShouldContain("附表一-固定");
        f.Confidence.ShouldBe("M");
        // the 95 % bounds are those of the same fuel in 6.0.4 (both restate IPCC 2006)
        f.Gases[0].LowerBound.ShouldBe(Set604.Find(material, SourceType.Stationary)!.Gases[0].LowerBound);
    }

    /// <summary>
    /// The 113/2/5 附表一 coal rows agree with the 6.0.4 per-unit values divided back by 6.0.4's heat value
    /// (both are IPCC 2006 defaults): 燃料煤 94,600 kg/TJ × 6,080 kcal/kg × 4.1868e-9 = 2.4081133824 kg/kg.
    /// </summary>
    [Theory]
    [InlineData("fuel_coal")]
    [InlineData("anthracite")]
    [InlineData("coke")]
    [InlineData("lignite")]
    public void Moenv2024_CoalAndCoke_EqualThe604DerivationPerTj(string material)
    {
        var f2024 = Library.FindSet("moenv-2024")!.Find(material, SourceType.Stationary)!;
        var d604 = Set604.Find(material, SourceType.Stationary)!.Derivation!;
        f2024.PerTerajoule!.Select(g => g.KgPerUnit).ShouldBe(d604.PerTerajoule.Select(g => g.KgPerUnit));
    }

    /// <summary>1,000 GJ of 燃料煤 under moenv-2024 = 1 TJ × 94,600 kg CO₂/TJ; in 公斤 it is refused with the reason.</summary>
    [Fact]
    public void Moenv2024_Coal_InEnergyUnits_IsComputed_InMass_IsRefusedWithTheReason()
    {
        var calculator = new InventoryCalculator(Library, new InventoryOptions("moenv-2024"));
        var issues = new List<ActivityIssue>();
        var reader = new ActivityRowReader(Library.Materials);
        var energy = reader.Read(Row(2, "廠", "stationary", "燃料煤", "1000", "GJ", "2024"), issues)!;
        calculator.Calculate(energy, issues)!.Gases.Single(g => g.Species == "CO2").Kilograms.ShouldBe(94600m);
        issues.ShouldBeEmpty();
        var mass = reader.Read(Row(3, "廠", "stationary", "燃料煤", "1000", "公斤", "2024"), issues)!;
        calculator.Calculate(mass, issues).ShouldBeNull();
        issues.ShouldHaveSingleItem().MessageZh.ShouldContain("熱值");
    }
}
