using Tanpan.Core.Factors;

namespace Tanpan.Core.Tests.Factors;

public class MaterialCatalogTests
{
    private static readonly MaterialCatalog Catalog = FactorLibrary.Shipped.Materials;

    [Theory]
    [InlineData("燃料油", "fuel_oil")]
    [InlineData("重油", "fuel_oil")]
    [InlineData("蒸餘油", "fuel_oil")]
    [InlineData("蒸餘油（燃料油）", "fuel_oil")]   // full-width brackets
    [InlineData("Residual Fuel Oil", "fuel_oil")]
    [InlineData("汽油", "motor_gasoline")]
    [InlineData("車用汽油", "motor_gasoline")]
    [InlineData("95無鉛汽油", "motor_gasoline")]
    [InlineData("台電", "electricity")]
    [InlineData("外購電力", "electricity")]
    [InlineData("natural gas", "natural_gas")]
    [InlineData("Natural  Gas", "natural_gas")]
    [InlineData("NATURAL-GAS", "natural_gas")]
    [InlineData("天然氣", "natural_gas")]
    [InlineData(" 柴油 ", "diesel")]
    [InlineData("Diesel", "diesel")]
    [InlineData("R-134a", "R-134a")]
    [InlineData("r134a", "R-134a")]
    [InlineData("HFC-134a", "R-134a")]
    [InlineData("Ｒ－１３４ａ", "R-134a")]
    [InlineData("員工工時", "septic_tank")]
    [InlineData("CO2", "co2_release")]
    [InlineData("燃料煤", "fuel_coal")]
    public void Find_NameAliasOrEnglish_IgnoringCaseWidthAndSpacing(string text, string key) =>
        Catalog.Find(text).ShouldNotBeNull().Key.ShouldBe(key);

    [Theory]
    [InlineData("")]
    [InlineData("水")]
    [InlineData("uranium")]
    public void Find_Unknown_IsNull(string text) => Catalog.Find(text).ShouldBeNull();

    [Fact]
    public void Constructor_AliasClaimedTwice_Throws()
    {
        var a = new Material("a", "甲", "A", MaterialKind.Fuel, ["same"]);
        var b = new Material("b", "乙", "B", MaterialKind.Fuel, ["SAME"]);
        Should.Throw<InvalidOperationException>(() => new MaterialCatalog([a, b])).Message.ShouldContain("same");
    }
}
