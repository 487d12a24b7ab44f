using Tanpan.Core.Reduction;

namespace Tanpan.Core.Tests.Reduction;

public sealed class CashFlowAssumptionsTests
{
    /// <summary>
    /// Net 100,000; energy saved 20,000 and other 1,000 a year; running cost 2,000; degradation 10 %; escalation 5 %; a
    /// replacement in year 3 for 10,000; residual 5,000; 5 years. By hand:
    /// y1 20,000 + 1,000 − 2,000 = 19,000; y2 20,000 × 1.05 × 0.9 − 1,000 = 17,900; y3 20,000 × 1.1025 × 0.81 − 1,000 − 10,000 = 6,860.5;
    /// y4 (new again) 20,000 × 1.157625 − 1,000 = 22,152.5; y5 20,000 × 1.21550625 × 0.9 − 1,000 + 5,000 = 25,879.1125.
    /// </summary>
    [Fact]
    public void Flows_EveryAssumption_HandWorkedYears()
    {
        var a = new CashFlowAssumptions(2_000m, 0.1m, 0.05m, 3, 10_000m, 5_000m);

        a.Flows(100_000m, 20_000m, 1_000m, 5).ShouldBe([-100_000m, 19_000m, 17_900m, 6_860.5m, 22_152.5m, 25_879.1125m]);
    }

    [Fact]
    public void Flows_Level_SameAsFinanceFlows() =>
        CashFlowAssumptions.Level.Flows(50_000m, 21_000m, 600m, 10).ShouldBe(Finance.Flows(50_000m, 21_600m, 10));
}
