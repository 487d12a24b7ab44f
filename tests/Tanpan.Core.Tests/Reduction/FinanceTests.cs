using Tanpan.Core.Reduction;

namespace Tanpan.Core.Tests.Reduction;

public sealed class FinanceTests
{
    /// <summary>−1000 + 500/1.1 + 500/1.21 + 500/1.331 = −1000 + 454.5455 + 413.2231 + 375.6574 = 243.4260.</summary>
    [Fact]
    public void Npv_ThreeYearsAtTenPercent_MatchesHandSum() =>
        Finance.Npv(0.10m, [-1000m, 500m, 500m, 500m]).ShouldBe(243.4259955m, 0.0000001m);

    [Fact]
    public void Npv_ZeroRate_IsPlainSum() => Finance.Npv(0m, [-1000m, 400m, 400m]).ShouldBe(-200m);

    /// <summary>−100 + 110/(1 + r) = 0 ⇒ r = 0.10 exactly.</summary>
    [Fact]
    public void Irr_OneYear_IsTenPercent() => Finance.Irr([-100m, 110m])!.Value.ShouldBe(0.10m, 0.000001m);

    /// <summary>Known value: IRR of −1000, 500, 500, 500 is 23.3752 % (spreadsheet IRR gives 0.233752).</summary>
    [Fact]
    public void Irr_ThreeEqualFlows_MatchesKnownValue() => Finance.Irr([-1000m, 500m, 500m, 500m])!.Value.ShouldBe(0.2337519m, 0.0000005m);

    [Fact]
    public void Irr_LargeFlowsOverALongLifetime_FoundWithoutOverflow()
    {
        // At −99 % a year, 1,000,000 / 0.01^12 exceeds decimal's range: the bisection must still find the rate.
        var flows = Finance.Flows(1_500_000m, 1_000_000m, 12);
        var irr = Finance.Irr(flows)!.Value;
        irr.ShouldBe(0.6652m, 0.0001m);
        Finance.Npv(irr, flows).ShouldBe(0m, 0.01m);
    }

    [Fact]
    public void Irr_AtTheRate_NpvIsZero()
    {
        var flows = Finance.Flows(7_050_000m, 2_610_000m, 10);
        Finance.Npv(Finance.Irr(flows)!.Value, flows).ShouldBe(0m, 0.01m);
    }

    [Theory]
    [InlineData(new[] { -1000.0, -10.0, -10.0 })]
    [InlineData(new[] { -1000.0, 0.0, 0.0 })]
    [InlineData(new[] { 100.0, 100.0 })]
    public void Irr_FlowsNeverTurnPositiveOrNoInvestment_IsNull(double[] flows) =>
        Finance.Irr(flows.Select(f => (decimal)f).ToList()).ShouldBeNull();

    /// <summary>Seed 000 air-compressor case: NT$7,050,000 / (1,080,000 kWh × NT$2.42) = 2.697 years ≈ 2.7.</summary>
    [Fact]
    public void SimplePayback_SeedAirCompressor_About2Point7Years() =>
        Finance.SimplePayback(7_050_000m, 1_080_000m * 2.42m)!.Value.ShouldBe(2.697m, 0.001m);

    [Fact]
    public void SimplePayback_NoSavings_IsNull() => Finance.SimplePayback(1000m, 0m).ShouldBeNull();

    [Fact]
    public void Flows_InvestmentThenSavings_ForLifetime() => Finance.Flows(1000m, 300m, 3).ShouldBe([-1000m, 300m, 300m, 300m]);
}
