using Tanpan.Core.Reduction;

namespace Tanpan.Core.Tests.Reduction;

/// <summary>The LED example (5,400 kWh × NT$4 = NT$21,600 a year, NT$50,000 invested, 10 years at 5 %) with uneven cash flows.</summary>
public sealed class MeasureCashFlowTests
{
    private static readonly string[] Led = ["count", "100", "watts-before", "36", "watts-after", "18", "hours", "3000", "price-electricity", "4", "investment", "50000"];

    private static MeasureResult Run(params string[] extra) => MeasureCalculatorTests.Run("led", null, [.. Led, .. extra]);

    [Fact]
    public void Evaluate_ZeroAssumptionsGiven_SameFiguresAsWithout()
    {
        var plain = Run();
        var zeros = Run("running-cost", "0", "degradation", "0", "escalation", "0", "residual-value", "0");
        var reinvestOnly = Run("reinvest-rate", "0.08");

        (zeros.NpvNtd, zeros.Irr, zeros.PaybackYears).ShouldBe((plain.NpvNtd, plain.Irr, plain.PaybackYears));
        (reinvestOnly.NpvNtd, reinvestOnly.Irr, reinvestOnly.PaybackYears).ShouldBe((plain.NpvNtd, plain.Irr, plain.PaybackYears));
        reinvestOnly.Mirr.ShouldNotBeNull();
    }

    /// <summary>Running cost 1,600 a year: flows −50,000 then 20,000 × 10 → NPV = −50,000 + 20,000 × 7.721734929 = 104,434.70.</summary>
    [Fact]
    public void Evaluate_RunningCost_LowersEveryYear()
    {
        var r = Run("running-cost", "1600");

        r.Flows!.Skip(1).ShouldAllBe(f => f == 20_000m);
        r.NpvNtd!.Value.ShouldBe(104_434.70m, 0.01m);
        r.PaybackYears.ShouldBe(2.5m);
        r.DiscountedPaybackYears!.Value.ShouldBeGreaterThan(2.5m);
    }

    [Fact]
    public void Evaluate_DegradationEscalationReplacementResidual_FlowsAndFiguresFromThem()
    {
        var r = Run("degradation", "0.02", "escalation", "0.03", "replacement-year", "5", "replacement-cost", "20000", "residual-value", "3000");

        r.Flows!.Count.ShouldBe(11);
        r.Flows[1].ShouldBe(21_600m);
        r.Flows[2].ShouldBe(21_600m * 1.03m * 0.98m);
        r.Flows[5].ShouldBe((21_600m * 1.03m * 1.03m * 1.03m * 1.03m * 0.98m * 0.98m * 0.98m * 0.98m) - 20_000m);
        r.Flows[6].ShouldBe(21_600m * 1.03m * 1.03m * 1.03m * 1.03m * 1.03m); // new again after the replacement
        r.Flows[10].ShouldBe((21_600m * 1.03m * 1.03m * 1.03m * 1.03m * 1.03m * 1.03m * 1.03m * 1.03m * 1.03m * 0.98m * 0.98m * 0.98m * 0.98m) + 3_000m);
        r.NpvNtd.ShouldBe(Finance.Npv(0.05m, r.Flows));
        r.IrrAnalysis!.Status.ShouldBe(IrrStatus.One);
        Finance.Npv(r.Irr!.Value, r.Flows).ShouldBe(0m, 0.01m);
        r.Mirr.ShouldBe(Finance.Mirr(r.Flows, 0.05m, 0.05m));
    }

    [Fact]
    public void Evaluate_ReplacementCostlierThanTheInvestment_SignChangesCountedAndEveryRateChecked()
    {
        var r = Run("replacement-year", "9", "replacement-cost", "400000"); // −, + ×8, −, +: three sign changes

        r.IrrAnalysis!.SignChanges.ShouldBe(3);
        // NPV changes sign across each rate found (near −94 % the NPV is ~10¹⁴ a percent away, so the sign is the test)
        r.IrrAnalysis.Rates.ShouldAllBe(rate => Math.Sign(Finance.Npv(rate - 0.000001m, r.Flows!)) == -Math.Sign(Finance.Npv(rate + 0.000001m, r.Flows!)));
        r.Irr.ShouldBe(r.IrrAnalysis.Status == IrrStatus.One ? r.IrrAnalysis.Rates[0] : null);
    }

    [Theory]
    [InlineData("replacement-year", "10", "--replacement-year must be in [1, 9]")]
    [InlineData("degradation", "1", "--degradation must be in [0, 0.99]")]
    [InlineData("running-cost", "-5", "--running-cost must be in [0, ∞)")]
    public void Evaluate_BadCashFlowInput_ProblemInBothLanguages(string key, string value, string english)
    {
        var outcome = MeasureCalculator.Evaluate("led", MeasureCalculatorTests.Pairs([.. Led, key, value, .. key == "replacement-year" ? new[] { "replacement-cost", "1" } : []]),
            new MeasureOptions(GridYear: 2024));

        outcome.Problems.Select(p => p.MessageEn).ShouldContain(m => m.Contains(english, StringComparison.Ordinal));
        outcome.Problems.ShouldAllBe(p => p.MessageZh.Length > 0);
    }

    [Fact]
    public void Evaluate_ReplacementYearWithoutCost_Refused() =>
        MeasureCalculator.Evaluate("led", MeasureCalculatorTests.Pairs([.. Led, "replacement-year", "5"]), new MeasureOptions(GridYear: 2024))
            .Problems.Single().MessageEn.ShouldBe("give --replacement-year and --replacement-cost together");
}
