using Tanpan.Core.Tests.Support;
using Tanpan.Core.Units;
using U = Tanpan.Core.Units.Units;

namespace Tanpan.Core.Tests.Units;

public class QuantityTests
{
    [Fact]
    public void Mass_Contract_Holds()
    {
        var (a, b, c) = (Quantity<Mass>.FromBase(1.5m), Quantity<Mass>.From(0.0015m, U.Tonne), Quantity<Mass>.FromBase(2m));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        (a + c).BaseValue.ShouldBe(3.5m);
        (c - a).BaseValue.ShouldBe(0.5m);
        (-a).BaseValue.ShouldBe(-1.5m);
        (a * 2m).ShouldBe(2m * a);
        (c / 4m).BaseValue.ShouldBe(0.5m);
        Quantity<Mass>.Add(a, c).ShouldBe(a + c);
        c.In(U.Tonne).ShouldBe(0.002m);
        default(Quantity<Mass>).ShouldBe(Quantity<Mass>.Zero);
    }

    [Fact]
    public void Volume_Contract_Holds()
    {
        var (a, b, c) = (Quantity<Volume>.From(221m, U.Kilolitre), Quantity<Volume>.From(221_000m, U.Litre), Quantity<Volume>.From(74.4m, U.ThousandCubicMetres));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        c.BaseValue.ShouldBe(74_400m);
        a.In(U.Litre).ShouldBe(221_000m);
    }

    [Fact]
    public void Energy_Contract_Holds()
    {
        var (a, b, c) = (Quantity<Energy>.From(1m, U.MegawattHour), Quantity<Energy>.From(1000m, U.KilowattHour), Quantity<Energy>.From(4m, U.Gigajoule));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        a.BaseValue.ShouldBe(3600m);
        Quantity<Energy>.From(1m, U.Kilocalorie).In(U.Terajoule).ShouldBe(0.0000000041868m);
    }

    [Fact]
    public void Money_Contract_Holds()
    {
        var (a, b, c) = (Quantity<Money>.FromBase(87_557m), Quantity<Money>.From(87_557m, U.NewTaiwanDollar), Quantity<Money>.FromBase(1_518_000m));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        Should.Throw<ArgumentException>(() => Quantity<Money>.From(1m, U.Kilogram));
    }

    [Fact]
    public void Co2e_Contract_Holds()
    {
        var (a, b, c) = (Co2e.FromTonnes(1.234m), Co2e.FromKilograms(1234m), Co2e.FromTonnes(27_240m));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        Co2e.FromGas(Quantity<Mass>.FromBase(2m), 265m).Kilograms.ShouldBe(530m);
        (a + c).Tonnes.ShouldBe(27_241.234m);
    }

    [Theory]
    [InlineData("1234.5675", "1234.568")]   // half away from zero, 3 decimals
    [InlineData("-1234.5675", "-1234.568")]
    [InlineData("27239.8114", "27239.811")]
    public void Rounding_Tonnes_RoundsHalfAwayFromZero(string value, string expected) =>
        Rounding.Tonnes(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Quantity_FromWrongDimension_Throws()
    {
        Should.Throw<ArgumentException>(() => Quantity<Mass>.From(1m, U.Litre));
        Should.Throw<ArgumentException>(() => Quantity<Volume>.FromBase(1m).In(U.Kilogram));
        Should.Throw<ArgumentException>(() => Quantity<Energy>.From(1m, U.CubicMetre));
    }

    [Fact]
    public void ToString_NamesTheBaseUnit()
    {
        Quantity<Volume>.From(221m, U.Kilolitre).ToString().ShouldBe("221 m3");
        Quantity<Energy>.From(1m, U.KilowattHour).ToString().ShouldBe("3.6 MJ");
        Co2e.FromKilograms(27_239_811.4m).ToString().ShouldBe("27239.811 tCO2e");
    }
}
