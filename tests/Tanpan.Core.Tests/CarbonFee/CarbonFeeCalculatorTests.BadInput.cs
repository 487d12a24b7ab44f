using Tanpan.Core.CarbonFee;

namespace Tanpan.Core.Tests.CarbonFee;

public partial class CarbonFeeCalculatorTests
{
    [Theory]
    [InlineData(-1, CarbonFeeRate.General, false, 2025, 0, "emissions must not be negative (-1)")]
    [InlineData(30_000, CarbonFeeRate.General, false, 2025, -5, "offsets must not be negative (-5)")]
    [InlineData(30_000, (CarbonFeeRate)7, false, 2025, 0, "unknown rate (use general, A or B)")]
    [InlineData(30_000, CarbonFeeRate.General, false, 2024, 0, "the carbon fee applies to emissions from 2025 on (2024)")]
    [InlineData(30_000, CarbonFeeRate.General, true, 2031, 0, "no high-leakage adjustment factor is known for 2031")]
    public void Estimate_BadInput_ReportsProblemInBothLanguages(double emissionsT, CarbonFeeRate rate, bool highLeakage, int year, double offsetsT,
        string english)
    {
        var outcome = CarbonFeeCalculator.Estimate((decimal)emissionsT, rate, highLeakage, year, (decimal)offsetsT);

        outcome.Succeeded.ShouldBeFalse();
        var problem = outcome.Problems.ShouldHaveSingleItem();
        problem.MessageEn.ShouldContain(english);
        problem.MessageZh.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Shipped_ParametersAreTheAnnouncedValues()
    {
        var p = CarbonFeeParameters.Shipped;

        (p.Version, p.FirstYear, p.ThresholdT, p.KT, p.KHighLeakageT, p.AdjustmentFactor).ShouldBe(("2024-10-07", 2025, 25_000m, 25_000m, 0m, 1m));
        (p.GeneralRate, p.RateA, p.RateB, p.DomesticOffsetCapPercent).ShouldBe((300m, 50m, 100m, 10m));
        p.HighLeakagePeriods.Select(x => (x.Factor, x.FromYear, x.ToYear)).ShouldBe([(0.2m, 2025, 2026), (0.4m, 2027, 2028), (0.6m, 2029, 2030)]);
    }
}
