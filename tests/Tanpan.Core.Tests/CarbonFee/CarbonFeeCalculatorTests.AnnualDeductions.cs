using Tanpan.Core.CarbonFee;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.CarbonFee;

/// <summary>
/// Deductions from the annual emissions (碳費收費辦法 §5 第2項's 年排放量, before K and the adjustment factor): §7 credits used to offset
/// an emissions increase, at the ratio of §9 第1項 by kind and without §9's 10 % cap; §8 a power producer's electricity supplied,
/// kWh × carbon intensity. §3's threshold is tested on the emissions before the deductions. Every figure is worked by hand below.
/// </summary>
public partial class CarbonFeeCalculatorTests
{
    private static CarbonFeeEstimate Deducted(decimal emissionsT, bool highLeakage, int year, CarbonCredit[] increase, SuppliedElectricity? supplied = null,
        params CarbonCredit[] credits)
    {
        var outcome = CarbonFeeCalculator.Estimate(emissionsT, CarbonFeeRate.General, highLeakage, year, credits: credits, increaseOffsets: increase, supplied: supplied);
        outcome.Problems.ShouldBeEmpty();
        return outcome.Estimate!;
    }

    /// <summary>
    /// §7: 40,000 t; 5,000 t voluntary credits offset an increase × 1.2 = 6,000 t off the annual emissions → 34,000 t; (34,000 − 25,000) = 9,000 t
    /// × 300 = NT$2,700,000. No cap: as a §9 credit the same 6,000 t would be capped at 10 % of 15,000 t = 1,500 t.
    /// </summary>
    [Fact]
    public void Estimate_Section7IncreaseOffset_DeductedBeforeKAndNotCapped()
    {
        var e = Deducted(40_000m, false, 2025, [new CarbonCredit(CarbonCreditKind.Voluntary, 5_000m)]);

        e.IncreaseOffsets.ShouldHaveSingleItem().CountedT.ShouldBe(6_000m);
        (e.IncreaseOffsetDeductionT, e.AnnualEmissionsT, e.ChargeableT).ShouldBe((6_000m, 34_000m, 9_000m));
        e.Fee.BaseValue.ShouldBe(2_700_000m);
    }

    /// <summary>§7 before the factor: high-leakage 2025, 100,000 t − 10,000 t offset × 1.2 = 88,000 t; × 0.2 = 17,600 t × 300 = NT$5,280,000.</summary>
    [Fact]
    public void Estimate_Section7HighLeakage_DeductedBeforeTheAdjustmentFactor()
    {
        var e = Deducted(100_000m, true, 2025, [new CarbonCredit(CarbonCreditKind.Offset, 10_000m)]);

        e.AnnualEmissionsT.ShouldBe(88_000m);
        e.ChargeableT.ShouldBe(17_600m); // not (100,000 × 0.2) − 12,000 = 8,000
        e.Fee.BaseValue.ShouldBe(5_280_000m);
    }

    /// <summary>
    /// §7 refers to §9 第1項各款 for the ratio only (reading in data/carbon-fee/README.md): early-action credits used for an increase offset
    /// count × 0.3 also for a high-leakage plant and after 2027. 2028, period 2: (100,000 − 1,000 × 0.3) × 0.4 = 39,880 t × 300 = NT$11,964,000.
    /// </summary>
    [Fact]
    public void Estimate_Section7EarlyAction_RatioOnlyFromSection9()
    {
        var e = Deducted(100_000m, true, 2028, [new CarbonCredit(CarbonCreditKind.EarlyAction, 1_000m)]);

        e.ChargeableT.ShouldBe(39_880m);
        e.Fee.BaseValue.ShouldBe(11_964_000m);
    }

    /// <summary>§7 then §9: 40,000 t − 6,000 t (§7) → 9,000 t chargeable; §9 cap 900 t; 1,000 t voluntary × 1.2 = 1,200 → 900; 8,100 × 300.</summary>
    [Fact]
    public void Estimate_Section7AndSection9_CapIsOfTheChargeableAfterSection7()
    {
        var e = Deducted(40_000m, false, 2025, [new CarbonCredit(CarbonCreditKind.Voluntary, 5_000m)], null, new CarbonCredit(CarbonCreditKind.Voluntary, 1_000m));

        (e.OffsetCapT, e.DomesticAppliedT, e.NetChargeableT).ShouldBe((900m, 900m, 8_100m));
        e.Fee.BaseValue.ShouldBe(2_430_000m);
    }

    /// <summary>
    /// §8: a generator of 1,000,000 t supplied 1,500,000,000 kWh at 0.6 kg CO₂e/kWh = 900,000 t; 100,000 t annual; (100,000 − 25,000) × 300
    /// = NT$22,500,000.
    /// </summary>
    [Fact]
    public void Estimate_Section8Generator_SuppliedElectricityDeducted()
    {
        var e = Deducted(1_000_000m, false, 2025, [], new SuppliedElectricity(KilowattHours.Of(1_500_000_000m), 0.6m));

        (e.SuppliedDeductionT, e.AnnualEmissionsT, e.ChargeableT).ShouldBe((900_000m, 100_000m, 75_000m));
        e.Fee.BaseValue.ShouldBe(22_500_000m);
    }

