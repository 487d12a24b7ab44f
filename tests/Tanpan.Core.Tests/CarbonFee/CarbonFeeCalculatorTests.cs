using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Tests.CarbonFee;

public partial class CarbonFeeCalculatorTests
{
    // The formula's inputs as the 辦法 states them, written out here so the expected figures are computed, not copied.
    private const decimal K = 25_000m;
    private const decimal AfGeneral = 1m;
    private const decimal GeneralRate = 300m;

    private static CarbonFeeEstimate Estimate(decimal emissionsT, CarbonFeeRate rate = CarbonFeeRate.General, bool highLeakage = false, int year = 2025,
        decimal offsetsT = 0m)
    {
        var outcome = CarbonFeeCalculator.Estimate(emissionsT, rate, highLeakage, year, offsetsT);
        outcome.Problems.ShouldBeEmpty();
        return outcome.Estimate!;
    }

    [Fact]
    public void Estimate_30000TonnesGeneral_Chargeable5000Fee1500000()
    {
        var e = Estimate(30_000m);

        e.Payer.ShouldBeTrue();
        e.ChargeableT.ShouldBe(5_000m);
        e.Fee.BaseValue.ShouldBe(1_500_000m);
    }

    /// <summary>Seed 000's copper-foil plants: fee = (E − K) × AF × rate; the seed publishes the result only.</summary>
    [Theory]
    [InlineData(59_882, 10_464_600)]
    [InlineData(72_498, 14_249_400)]
    public void Estimate_SeedCopperFoilPlant_MatchesFormulaAndSeedFigure(int emissionsT, int seedFee)
    {
        var chargeable = (emissionsT - K) * AfGeneral;
        var expectedFee = chargeable * GeneralRate;

        var e = Estimate(emissionsT);

        e.ChargeableT.ShouldBe(chargeable);
        e.Fee.BaseValue.ShouldBe(expectedFee);
        expectedFee.ShouldBe(seedFee);
    }

    [Fact]
    public void Estimate_FirstCopperFoilPlant_Chargeable34882() => Estimate(59_882m).ChargeableT.ShouldBe(34_882m);

    [Theory]
    [InlineData(CarbonFeeRate.General, 1_500_000)] // 5,000 t × 300
    [InlineData(CarbonFeeRate.A, 250_000)] // 5,000 t × 50
    [InlineData(CarbonFeeRate.B, 500_000)] // 5,000 t × 100
    public void Estimate_Rate_MultipliesChargeable(CarbonFeeRate rate, int fee)
    {
        var e = Estimate(30_000m, rate);

        e.Fee.BaseValue.ShouldBe(fee);
        e.RateNtdPerT.ShouldBe(fee / 5_000m);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Estimate_BelowThreshold_NotAPayerAndNoFee(bool highLeakage)
    {
        var e = Estimate(20_000m, highLeakage: highLeakage);

        e.Payer.ShouldBeFalse();
        e.ChargeableT.ShouldBe(0m);
        e.Fee.BaseValue.ShouldBe(0m);
    }

    [Fact]
    public void Estimate_ExactlyAtThreshold_PayerWithNothingChargeable()
    {
        var e = Estimate(25_000m);

        e.Payer.ShouldBeTrue();
        e.ChargeableT.ShouldBe(0m);
        e.Fee.BaseValue.ShouldBe(0m);
    }

    /// <summary>High leakage: K = 0 and AF by period, e.g. 100,000 t × 0.2 = 20,000 t × 300 = NT$6,000,000 in 2025.</summary>
    [Theory]
    [InlineData(2025, 1, 0.2)]
    [InlineData(2026, 1, 0.2)]
    [InlineData(2027, 2, 0.4)]
    [InlineData(2028, 2, 0.4)]
    [InlineData(2029, 3, 0.6)]
    [InlineData(2030, 3, 0.6)]
    public void Estimate_HighLeakage_KZeroAndFactorOfThePeriod(int year, int period, double factor)
    {
        var af = (decimal)factor;

        var e = Estimate(100_000m, highLeakage: true, year: year);

        e.KT.ShouldBe(0m);
        e.AdjustmentFactor.ShouldBe(af);
        e.AdjustmentPeriod.ShouldBe(period);
        e.ChargeableT.ShouldBe(100_000m * af);
        e.Fee.BaseValue.ShouldBe(100_000m * af * GeneralRate);
    }

    [Fact]
    public void Estimate_OffsetsWithinCap_AllDeducted()
    {
        var e = Estimate(30_000m, offsetsT: 300m);

        e.OffsetCapT.ShouldBe(500m); // 10 % of 5,000 t
        e.OffsetsAppliedT.ShouldBe(300m);
        e.OffsetsCapped.ShouldBeFalse();
        e.Fee.BaseValue.ShouldBe((5_000m - 300m) * GeneralRate);
    }

    [Fact]
    public void Estimate_OffsetsAboveCap_CappedAtTenPercentAndSaysSo()
    {
        var e = Estimate(30_000m, offsetsT: 800m);

        e.OffsetsAppliedT.ShouldBe(500m);
        e.OffsetsRequestedT.ShouldBe(800m);
        e.OffsetsCapped.ShouldBeTrue();
        e.Fee.BaseValue.ShouldBe(1_350_000m); // (5,000 − 500) × 300
    }

    /// <summary>§5 第4項: 0.125 t × NT$300 = NT$37.5, truncated (無條件捨去) to NT$37 — not rounded to 38.</summary>
    [Fact]
    public void Estimate_FractionalTonnes_FeeTruncatedToWholeDollars()
    {
        var e = Estimate(25_000.125m);

        e.ChargeableT.ShouldBe(0.125m);
        e.Fee.BaseValue.ShouldBe(37m);
    }
}
