using Tanpan.Core.Factors;
using Tanpan.Core.Sources;
using U = Tanpan.Core.Units.Units;

namespace Tanpan.Core.Tests.Factors;

public class FactorResolutionTests
{
    private static readonly FactorLibrary Library = FactorLibrary.Shipped;
    private static readonly FactorSet Moenv604 = Library.FindSet("moenv-6.0.4")!;
    private static readonly FactorSet Moenv2024 = Library.FindSet("moenv-2024")!;

    private static Material M(string name) => Library.Materials.Find(name)!;

    private static EmissionFactor User(string material, SourceType type, FactorOrigin origin, decimal co2, int? year = null) =>
        new($"user/{origin}/{year}", "user", "1", M(material).Key, type, "", U.Litre, [new GasFactor("CO2", co2)], false, origin, "test", year);

    [Fact]
    public void Resolve_NoUserFactor_UsesPinnedSet()
    {
        var r = Library.Resolve(new FactorRequest(M("柴油"), SourceType.Stationary, 2021, null), Moenv604, []);
        r.Factor!.Id.ShouldBe("moenv-6.0.4/diesel/stationary");
        Library.Resolve(new FactorRequest(M("柴油"), SourceType.Stationary, 2021, null), Moenv2024, []).Factor!.Id.ShouldBe("moenv-2024/diesel/stationary");
    }

    [Fact]
    public void Resolve_SelfMeasuredBeatsSupplierBeatsShipped()
    {
        var supplier = User("柴油", SourceType.Stationary, FactorOrigin.Supplier, 2.5m);
        var self = User("柴油", SourceType.Stationary, FactorOrigin.SelfMeasured, 2.4m);
        var request = new FactorRequest(M("柴油"), SourceType.Stationary, 2021, null);
        Library.Resolve(request, Moenv604, [supplier]).Factor.ShouldBeSameAs(supplier);
        Library.Resolve(request, Moenv604, [supplier, self]).Factor.ShouldBeSameAs(self);
        Library.Resolve(request, Moenv604, [self, supplier]).Factor.ShouldBeSameAs(self);
    }

    [Fact]
    public void Resolve_DatedUserFactor_BeatsUndatedAndOnlyForItsYear()
    {
        var undated = User("柴油", SourceType.Stationary, FactorOrigin.Supplier, 2.5m);
        var dated = User("柴油", SourceType.Stationary, FactorOrigin.Supplier, 2.45m, 2022);
        Library.Resolve(new FactorRequest(M("柴油"), SourceType.Stationary, 2022, null), Moenv604, [undated, dated]).Factor.ShouldBeSameAs(dated);
        Library.Resolve(new FactorRequest(M("柴油"), SourceType.Stationary, 2021, null), Moenv604, [undated, dated]).Factor.ShouldBeSameAs(undated);
        Library.Resolve(new FactorRequest(M("柴油"), SourceType.Stationary, 2021, null), Moenv604, [dated]).Factor!.Origin.ShouldBe(FactorOrigin.Shipped);
    }

    [Fact]
    public void Resolve_UserFactorForOtherSourceType_IsIgnored()
    {
        var mobile = User("柴油", SourceType.Mobile, FactorOrigin.Supplier, 2.5m);
        Library.Resolve(new FactorRequest(M("柴油"), SourceType.Stationary, 2021, null), Moenv604, [mobile]).Factor!.Origin.ShouldBe(FactorOrigin.Shipped);
    }

    [Fact]
    public void Resolve_SteamWithoutSupplierFactor_SaysSo()
    {
        var p = Library.Resolve(new FactorRequest(M("外購蒸汽"), SourceType.Steam, 2021, null), Moenv604, []).Problem!;
        p.Column.ShouldBe("material");
        p.MessageEn.ShouldContain("supplier");
        p.MessageZh.ShouldContain("供應商");
    }

    [Fact]
    public void Resolve_ElectricityYearWithoutGridFactor_NamesTheYear()
    {
        var p = Library.Resolve(new FactorRequest(M("台電"), SourceType.Electricity, 2016, null), Moenv604, []).Problem!;
        p.Column.ShouldBe("year");
        p.MessageEn.ShouldContain("2016");
        p.MessageEn.ShouldContain("2017–2025");
    }

    [Theory]
    [InlineData("台電", SourceType.Stationary, "electricity")]
    [InlineData("R-134a", SourceType.Stationary, "fugitive")]
    [InlineData("化糞池", SourceType.Process, "fugitive")]
    public void Resolve_WrongSourceTypeForMaterial_SaysWhichIsRight(string material, SourceType type, string expected)
    {
        var p = Library.Resolve(new FactorRequest(M(material), type, 2021, null), Moenv604, []).Problem!;
        p.Column.ShouldBe("source_type");
        p.MessageEn.ShouldContain(expected);
    }

    [Fact]
    public void Resolve_FuelNotInSet_NamesTheSet()
    {
        var p = Library.Resolve(new FactorRequest(M("油頁岩"), SourceType.Stationary, 2024, null), Moenv2024, []).Problem!;
        p.Column.ShouldBe("material");
        p.MessageEn.ShouldContain("moenv-2024");
        Library.Resolve(new FactorRequest(M("天然氣"), SourceType.Mobile, 2021, null), Moenv604, []).Problem!.Column.ShouldBe("source_type");
    }

    [Theory]
    [InlineData(null, "catalyst")]          // default: the first variant the set lists
    [InlineData("無控制", "uncontrolled")]
    [InlineData("low mileage", "low_mileage")]
    [InlineData("堆高機", "catalyst")]       // descriptive text that names no technology
    public void Resolve_MobileGasoline2024_VehicleTechnologyFromEquipmentType(string? equipment, string variant) =>
        Library.Resolve(new FactorRequest(M("汽油"), SourceType.Mobile, 2024, equipment), Moenv2024, []).Factor!.Variant.ShouldBe(variant);

    [Fact]
    public void Resolve_RefrigerantWithEquipmentType_CarriesLeakRate()
    {
        var r = Library.Resolve(new FactorRequest(M("R-134a"), SourceType.Fugitive, 2021, "冰箱"), Moenv604, []);
        r.Equipment!.Key.ShouldBe("domestic_refrigeration");
        Library.Resolve(new FactorRequest(M("R-134a"), SourceType.Fugitive, 2021, null), Moenv604, []).Equipment.ShouldBeNull();
        Library.Resolve(new FactorRequest(M("R-134a"), SourceType.Fugitive, 2021, "時光機"), Moenv604, []).Problem!.Column.ShouldBe("equipment_type");
    }
}
