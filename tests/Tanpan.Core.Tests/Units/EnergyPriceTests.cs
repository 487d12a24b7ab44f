using Tanpan.Core.Tests.Support;
using Tanpan.Core.Units;
using U = Tanpan.Core.Units.Units;

namespace Tanpan.Core.Tests.Units;

public class EnergyPriceTests
{
    [Fact]
    public void Contract_Holds()
    {
        var (a, b, c) = (EnergyPrice.FromNtdPerKwh(2.53m), EnergyPrice.FromNtdPerKwh(2.530m), EnergyPrice.FromNtdPerKwh(9.39m));
        QuantityContract.Check(a, b, c);
        QuantityContract.CheckOperators(a == c, a != c, a < c, a <= c, a > c, a >= c);
        (c - a).ShouldBe(EnergyPrice.FromNtdPerKwh(6.86m));
        (a + c).NtdPerKwh.ShouldBe(11.92m);
        (a * 2m).NtdPerKwh.ShouldBe(5.06m);
        default(EnergyPrice).ShouldBe(EnergyPrice.Zero);
        a.ToString().ShouldBe("2.53 NT$/kWh");
    }

    /// <summary>Seed 000, example 1: 27,920 kWh at the peak rate 7.03 NT$/kWh = NT$196,277.60, exact to the cent.</summary>
    [Fact]
    public void EnergyTimesPrice_KwhTimesRate_ExactMoney()
    {
        var energy = Quantity<Energy>.From(27_920m, U.KilowattHour);
        var price = EnergyPrice.FromNtdPerKwh(7.03m);

        (energy * price).ShouldBe(Quantity<Money>.FromBase(196_277.60m));
        (price * energy).ShouldBe(energy * price);
        EnergyPrice.Multiply(energy, price).ShouldBe(energy * price);
    }

    /// <summary>1 MWh = 1,000 kWh whatever unit the energy was given in; a third of a kWh stays a third (no rounding through MJ).</summary>
    [Fact]
    public void EnergyTimesPrice_OtherUnits_PricedPerKwh()
    {
        (Quantity<Energy>.From(1m, U.MegawattHour) * EnergyPrice.FromNtdPerKwh(3m)).BaseValue.ShouldBe(3_000m);
        (Quantity<Energy>.From(1m / 3m, U.KilowattHour) * EnergyPrice.FromNtdPerKwh(3m)).BaseValue.ShouldBe(1m, 0.000_000_000_000_000_000_001m);
    }
}
