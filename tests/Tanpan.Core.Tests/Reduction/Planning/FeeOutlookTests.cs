using Tanpan.Core.Reduction.Planning;
using Tanpan.Core.Units;

namespace Tanpan.Core.Tests.Reduction.Planning;

public sealed class FeeOutlookTests
{
    /// <summary>
    /// 30,000 t flat, a 3,000 t measure from 2026. Without the plan: (30,000 − 25,000) × 300 = NT$1,500,000. With it in
    /// 2026: 2,000 t chargeable → general 600,000, A (50) 100,000, B (100) 200,000. 2024 is before the fee and left out.
    /// </summary>
    [Fact]
    public void Build_PlanBelowThreshold_FeeWithAndWithoutPlan()
    {
        var pathway = Pathway.Build(2024, Co2e.FromTonnes(30_000m), 2026, 0m, [new("m", 2026, Co2e.FromTonnes(3_000m))]);

        var outlook = FeeOutlook.Build(pathway, highLeakage: false);

        outlook.Select(y => y.Year).ShouldBe([2025, 2026]);
        var y2026 = outlook[1];
        y2026.WithoutPlan!.Fee.BaseValue.ShouldBe(1_500_000m);
        (y2026.WithPlanGeneral!.Fee.BaseValue, y2026.WithPlanA!.Fee.BaseValue, y2026.WithPlanB!.Fee.BaseValue).ShouldBe((600_000m, 100_000m, 200_000m));
        y2026.SavedAtGeneralNtd.ShouldBe(900_000m);
        outlook[0].SavedAtGeneralNtd.ShouldBe(0m);
    }

    /// <summary>High leakage: K = 0 and AF 0.2 in 2025–2026: 30,000 × 0.2 × 300 = 1,800,000; no factor is known after 2030.</summary>
    [Fact]
    public void Build_HighLeakage_UsesPeriodFactorAndReportsUnknownYears()
    {
        var outlook = FeeOutlook.Build(Pathway.Build(2025, Co2e.FromTonnes(30_000m), 2031, 0m, []), highLeakage: true);

        outlook[0].WithoutPlan!.Fee.BaseValue.ShouldBe(1_800_000m);
        outlook[^1].WithoutPlan.ShouldBeNull();
        outlook[^1].Problems.ShouldNotBeEmpty();
    }

    /// <summary>
    /// 1,000 t of offsets a year, capped at 10 % of the chargeable emissions: without the plan 5,000 − 500 = 4,500 t × 300 =
    /// NT$1,350,000; with it in 2026 2,000 − 200 = 1,800 t → general 540,000, A 90,000, B 180,000.
    /// </summary>
    [Fact]
    public void Build_OffsetsPerYear_DeductedUpToTheCapWithAndWithoutPlan()
    {
        var pathway = Pathway.Build(2024, Co2e.FromTonnes(30_000m), 2026, 0m, [new("m", 2026, Co2e.FromTonnes(3_000m))]);

        var y2026 = FeeOutlook.Build(pathway, highLeakage: false, offsetsPerYear: Co2e.FromTonnes(1_000m))[1];

        y2026.WithoutPlan!.OffsetsAppliedT.ShouldBe(500m);
        y2026.WithoutPlan.Fee.BaseValue.ShouldBe(1_350_000m);
        (y2026.WithPlanGeneral!.Fee.BaseValue, y2026.WithPlanA!.Fee.BaseValue, y2026.WithPlanB!.Fee.BaseValue).ShouldBe((540_000m, 90_000m, 180_000m));
        y2026.SavedAtGeneralNtd.ShouldBe(810_000m);
    }
}