    /// <summary>§8 with §5 第4項: 25,001 t − 1,234 kWh × 0.509 kg = 0.628106 t → 25,000.371894 t; 0.371894 → 0.372 t; × 300 = 111.6 → NT$111.</summary>
    [Fact]
    public void Estimate_Section8FractionalDeduction_ChargeableRoundedAfterIt()
    {
        var e = Deducted(25_001m, false, 2025, [], new SuppliedElectricity(KilowattHours.Of(1_234m), 0.509m));

        e.SuppliedDeductionT.ShouldBe(0.628106m);
        e.ChargeableT.ShouldBe(0.372m);
        e.Fee.BaseValue.ShouldBe(111m);
    }

    /// <summary>§3 before §8: 30,000 t is a payer; 10,000 t supplied leaves 20,000 t, below K: nothing chargeable (not "not a payer").</summary>
    [Fact]
    public void Estimate_Section3ThresholdBeforeDeductions_PayerWithNothingChargeable()
    {
        var e = Deducted(30_000m, false, 2025, [], new SuppliedElectricity(KilowattHours.Of(20_000_000m), 0.5m));

        e.Payer.ShouldBeTrue();
        (e.AnnualEmissionsT, e.ChargeableT, e.Fee.BaseValue).ShouldBe((20_000m, 0m, 0m));
    }

    [Theory]
    [InlineData(CarbonCreditKind.Foreign, 10, 0, 0, "foreign credits cannot be deducted from the annual emissions as an emissions-increase offset")]
    [InlineData(CarbonCreditKind.Voluntary, -1, 0, 0, "voluntary credits used for an emissions-increase offset must not be negative (-1)")]
    [InlineData(CarbonCreditKind.Voluntary, 0, -5, 0.5, "electricity supplied must not be negative (-5)")]
    [InlineData(CarbonCreditKind.Voluntary, 0, 5, -0.5, "carbon intensity must not be negative (-0.5)")]
    [InlineData(CarbonCreditKind.Voluntary, 20_000, 10_000_000, 0.7, "the §7 and §8 deductions (31000")] // 24,000 + 7,000 > 30,000 t
    public void Estimate_BadAnnualDeduction_RefusedInBothLanguages(CarbonCreditKind kind, int tonnes, int kwh, double intensity, string english)
    {
        var supplied = kwh == 0 ? null : new SuppliedElectricity(KilowattHours.Of(kwh), (decimal)intensity);

        var outcome = CarbonFeeCalculator.Estimate(30_000m, CarbonFeeRate.General, false, 2025, increaseOffsets: [new CarbonCredit(kind, tonnes)], supplied: supplied);

        outcome.Estimate.ShouldBeNull();
        var problem = outcome.Problems.ShouldHaveSingleItem();
        problem.MessageEn.ShouldContain(english);
        problem.MessageZh.ShouldNotBeNullOrWhiteSpace();
    }

    /// <summary>
    /// Property over random plants with §7, §8 and §9/§10 deductions: the fee is never negative, never above rate × chargeable, never above the
    /// fee of the same plant without the deductions, and the annual emissions are E less exactly the two deductions.
    /// </summary>
    [Fact]
    public void Property_AnnualDeductions_FeeNeverNegativeNorAboveTheFeeWithout()
    {
        var random = new Random(20_261_207);
        for (var i = 0; i < 2_000; i++)
        {
            var emissions = 25_000m + ((decimal)random.NextInt64(0, 1_000_000_000_000) / 1_000_000m);
            var highLeakage = random.Next(3) == 0;
            var year = random.Next(2025, 2031);
            var increase = random.Next(2) == 0 ? [] : new[] { new CarbonCredit((CarbonCreditKind)random.Next(3), (decimal)random.Next(0, 8_000_000) / 1_000m) };
            var supplied = random.Next(2) == 0 ? null : new SuppliedElectricity(KilowattHours.Of(random.Next(0, 20_000_000)), (decimal)random.Next(0, 900) / 1_000m);
            var credits = new[] { new CarbonCredit(CarbonCreditKind.Voluntary, random.Next(0, 10_000)) };
            var why = $"case {i}: {emissions} t, {year}, high leakage {highLeakage}";

            var outcome = CarbonFeeCalculator.Estimate(emissions, CarbonFeeRate.General, highLeakage, year, credits: credits, increaseOffsets: increase, supplied: supplied);
            var without = CarbonFeeCalculator.Estimate(emissions, CarbonFeeRate.General, highLeakage, year, credits: credits).Estimate!;
            if (!outcome.Succeeded)
            {
                outcome.Problems.ShouldHaveSingleItem(why).Column.ShouldBe("deductions", why);
                continue;
            }

            var e = outcome.Estimate!;
            e.AnnualEmissionsT.ShouldBe(emissions - e.IncreaseOffsetDeductionT - e.SuppliedDeductionT, why);
            e.AnnualEmissionsT.ShouldBeGreaterThanOrEqualTo(0m, why);
            e.Fee.BaseValue.ShouldBeGreaterThanOrEqualTo(0m, why);
            e.Fee.BaseValue.ShouldBeLessThanOrEqualTo(e.RateNtdPerT * e.ChargeableT, why);
            e.Fee.BaseValue.ShouldBeLessThanOrEqualTo(without.Fee.BaseValue, why);
        }
    }
}
