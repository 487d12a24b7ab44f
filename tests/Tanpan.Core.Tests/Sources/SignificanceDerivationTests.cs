using Tanpan.Core.Quality;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Sources;

/// <summary>
/// The derived scores (自動評分) of <see cref="SignificanceRule"/>, at each band edge (docs/register-format.md, "Significance"):
/// R ≥ 5 % → 5, ≥ 1 % → 4, ≥ 0.5 % → 3, ≥ 0.05 % → 2; C 5 for categories 1–2, 3 for 3–4, 2 for 5–6;
/// P from A1 × A2 of the worst method: 1 → 5, 2 → 4, 3–4 → 3, 6 → 2, 9 → 1.
/// </summary>
public sealed class SignificanceDerivationTests
{
    private static readonly Co2e Total = Co2e.FromKilograms(1_000_000m);

    [Theory]
    [InlineData(1_000_000, 5)]   // 100 %
    [InlineData(50_000, 5)]      // 5 %: the edge itself
    [InlineData(49_999.99, 4)]   // just under 5 %
    [InlineData(10_000, 4)]      // 1 %
    [InlineData(9_999.99, 3)]
    [InlineData(5_000, 3)]       // 0.5 %
    [InlineData(4_999.99, 2)]
    [InlineData(500, 2)]         // 0.05 %
    [InlineData(499.99, 1)]
    [InlineData(0, 1)]
    public void DeriveR_ByShareOfTheTotal_AtEachBandEdge(double kilograms, int expected) =>
        SignificanceRule.DeriveR(Co2e.FromKilograms((decimal)kilograms), Total).ShouldBe(expected);

    [Fact]
    public void DeriveR_EmptyInventory_One() =>
        SignificanceRule.DeriveR(Co2e.FromKilograms(0m), Co2e.FromKilograms(0m)).ShouldBe(1);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 5)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 2)]
    [InlineData(6, 2)]
    public void DeriveC_ByCategory(int category, int expected) => SignificanceRule.DeriveC(category).ShouldBe(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void DeriveC_NotACategory_Throws(int category) => Should.Throw<ArgumentOutOfRangeException>(() => SignificanceRule.DeriveC(category));

    [Theory]
    [InlineData("continuous", 4)]            // 1 × 2
    [InlineData("operation_records", 4)]     // 1 × 2
    [InlineData("utility_bill", 4)]          // 2 × 1
    [InlineData("fuel_card", 4)]             // 2 × 1
    [InlineData("purchase_stock", 3)]        // 2 × 2
    [InlineData("site_statistics", 3)]       // 2 × 2
    [InlineData("payroll_hours", 3)]         // 2 × 2
    [InlineData("nameplate_charge", 2)]      // 3 × 2
    [InlineData("maintenance_estimate", 1)]  // 3 × 3
    [InlineData("money_estimate", 1)]        // 3 × 3
    [InlineData("unknown", 1)]               // 3 × 3
    public void DeriveP_ByTheShippedMethodsLevels(string key, int expected) =>
        SignificanceRule.DeriveP(DataSourceMethods.All.Single(m => m.Key == key)).ShouldBe(expected);

    [Theory]
    [InlineData(1, 1, 5)]
    [InlineData(1, 3, 3)]
    [InlineData(3, 1, 3)]   // a bill split across years by days: A1 3, A2 1
    [InlineData(2, 3, 2)]
    [InlineData(3, 3, 1)]
    public void DeriveP_ByActivityTimesCalibration(int activity, int calibration, int expected) =>
        SignificanceRule.DeriveP(DataSourceMethods.Unknown with { ActivityLevel = activity, CalibrationLevel = calibration }).ShouldBe(expected);

    [Fact]
    public void DeriveP_ProratedBill_Three() =>
        SignificanceRule.DeriveP(DataSourceMethods.Prorated(DataSourceMethods.Match("財務單據(繳費單)"))).ShouldBe(3);

    /// <summary>Issue 15's case: seed 001's natural gas is ~96 % of the total, category 1, from bills → R 5, C 5, P 4, S 100.</summary>
    [Fact]
    public void Assess_UnscoredSourceWithNinetySixPercent_AllDerived()
    {
        var scores = SignificanceRule.Assess(1, null, null, null, Co2e.FromKilograms(960_000m), Total, DataSourceMethods.Match("財務單據(繳費單)"));

        (scores.R, scores.C, scores.P, scores.Score, scores.Derived).ShouldBe((5, 5, 4, 100, SignificanceFactors.All));
        scores.Basis().ShouldBe(("自動評分", "derived"));
    }

    [Fact]
    public void Assess_OrganisationsScores_AreKeptOverTheDerivedOnes()
    {
        var scores = SignificanceRule.Assess(3, 1, 2, 4, Co2e.FromKilograms(960_000m), Total, DataSourceMethods.Unknown);

        (scores.R, scores.C, scores.P, scores.Score, scores.Derived).ShouldBe((1, 2, 4, 8, SignificanceFactors.None));
        SignificanceRule.IsSignificant(3, scores.Score, false).ShouldBeFalse();   // the organisation's 1 × 2 × 4 wins over a derived 5 × 3 × 1
        scores.Basis().Zh.ShouldBe("組織評分");
    }

    [Fact]
    public void Assess_PartlyScored_DerivesOnlyTheMissingFactors()
    {
        var scores = SignificanceRule.Assess(4, 2, null, null, Co2e.FromKilograms(20_000m), Total, DataSourceMethods.Match("加油卡"));

        (scores.R, scores.C, scores.P, scores.Derived).ShouldBe((2, 3, 4, SignificanceFactors.C | SignificanceFactors.P));
        scores.Basis().ShouldBe(("自動評分：C、P", "derived: C, P"));
    }

    /// <summary>Magnitude alone: a category 3–6 source of 5 % or more is significant even with the worst data (5 × 2 × 1 = 10).</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Assess_FivePercentOfTheTotal_SignificantInEveryCategory(int category)
    {
        var scores = SignificanceRule.Assess(category, null, null, null, Co2e.FromKilograms(50_000m), Total, DataSourceMethods.Unknown);

        SignificanceRule.IsSignificant(category, scores.Score, false).ShouldBeTrue();
    }

    /// <summary>A category 5 source of 1 % with an estimate (4 × 2 × 1 = 8) is not significant; from a bill (4 × 2 × 4 = 32) it is.</summary>
    [Fact]
    public void Assess_CategoryFiveOnePercent_SignificantOnlyWithAvailableData()
    {
        var source = Co2e.FromKilograms(10_000m);
        var estimated = SignificanceRule.Assess(5, null, null, null, source, Total, DataSourceMethods.Match("維護運轉推估"));
        var billed = SignificanceRule.Assess(5, null, null, null, source, Total, DataSourceMethods.Match("繳費單"));

        (estimated.Score, billed.Score).ShouldBe((8, 32));
        (SignificanceRule.IsSignificant(5, estimated.Score, false), SignificanceRule.IsSignificant(5, billed.Score, false)).ShouldBe((false, true));
    }

    [Fact]
    public void Worst_OfARowsMethods_HighestActivityTimesCalibration_UnknownWhenNone()
    {
        DataSourceMethods.Worst(["繳費單", "維護運轉推估", "操作報表紀錄"]).Key.ShouldBe("maintenance_estimate");
        DataSourceMethods.Worst([]).ShouldBe(DataSourceMethods.Unknown);
    }
}
