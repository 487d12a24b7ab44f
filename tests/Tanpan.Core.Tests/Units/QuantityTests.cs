using Tanpan.Core.Tests.Support;
using Tanpan.Core.Units;
using U = Tanpan.Core.Units.Units;

namespace Tanpan.Core.Tests.Units;

public class QuantityTests
{
    [Fact]
    public void Mass_Contract_Holds()
    {
        var (a, b, c) = (Mass.FromKilograms(1.5m), Mass.From(0.0015m, U.Tonne), Mass.FromKilograms(2m));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        (a + c).Kilograms.ShouldBe(3.5m);
        (c - a).Kilograms.ShouldBe(0.5m);
        (-a).Kilograms.ShouldBe(-1.5m);
        (a * 2m).ShouldBe(2m * a);
        (c / 4m).Kilograms.ShouldBe(0.5m);
        Mass.Add(a, c).ShouldBe(a + c);
        c.In(U.Tonne).ShouldBe(0.002m);
        default(Mass).ShouldBe(Mass.Zero);
    }

    [Fact]
    public void Volume_Contract_Holds()
    {
        var (a, b, c) = (Volume.From(221m, U.Kilolitre), Volume.From(221_000m, U.Litre), Volume.From(74.4m, U.ThousandCubicMetres));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        c.CubicMetres.ShouldBe(74_400m);
        a.In(U.Litre).ShouldBe(221_000m);
    }

    [Fact]
    public void Energy_Contract_Holds()
    {
        var (a, b, c) = (Energy.From(1m, U.MegawattHour), Energy.From(1000m, U.KilowattHour), Energy.From(4m, U.Gigajoule));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        a.Megajoules.ShouldBe(3600m);
        Energy.From(1m, U.Kilocalorie).In(U.Terajoule).ShouldBe(0.0000000041868m);
    }

    [Fact]
    public void Money_Contract_Holds()
    {
        var (a, b, c) = (Money.FromDollars(87_557m), Money.From(87_557m, U.NewTaiwanDollar), Money.FromDollars(1_518_000m));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        Should.Throw<ArgumentException>(() => Money.From(1m, U.Kilogram));
    }

    [Fact]
    public void Co2e_Contract_Holds()
    {
        var (a, b, c) = (Co2e.FromTonnes(1.234m), Co2e.FromKilograms(1234m), Co2e.FromTonnes(27_240m));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        Co2e.FromGas(Mass.FromKilograms(2m), 265m).Kilograms.ShouldBe(530m);
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
        Should.Throw<ArgumentException>(() => Mass.From(1m, U.Litre));
        Should.Throw<ArgumentException>(() => Volume.FromCubicMetres(1m).In(U.Kilogram));
        Should.Throw<ArgumentException>(() => Energy.From(1m, U.CubicMetre));
    }
}
