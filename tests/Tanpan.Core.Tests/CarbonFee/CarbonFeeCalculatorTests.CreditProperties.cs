using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Tests.CarbonFee;

/// <summary>
/// Properties of the credit path (碳費收費辦法 §5 第4項 rounding; §9–§10 credits as data/carbon-fee/credits.csv states them), over
/// random plants holding credits of every kind: the fee never exceeds rate × chargeable, the domestic deduction never exceeds
/// 10 % and the foreign one 5 % of chargeable (so net ≥ 85 % of chargeable), and the fee is rate × net truncated to whole NT$.
/// (A foreign or early-action credit for a high-leakage plant, or an early-action credit after 2027, is refused: Estimate_CreditTheRulesExclude_….)
/// </summary>
public partial class CarbonFeeCalculatorTests
{
    [Fact]
    public void Property_CreditsOfEveryKind_FeeNeverAboveRateTimesChargeable_AndEachCapHolds()
    {
        var random = new Random(20_260_531);
        var rates = Enum.GetValues<CarbonFeeRate>();
        var kinds = Enum.GetValues<CarbonCreditKind>();
        for (var i = 0; i < 3_000; i++)
        {
            var emissions = 25_000m + ((decimal)random.NextInt64(0, 5_000_000_000_000) / 1_000_000m);
            var highLeakage = random.Next(3) == 0;
            // Early-action credits only up to their last year (2027); later years draw the other kinds.
            var year = random.Next(2025, 2031);
            var credits = kinds
                .Where(k => !(highLeakage && k is CarbonCreditKind.Foreign or CarbonCreditKind.EarlyAction) && !(k == CarbonCreditKind.EarlyAction && year > 2027))
                .Where(_ => random.Next(4) != 0)
                .Select(k => new CarbonCredit(k, (decimal)random.NextInt64(0, 2_000_000_000) / 1_000m))
                .ToArray();
            var offsets = random.Next(2) == 0 ? 0m : (decimal)random.Next(0, 50_000_000) / 1_000m;
            var outcome = CarbonFeeCalculator.Estimate(emissions, rates[random.Next(rates.Length)], highLeakage, year, offsets, credits: credits);
            outcome.Problems.ShouldBeEmpty($"case {i}");
            var e = outcome.Estimate!;
            var why = $"case {i}: {emissions} t, high leakage {highLeakage}, {year}, credits {string.Join(", ", credits.Select(c => $"{c.Kind}={c.Tonnes}"))}";

            e.Fee.BaseValue.ShouldBeLessThanOrEqualTo(e.RateNtdPerT * e.ChargeableT, why);
            e.Fee.BaseValue.ShouldBe(decimal.Truncate(e.RateNtdPerT * e.NetChargeableT), why);
            e.DomesticAppliedT.ShouldBeLessThanOrEqualTo(e.ChargeableT * 0.10m, why);
            e.ForeignAppliedT.ShouldBeLessThanOrEqualTo(e.ChargeableT * 0.05m, why);
            e.NetChargeableT.ShouldBeGreaterThanOrEqualTo(decimal.Round(e.ChargeableT * 0.85m, 3, MidpointRounding.AwayFromZero) - 0.001m, why);
            e.NetChargeableT.ShouldBeLessThanOrEqualTo(e.ChargeableT, why);
        }
    }

    /// <summary>Property: a plant group's fee is the sum of its plants' fees, each never above its own rate × chargeable.</summary>
    [Fact]
    public void Property_PlantGroup_SumOfPlants_EachWithinRateTimesChargeable()
    {
        var random = new Random(3);
        for (var i = 0; i < 300; i++)
        {
            var plants = Enumerable.Range(0, random.Next(1, 6)).Select(n =>
            {
                var highLeakage = random.Next(3) == 0;
                // §9 第1項第2款: early-action credits only for a plant not recognised as high-leakage.
                var second = highLeakage ? CarbonCreditKind.Offset : CarbonCreditKind.EarlyAction;
                return new PlantFeeInput($"P{n}", 20_000m + ((decimal)random.NextInt64(0, 100_000_000_000) / 1_000_000m), CarbonFeeRate.General, highLeakage, 0m,
                    [new CarbonCredit(CarbonCreditKind.Voluntary, random.Next(0, 5_000)), new CarbonCredit(second, random.Next(0, 5_000))]);
            }).ToList();
            var group = PlantGroupFee.Estimate(plants, 2026);
            group.Problems.ShouldBeEmpty();

            group.Fee.BaseValue.ShouldBe(group.Plants.Sum(p => p.Estimate.Fee.BaseValue));
            foreach (var p in group.Plants)
            {
                p.Estimate.Fee.BaseValue.ShouldBeLessThanOrEqualTo(p.Estimate.RateNtdPerT * p.Estimate.ChargeableT);
            }
        }
    }
}
