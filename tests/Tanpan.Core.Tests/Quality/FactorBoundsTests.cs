using Tanpan.Core.Factors;
using Tanpan.Core.Quality;
using Tanpan.Core.Sources;

namespace Tanpan.Core.Tests.Quality;

public class FactorBoundsTests
{
    private static readonly FactorLibrary Library = FactorLibrary.Shipped;

    [Fact]
    public void Of_FactorWithTableBounds_UsesThem()
    {
        var diesel = Library.FindFactor("moenv-6.0.4/diesel/stationary")!;
        FactorBounds.Of(diesel, diesel.Gases.Single(g => g.Species == "CH4")).ShouldBe(new Bounds(0.666667, 2.333333));
    }

    [Theory]
    [InlineData("refrigerant/R-410A", 0, 0)]
    [InlineData("other/co2_release", 0, 0)]
    [InlineData("other/septic_tank", 0.5, 0.5)]
    public void Of_FactorWithoutBounds_FirstMatchingDefaultByIdPrefix(string id, double lower, double upper)
    {
        var factor = Library.FindFactor(id)!;
        FactorBounds.Of(factor, factor.Gases[0]).ShouldBe(new Bounds(lower, upper));
    }

    [Fact]
    public void Of_UserFactorWithoutBounds_FivePercent()
    {
        var factor = new EmissionFactor("user/1/steam/steam", "user", "1", "steam", SourceType.Steam, "", Tanpan.Core.Units.Units.Kilogram,
            [new GasFactor("CO2", 0.2m)], IsCo2e: true, FactorOrigin.Supplier, "supplier certificate");
        FactorBounds.Of(factor, factor.Gases[0]).ShouldBe(new Bounds(0.05, 0.05));
    }

    [Theory]
    [InlineData("冰水機", 6.5 / 8.5, 6.5 / 8.5)]          // 2–15 % around 8.5 %
    [InlineData("家用冷凍、冷藏裝備", 0.2 / 0.3, 0.2 / 0.3)]   // 0.1–0.5 % around 0.3 %
    public void LeakRate_IpccRangeAroundTheRateUsed(string equipment, double lower, double upper)
    {
        var b = FactorBounds.LeakRate(Library.FindEquipmentType(equipment));
        b.Lower.ShouldBe(lower, 1e-12);
        b.Upper.ShouldBe(upper, 1e-12);
    }

    [Fact]
    public void LeakRate_NoEquipment_Zero() => FactorBounds.LeakRate(null).ShouldBe(default);

    [Fact]
    public void Combine_IndependentErrors_RootSumSquarePerSide() =>
        new Bounds(0.03, 0.04).Combine(new Bounds(0.04, 0.03)).ShouldBe(new Bounds(0.05, 0.05));
}
