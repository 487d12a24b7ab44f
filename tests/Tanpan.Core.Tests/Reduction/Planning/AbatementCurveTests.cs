using Tanpan.Core.Reduction;
using Tanpan.Core.Reduction.Planning;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Reduction.Planning;

public sealed class AbatementCurveTests
{
    /// <summary>1.05¹⁰ = 1.628894627; CRF = 0.05 × 1.628894627 / 0.628894627 = 0.129504575 (annuity tables: 0.12950).</summary>
    [Fact]
    public void CapitalRecoveryFactor_FivePercentTenYears_MatchesAnnuityTable() =>
        AbatementCurve.CapitalRecoveryFactor(0.05m, 10).ShouldBe(0.129504575m, 0.000000001m);

    [Fact]
    public void CapitalRecoveryFactor_ZeroRate_IsOneOverLifetime() => AbatementCurve.CapitalRecoveryFactor(0m, 4).ShouldBe(0.25m);

    /// <summary>
    /// LED: 1,000,000 × 0.129504575 − 200,000 = −70,495.43 NT$/yr over 100 t = −704.95 NT$/t (earns money);
    /// PV: 400,000 × 0.25 − 50,000 = 50,000 NT$/yr over 50 t = 1,000 NT$/t. A measure that avoids nothing has no bar.
    /// </summary>
    [Fact]
    public void Build_TwoMeasures_SortedByCostWithCumulativeWidths()
    {
        var curve = AbatementCurve.Build(
        [
            new("pv", "PV", Co2e.FromTonnes(50m), 400_000m, 50_000m, 4, 0m),
            new("none", "nothing avoided", Co2e.Zero, 10_000m, 0m, 5, 0.05m),
            new("led", "LED", Co2e.FromTonnes(100m), 1_000_000m, 200_000m, 10, 0.05m),
        ]);

        curve.Select(p => p.Id).ShouldBe(["led", "pv"]);
        curve[0].AnnualisedCostNtd.ShouldBe(-70_495.43m, 0.01m);
        curve[0].CostPerTNtd.ShouldBe(-704.9543m, 0.0001m);
        (curve[0].From, curve[0].To).ShouldBe((Co2e.Zero, Co2e.FromTonnes(100m)));
        curve[1].CostPerTNtd.ShouldBe(1_000m);
        (curve[1].From, curve[1].To).ShouldBe((Co2e.FromTonnes(100m), Co2e.FromTonnes(150m)));
    }

    /// <summary>Cost per tonne is −(NPV × CRF) / t: the same number as the annualised NPV the measure calculator's finance gives.</summary>
    [Fact]
    public void Build_CostPerTonne_EqualsMinusAnnualisedNpv()
    {
        var npv = Finance.Npv(0.08m, Finance.Flows(2_500_000m, 420_000m, 12));
        var point = AbatementCurve.Build([new("x", "x", Co2e.FromTonnes(310m), 2_500_000m, 420_000m, 12, 0.08m)]).Single();

        point.CostPerTNtd.ShouldBe(-npv * AbatementCurve.CapitalRecoveryFactor(0.08m, 12) / 310m, 0.000001m);
    }
}
