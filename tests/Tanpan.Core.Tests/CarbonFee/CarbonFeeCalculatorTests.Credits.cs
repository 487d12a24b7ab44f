using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Tests.CarbonFee;

/// <summary>
/// Credits by kind (碳費收費辦法 §9–§10, data/carbon-fee/credits.csv): domestic voluntary and offset credits count × 1.2 (§9 第1項第1款),
/// early-action credits × 0.3 only for a plant not recognised as high-leakage and only for emission years 2025–2027 (§9 第1項第2款, 第2項),
/// all domestic together within 10 % of chargeable (§9 第1項); foreign credits × 1 within a further 5 %, not for high-leakage plants (§10). 30,000 t at NT$300 → 5,000 t chargeable, cap 500 t, foreign cap 250 t.
/// </summary>
public partial class CarbonFeeCalculatorTests
{
    private static CarbonFeeEstimate WithCredits(decimal emissionsT, bool highLeakage, int year, decimal offsetsT, params CarbonCredit[] credits)
    {
        var outcome = CarbonFeeCalculator.Estimate(emissionsT, CarbonFeeRate.General, highLeakage, year, offsetsT, credits: credits);
        outcome.Problems.ShouldBeEmpty();
        return outcome.Estimate!;
    }

    [Fact]
    public void Estimate_VoluntaryCreditsWithinCap_CountedAtOnePointTwo()
    {
        var e = WithCredits(30_000m, false, 2025, 0m, new CarbonCredit(CarbonCreditKind.Voluntary, 300m));

        e.Credits.ShouldHaveSingleItem().CountedT.ShouldBe(360m); // 300 × 1.2
        e.OffsetsAppliedT.ShouldBe(360m);
        e.NetChargeableT.ShouldBe(4_640m);
        e.Fee.BaseValue.ShouldBe(1_392_000m); // 4,640 × 300
    }

    [Fact]
    public void Estimate_VoluntaryCreditsAboveCap_CapAppliesAfterTheMultiplier()
    {
        var e = WithCredits(30_000m, false, 2025, 0m, new CarbonCredit(CarbonCreditKind.Voluntary, 420m));

        e.OffsetsRequestedT.ShouldBe(504m); // 420 × 1.2
        e.OffsetsAppliedT.ShouldBe(500m); // 10 % of 5,000 t
        e.OffsetsCapped.ShouldBeTrue();
        e.Fee.BaseValue.ShouldBe(1_350_000m);
    }

    [Fact]
    public void Estimate_OffsetsAlreadyCountedAndCreditsByKind_ShareTheDomesticCap()
    {
        var e = WithCredits(30_000m, false, 2025, 100m, new CarbonCredit(CarbonCreditKind.Offset, 100m), new CarbonCredit(CarbonCreditKind.EarlyAction, 100m));

        e.OffsetsRequestedT.ShouldBe(100m + 120m + 30m); // offsets + 100 × 1.2 + 100 × 0.3
        e.DomesticAppliedT.ShouldBe(250m);
        e.Fee.BaseValue.ShouldBe((5_000m - 250m) * 300m);
    }

    [Fact]
    public void Estimate_ForeignCredits_OwnFivePercentCapOnTopOfDomestic()
    {
        var e = WithCredits(30_000m, false, 2026, 0m, new CarbonCredit(CarbonCreditKind.Voluntary, 500m), new CarbonCredit(CarbonCreditKind.Foreign, 300m));

        (e.DomesticAppliedT, e.ForeignRequestedT, e.ForeignCapT, e.ForeignAppliedT).ShouldBe((500m, 300m, 250m, 250m));
        e.OffsetsAppliedT.ShouldBe(750m);
        e.Fee.BaseValue.ShouldBe(1_275_000m); // (5,000 − 500 − 250) × 300
    }

    /// <summary>
    /// §9 第1項第2款 and 第2項: early-action credits × 0.3, for a plant not recognised as high-leakage, in the first three years of the fee
    /// (emission years 2025–2027). 30,000 t in 2027 → 5,000 t; 1,000 t × 0.3 = 300 t; (5,000 − 300) × 300 = NT$1,410,000.
    /// </summary>
    [Fact]
    public void Estimate_Section9EarlyActionInTheThirdYear_CountedAtZeroPointThree()
    {
        var e = WithCredits(30_000m, false, 2027, 0m, new CarbonCredit(CarbonCreditKind.EarlyAction, 1_000m));

        e.Credits.ShouldHaveSingleItem().Multiplier.ShouldBe(0.3m);
        e.DomesticAppliedT.ShouldBe(300m);
        e.Fee.BaseValue.ShouldBe(1_410_000m);
    }

