using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Tests.CarbonFee;

/// <summary>
/// Credits by kind (碳費收費辦法 §9–§11, data/carbon-fee/credits.csv): domestic voluntary and offset credits count × 1.2,
/// early-action credits × 0.3 (× 0.1 for a high-leakage plant), all domestic together within 10 % of chargeable; foreign credits
/// × 1 within a further 5 %, not for high-leakage plants. 30,000 t at NT$300 → 5,000 t chargeable, cap 500 t, foreign cap 250 t.
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

    /// <summary>High leakage 2025: 100,000 t × 0.2 = 20,000 t; 1,000 t early-action credits × 0.1 = 100 t; (20,000 − 100) × 300.</summary>
    [Fact]
    public void Estimate_HighLeakageEarlyAction_CountedAtZeroPointOne()
    {
        var e = WithCredits(100_000m, true, 2025, 0m, new CarbonCredit(CarbonCreditKind.EarlyAction, 1_000m));

        e.Credits.ShouldHaveSingleItem().Multiplier.ShouldBe(0.1m);
        e.Fee.BaseValue.ShouldBe(5_970_000m);
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
    [InlineData(CarbonCreditKind.Foreign, true, 2025, "a high-leakage plant may not deduct foreign credits")]
    [InlineData(CarbonCreditKind.EarlyAction, false, 2028, "early_action credits may be deducted only for emission years up to 2027 (2028)")]
    public void Estimate_CreditTheRulesExclude_RefusedInBothLanguages(CarbonCreditKind kind, bool highLeakage, int year, string english)
    {
        var outcome = CarbonFeeCalculator.Estimate(100_000m, CarbonFeeRate.General, highLeakage, year, 0m, credits: [new CarbonCredit(kind, 10m)]);

        var problem = outcome.Problems.ShouldHaveSingleItem();
        problem.MessageEn.ShouldContain(english);
        problem.MessageZh.ShouldNotContain("early_action");
    }

    [Fact]
    public void Shipped_CreditRulesAreTheRegulationsMultipliersAndCaps()
    {
        var p = CarbonFeeParameters.Shipped;

        p.CreditRules.Select(r => (r.Kind, r.Multiplier, r.MultiplierHighLeakage, r.Foreign, r.HighLeakageAllowed, r.LastYear)).ShouldBe([
            (CarbonCreditKind.Voluntary, 1.2m, (decimal?)1.2m, false, true, (int?)null),
            (CarbonCreditKind.Offset, 1.2m, 1.2m, false, true, null),
            (CarbonCreditKind.EarlyAction, 0.3m, 0.1m, false, true, 2027),
            (CarbonCreditKind.Foreign, 1m, null, true, false, null),
        ]);
        (p.ForeignOffsetCapPercent, p.ChargeableDecimals, p.FeeDecimals).ShouldBe((5m, 3, 0));
    }
}
