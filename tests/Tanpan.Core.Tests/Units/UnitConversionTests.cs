using Tanpan.Core.Units;
using U = Tanpan.Core.Units.Units;

namespace Tanpan.Core.Tests.Units;

public class UnitConversionTests
{
    /// <summary>Conversions through the base unit; decimals are exact, so the tolerance is zero unless stated.</summary>
    [Theory]
    [InlineData("公噸", "1", "kg", "1000")]
    [InlineData("噸", "8537", "kg", "8537000")]
    [InlineData("公斤", "1", "t", "0.001")]
    [InlineData("公秉", "221", "L", "221000")]
    [InlineData("kL", "1", "m3", "1")]
    [InlineData("公升", "1", "m3", "0.001")]
    [InlineData("千立方公尺", "74.4", "m3", "74400")]
    [InlineData("立方公尺", "1", "1000m3", "0.001")]
    [InlineData("MWh", "1", "kWh", "1000")]
    [InlineData("GWh", "1", "MWh", "1000")]
    [InlineData("kWh", "1", "MJ", "3.6")]
    [InlineData("GJ", "1", "MJ", "1000")]
    [InlineData("TJ", "1", "GJ", "1000")]
    [InlineData("kcal", "1000000", "MJ", "4186.8")]
    [InlineData("小時", "25660", "person_hour", "25660")]
    public void ConvertTo_TableOfUnits_IsExact(string from, string amount, string to, string expected)
    {
        var source = U.Find(from).ShouldNotBeNull();
        var target = U.Find(to).ShouldNotBeNull();
        source.ConvertTo(Dec(amount), target).ShouldBe(Dec(expected));
    }

    [Fact]
    public void ConvertTo_GigajouleToKilowattHour_WithinOnePartIn10To25()
    {
        var kwh = U.Gigajoule.ConvertTo(1m, U.KilowattHour);
        Math.Abs(kwh - (1000m / 3.6m)).ShouldBeLessThan(1e-24m);
        U.KilowattHour.ConvertTo(kwh, U.Gigajoule).ShouldBe(1m, 1e-24m);
    }

    [Theory]
    [InlineData("kg", "L")]
    [InlineData("m3", "kWh")]
    [InlineData("kWh", "t")]
    [InlineData("person_hour", "kg")]
    public void ConvertTo_AcrossDimensions_Throws(string from, string to) =>
        Should.Throw<InvalidOperationException>(() => U.Find(from)!.ConvertTo(1m, U.Find(to)!));

    [Theory]
    [InlineData("公升", "L")]
    [InlineData("L", "L")]
    [InlineData("l", "L")]
    [InlineData("Litre", "L")]
    [InlineData("公升(L)", "L")]
    [InlineData("公秉", "kL")]
    [InlineData("KL", "kL")]
    [InlineData("千公升", "kL")]
    [InlineData("立方公尺", "m3")]
    [InlineData("m³", "m3")]
    [InlineData("M3", "m3")]
    [InlineData("千立方公尺", "1000m3")]
    [InlineData("千m3", "1000m3")]
    [InlineData("公斤", "kg")]
    [InlineData("KG", "kg")]
    [InlineData("公噸", "t")]
    [InlineData("噸", "t")]
    [InlineData("ｋＷｈ", "kWh")]   // full width, as typed with a Chinese input method
    [InlineData("MWh", "MWh")]
    [InlineData("GJ", "GJ")]
    [InlineData("人時", "person_hour")]
    [InlineData("元", "NTD")]
    public void Find_SpellingsOnTaiwaneseBills_Resolve(string text, string key) => U.Find(text)!.Key.ShouldBe(key);

    [Theory]
    [InlineData("度", Dimension.Energy, "kWh")]
    [InlineData("千度", Dimension.Energy, "MWh")]
    [InlineData("百萬度", Dimension.Energy, "GWh")]
    [InlineData("度", Dimension.Volume, "m3")]       // gas bills: 1 度 = 1 m³
    [InlineData("千度", Dimension.Volume, "1000m3")]
    public void Resolve_Du_DependsOnMaterial(string text, Dimension meaning, string key) =>
        UnitResolver.Resolve(text, meaning)!.Key.ShouldBe(key);

    [Fact]
    public void Resolve_DuForAMaterialWithoutMeaning_IsNull()
    {
        UnitResolver.Resolve("度", null).ShouldBeNull();
        U.Find("度").ShouldBeNull();
        UnitResolver.IsDu("千度").ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("桶")]
    [InlineData("gallon")]
    [InlineData("kgs of stuff")]
    public void Find_UnknownUnit_IsNull(string text) => U.Find(text).ShouldBeNull();

    private static decimal Dec(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
