using Tanpan.Core.Cbam;

namespace Tanpan.Core.Tests.Cbam;

public class CbamCostCalculatorTests
{
    private static readonly CnCode Bolts = CnCode.Parse("7318 15 00");

    private static CbamCostOutlook Outlook(decimal tonnes, decimal? see = null, decimal paid = 0m, decimal? benchmark = null, params decimal[] prices) =>
        CbamCostCalculator.Calculate(new CbamCostInput(Bolts, tonnes, prices.Select((p, i) => new CbamPriceScenario($"s{i}", p)).ToList())
        {
            ActualSee = see,
            CarbonPricePaidEur = paid,
            BenchmarkTPerT = benchmark,
        });

    [Fact]
    public void Calculate_100tBolts2026Defaults_Embedded29777_Certificates744425()
    {
        // 100 t × 2.707 × 1.10 = 297.77 t; payable 2.5 % (CBAM factor 97.5 %) → 7.44425 certificates; × 80 EUR = 595.54 EUR.
        var outlook = Outlook(100m, prices: [80m]);
        var y = outlook.For(2026);

        outlook.IsApproximation.ShouldBeTrue();
        y.Default.SeeTPerT.ShouldBe(2.9777m);
        y.Default.EmbeddedTCo2e.ShouldBe(297.77m);
        y.CbamFactorPercent.ShouldBe(97.5m);
        y.Default.Certificates.ShouldBe(7.44425m);
        y.Default.Costs.Single().CostEur.ShouldBe(595.54m);
        y.Actual.ShouldBeNull();
        y.Trace.Single(t => t.Key == "default.free_allocation_adjustment").Source.ShouldContain("approximation");
        y.Trace.Single(t => t.Key == "default.free_allocation_adjustment").SourceZh.ShouldBe("估算：隱含排放 × CBAM 係數");
        y.Trace.Select(t => t.SourceZh).ShouldAllBe(zh => !zh.Contains("user") && !zh.Contains("certificates") && !zh.Contains("approximation"));
    }

    [Theory]
    [InlineData(2026, "7.44425")]   // 297.77 × 2.5 %
    [InlineData(2028, "35.191")]    // 351.91 × 10 %
    [InlineData(2029, "79.17975")]  // 351.91 × 22.5 %
    [InlineData(2030, "170.67635")] // 351.91 × 48.5 %
    [InlineData(2034, "351.91")]    // 351.91 × 100 %
    public void Calculate_Certificates_FollowMarkupAndPayableShare(int year, string certificates) =>
        Outlook(100m).For(year).Default.Certificates.ShouldBe(decimal.Parse(certificates, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Calculate_ActualBesideDefault_SavingPerYear()
    {
        // Actual 1.5 t/t: 2026 150 t × 2.5 % = 3.75 certificates × 80 = 300 EUR; default 595.54 → saves 295.54 EUR.
        var y = Outlook(100m, see: 1.5m, prices: [80m]).For(2026);
        y.Actual!.Certificates.ShouldBe(3.75m);
        y.Actual.Costs.Single().CostEur.ShouldBe(300m);
        y.SavingEur.ShouldHaveSingleItem().SavingEur.ShouldBe(295.54m);
        y.CertificatesSaved.ShouldBe(3.69425m);
    }

    [Fact]
    public void Calculate_CarbonPricePaidAboveTheCost_CostIsZeroNotNegative()
    {
        var y = Outlook(100m, paid: 1000m, prices: [80m]).For(2026);
        var cost = y.Default.Costs.Single();
        cost.GrossEur.ShouldBe(595.54m);
        cost.DeductionEur.ShouldBe(595.54m);
        cost.CostEur.ShouldBe(0m);
    }

    [Fact]
    public void Calculate_SeveralPriceScenarios_OneCostEach()
    {
        // 7.44425 certificates × 80 = 595.54; × 120 = 893.31; savings with actual 1.5 (3.75 certificates): 295.54 and 443.31.
        var y = Outlook(100m, see: 1.5m, prices: [80m, 120m]).For(2026);
        y.Default.Costs.Select(c => c.CostEur).ShouldBe([595.54m, 893.31m]);
        y.SavingEur.Select(s => s.SavingEur).ShouldBe([295.54m, 443.31m]);
    }

    [Fact]
    public void Calculate_CarbonPricePaidByYear_OverridesTheFlatAmountForThoseYears()
    {
        // 2026: 595.54 − 100 = 495.54 (flat); 2027: 100 t × 3.2484 × 5 % = 16.242 certificates × 80 = 1,299.36 − 400 = 899.36.
        var outlook = CbamCostCalculator.Calculate(new CbamCostInput(Bolts, 100m, [new CbamPriceScenario("base", 80m)])
        {
            CarbonPricePaidEur = 100m,
            CarbonPricePaidEurByYear = new Dictionary<int, decimal> { [2027] = 400m },
            LastYear = 2027,
        });
        outlook.For(2026).Default.Costs.Single().CostEur.ShouldBe(495.54m);
        outlook.For(2027).Default.Costs.Single().CostEur.ShouldBe(899.36m);
        outlook.Years.Count.ShouldBe(2);
    }

    [Fact]
    public void Calculate_CarbonPricePaidInNtd_ConvertedWithTheUsersRate()
    {
        // NT$ 10,000 at 35 NT$/EUR = 285.714… EUR; 2030 default cost 170.67635 × 80 = 13,654.108 EUR less that.
        var paid = CbamCarbonPrice.FromNtd(10_000m, 35m);
        var cost = Outlook(100m, paid: paid, prices: [80m]).For(2030).Default.Costs.Single();
        cost.CostEur.ShouldBe(13_654.108m - (10_000m / 35m));
        Should.Throw<CbamException>(() => CbamCarbonPrice.FromNtd(1m, 0m)).Issue.MessageEn.ShouldBe("the exchange rate (NT$ per EUR) must be above 0 (got 0)");
    }

    [Fact]
    public void Calculate_WithABenchmark_BenchmarkTimesFactorIsDeducted()
    {
        // Benchmark 1.364 t/t (user entry): 2026 adjustment 1.364 × 97.5 % × 100 t = 132.99; 297.77 − 132.99 = 164.78.
        var outlook = Outlook(100m, benchmark: 1.364m);
        outlook.IsApproximation.ShouldBeFalse();
        outlook.For(2026).Default.FreeAllocationAdjustmentTCo2e.ShouldBe(132.99m);
        outlook.For(2026).Default.Certificates.ShouldBe(164.78m);
    }

    [Fact]
    public void Calculate_BadInput_Refused()
    {
        var negative = Should.Throw<CbamException>(() => Outlook(-1m)).Issue;
        (negative.Key, negative.MessageZh, negative.MessageEn).ShouldBe(("cbam.negative", "出口量（公噸）不可為負數（-1）", "tonnes must not be negative (-1)"));
        Should.Throw<CbamException>(() => Outlook(1m, prices: [-80m])).Issue.MessageZh.ShouldBe("情境「s0」的憑證價格（歐元）不可為負數（-80）");
        Should.Throw<CbamException>(() => CbamCostCalculator.Calculate(new CbamCostInput(Bolts, 1m, []) { FirstYear = 2025 })).Issue.Key.ShouldBe("cbam.year");
        Should.Throw<CbamException>(() => CbamCostCalculator.Calculate(new CbamCostInput(CnCode.Parse("8471"), 1m, []))).Issue.Key.ShouldBe("cbam.cn.unknown");
    }
}