    /// <summary>
    /// §9 第1項: a plant of 125,000 t, not high-leakage: (125,000 − 25,000) × 1 = 100,000 t chargeable; cap 10 % = 10,000 t.
    /// 9,000 t voluntary × 1.2 = 10,800 t → 10,000 t deducted (the cap limits the deduction, after the ratio); 90,000 × 300 = NT$27,000,000.
    /// </summary>
    [Fact]
    public void Estimate_Section9Plant125000VoluntaryBeyondTheCap_TenPercentDeducted()
    {
        var e = WithCredits(125_000m, false, 2025, 0m, new CarbonCredit(CarbonCreditKind.Voluntary, 9_000m));

        (e.ChargeableT, e.OffsetCapT, e.OffsetsRequestedT, e.DomesticAppliedT).ShouldBe((100_000m, 10_000m, 10_800m, 10_000m));
        e.OffsetsCapped.ShouldBeTrue();
        e.NetChargeableT.ShouldBe(90_000m);
        e.Fee.BaseValue.ShouldBe(27_000_000m);
    }

    /// <summary>§10 第1項: the same plant with 6,000 t foreign credits, counted 1 : 1 and capped at 5 % = 5,000 t; 95,000 × 300 = NT$28,500,000.</summary>
    [Fact]
    public void Estimate_Section10Plant125000ForeignBeyondTheCap_FivePercentDeducted()
    {
        var e = WithCredits(125_000m, false, 2025, 0m, new CarbonCredit(CarbonCreditKind.Foreign, 6_000m));

        (e.ForeignRequestedT, e.ForeignCapT, e.ForeignAppliedT, e.DomesticAppliedT).ShouldBe((6_000m, 5_000m, 5_000m, 0m));
        e.Fee.BaseValue.ShouldBe(28_500_000m);
    }

    [Fact]
    public void Estimate_CapOfFractionalChargeable_NetRoundedToThreeDecimals()
    {
        // 25,123.4567 t → 123.457 t; cap 12.3457 t; 20 t voluntary × 1.2 = 24 t → 12.3457 applied; net 111.1113 → 111.111 t; × 300 = 33,333.3 → 33,333.
        var e = WithCredits(25_123.4567m, false, 2025, 0m, new CarbonCredit(CarbonCreditKind.Voluntary, 20m));

        e.OffsetCapT.ShouldBe(12.3457m);
        e.NetChargeableT.ShouldBe(111.111m);
        e.Fee.BaseValue.ShouldBe(33_333m);
    }

    [Theory]
    [InlineData(CarbonCreditKind.Foreign, true, 2025, "a high-leakage plant may not deduct foreign credits (Carbon Fee Regulations Art. 10 para. 1", "§10 第1項")]
    [InlineData(CarbonCreditKind.EarlyAction, true, 2025, "a high-leakage plant may not deduct early_action credits (Carbon Fee Regulations Art. 9 para. 1 item 2", "不得以先期專案減量額度扣除收費排放量")]
    [InlineData(CarbonCreditKind.EarlyAction, false, 2028, "early_action credits may be deducted only for emission years up to 2027 (2028)", "僅得於碳費開徵後之前三年")]
    public void Estimate_CreditTheRulesExclude_RefusedInBothLanguages(CarbonCreditKind kind, bool highLeakage, int year, string english, string chinese)
    {
        var outcome = CarbonFeeCalculator.Estimate(100_000m, CarbonFeeRate.General, highLeakage, year, 0m, credits: [new CarbonCredit(kind, 10m)]);

        outcome.Estimate.ShouldBeNull();
        var problem = outcome.Problems.ShouldHaveSingleItem();
        problem.MessageEn.ShouldContain(english);
        problem.MessageZh.ShouldContain(chinese);
        problem.MessageZh.ShouldNotContain("early_action");
    }

    [Fact]
    public void Shipped_CreditRulesAreTheRegulationsMultipliersAndCaps()
    {
        var p = CarbonFeeParameters.Shipped;

        // §9 第1項第1款 1.2; 第2款 0.3, not for high-leakage, 第2項 first three years; §10 foreign, not for high-leakage; §7 domestic kinds only.
        p.CreditRules.Select(r => (r.Kind, r.Multiplier, r.Foreign, r.HighLeakageAllowed, r.LastYear, r.IncreaseOffsetAllowed, r.Confidence)).ShouldBe([
            (CarbonCreditKind.Voluntary, 1.2m, false, true, (int?)null, true, "H"),
            (CarbonCreditKind.Offset, 1.2m, false, true, null, true, "H"),
            (CarbonCreditKind.EarlyAction, 0.3m, false, false, 2027, true, "H"),
            (CarbonCreditKind.Foreign, 1m, true, false, null, false, "H"),
        ]);
        (p.ForeignOffsetCapPercent, p.ChargeableDecimals, p.FeeDecimals).ShouldBe((5m, 3, 0));
    }
}
