using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Tests.CarbonFee;

/// <summary>One payer, several plants: §3's threshold, §5's K and rounding, §6's factor and the credit caps apply per plant (全廠(場)).</summary>
public sealed class PlantGroupFeeTests
{
    private static PlantFeeInput Plant(string id, decimal t, CarbonFeeRate rate = CarbonFeeRate.General, bool highLeakage = false,
        params CarbonCredit[] credits) => new(id, t, rate, highLeakage, 0m, credits);

    [Fact]
    public void Estimate_ThreePlants_EachOwnThresholdKAndFactor()
    {
        var group = PlantGroupFee.Estimate([
            Plant("A", 30_000m), // 5,000 t × 300 = 1,500,000
            Plant("B", 20_000m), // below 25,000 t: not a payer
            Plant("C", 100_000m, CarbonFeeRate.B, true), // K = 0, 2025 AF 0.2 → 20,000 t × 100 = 2,000,000
        ], 2025);

        group.Problems.ShouldBeEmpty();
        group.Plants.Select(p => p.Estimate.Fee.BaseValue).ShouldBe([1_500_000m, 0m, 2_000_000m]);
        group.Plants[1].Estimate.Payer.ShouldBeFalse();
        group.Fee.BaseValue.ShouldBe(3_500_000m); // not (150,000 − 25,000) × 300: K is per plant
    }

    [Fact]
    public void Estimate_FractionalPlants_EachFeeTruncatedBeforeTheSum()
    {
        var group = PlantGroupFee.Estimate([Plant("A", 25_000.125m), Plant("B", 25_000.125m)], 2025);

        group.Fee.BaseValue.ShouldBe(74m); // 37.5 → 37 twice; truncating the sum 75 would give 75
    }

    [Fact]
    public void Estimate_CreditsCappedPerPlant()
    {
        // A: 5,000 t chargeable, cap 500 t; 1,000 t voluntary × 1.2 = 1,200 t → 500 applied. B: 1,000 t chargeable, no credits.
        var group = PlantGroupFee.Estimate([Plant("A", 30_000m, credits: new CarbonCredit(CarbonCreditKind.Voluntary, 1_000m)), Plant("B", 26_000m)], 2025);

        group.Plants[0].Estimate.OffsetsAppliedT.ShouldBe(500m);
        group.Fee.BaseValue.ShouldBe((4_500m + 1_000m) * 300m);
    }

    [Fact]
    public void Estimate_BadPlant_NamesThePlantAndGivesNoPartialResult()
    {
        var group = PlantGroupFee.Estimate([Plant("A", 30_000m), Plant("鋼胚廠", 90_000m, highLeakage: true, credits: new CarbonCredit(CarbonCreditKind.Foreign, 5m)), Plant("A", 1m)], 2025);

        group.Succeeded.ShouldBeFalse();
        group.Plants.ShouldBeEmpty();
        group.Problems.Select(p => p.MessageEn).ShouldContain(m => m.StartsWith("鋼胚廠: a high-leakage plant may not deduct foreign credits", StringComparison.Ordinal));
        group.Problems.Select(p => p.MessageEn).ShouldContain("plant id 'A' is given more than once");
    }

    /// <summary>
    /// The plants file with §7 and §8 columns: A 40,000 t − 5,000 × 1.2 (§7) = 34,000 → 9,000 t × 300 = 2,700,000; B (a generator) 1,000,000 t −
    /// 1,500,000,000 kWh × 0.6 kg = 100,000 → 75,000 t × 300 = 22,500,000; each plant deducts only its own.
    /// </summary>
    [Fact]
    public void Csv_IncreaseOffsetAndSuppliedColumns_DeductedPerPlant()
    {
        var (plants, problems) = PlantGroupCsv.Parse("plant,emissions_t,increase_voluntary_t,supplied_kwh,supplied_kg_per_kwh\nA,40000,5000,,\nB,1000000,,1500000000,0.6\n");
        problems.ShouldBeEmpty();

        var group = PlantGroupFee.Estimate(plants, 2025);

        group.Plants.Select(p => (p.Estimate.AnnualEmissionsT, p.Estimate.Fee.BaseValue)).ShouldBe([(34_000m, 2_700_000m), (100_000m, 22_500_000m)]);
        group.Fee.BaseValue.ShouldBe(25_200_000m);
    }

    [Theory]
    [InlineData("plant,emissions_t,supplied_kwh\nA,40000,5\n", "line 2: give supplied_kwh and supplied_kg_per_kwh together")]
    [InlineData("plant,emissions_t,increase_offset_t\nA,40000,many\n", "line 2: increase_offset_t must be a number (got 'many')")]
    public void Csv_BadDeductionColumns_ReportedWithTheLine(string csv, string english)
    {
        var (plants, problems) = PlantGroupCsv.Parse(csv);

        plants.ShouldBeEmpty();
        problems.ShouldHaveSingleItem().MessageEn.ShouldContain(english);
    }
}
