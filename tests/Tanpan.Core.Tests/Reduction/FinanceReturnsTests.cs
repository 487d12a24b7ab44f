using Tanpan.Core.Reduction;

namespace Tanpan.Core.Tests.Reduction;

/// <summary>
/// IRR count, discounted payback and MIRR against published examples: Microsoft Excel's function reference
/// (support.microsoft.com "IRR function", "NPV function", "MIRR function" — their worked examples) and Brealey, Myers &amp;
/// Allen, <i>Principles of Corporate Finance</i>, ch. 5 (the multiple-IRR pump project −1,600 / +10,000 / −10,000).
/// </summary>
public sealed class FinanceReturnsTests
{
    /// <summary>Excel "IRR function": −70,000, 12,000, 15,000, 18,000, 21,000, 26,000 → 8.66 %; without the last year → −2.12 %.</summary>
    [Theory]
    [InlineData(new[] { -70_000, 12_000, 15_000, 18_000, 21_000, 26_000 }, 0.0866309)]
    [InlineData(new[] { -70_000, 12_000, 15_000, 18_000, 21_000 }, -0.0212448)]
    public void AnalyseIrr_ExcelIrrExamples_OneRate(int[] flows, double irr)
    {
        var a = Finance.AnalyseIrr([.. flows.Select(f => (decimal)f)]);

        (a.Status, a.SignChanges).ShouldBe((IrrStatus.One, 1));
        a.Irr!.Value.ShouldBe((decimal)irr, 0.0000005m);
    }

    /// <summary>Excel "NPV function": rate 10 %, −10,000 at the end of year 1, then 3,000, 4,200, 6,800 → 1,188.44.</summary>
    [Fact]
    public void Npv_ExcelNpvExample_FirstValueOneYearOut() =>
        Finance.Npv(0.10m, [0m, -10_000m, 3_000m, 4_200m, 6_800m]).ShouldBe(1_188.44m, 0.005m);

    /// <summary>Brealey, Myers &amp; Allen ch. 5: −1,600 now, +10,000, −10,000: NPV = 0 at 25 % and at 400 %; two sign changes.</summary>
    [Fact]
    public void AnalyseIrr_PumpProject_SeveralRatesAndNoSingleIrr()
    {
        var a = Finance.AnalyseIrr([-1_600m, 10_000m, -10_000m]);

        (a.Status, a.SignChanges, a.Irr).ShouldBe((IrrStatus.Several, 2, (decimal?)null));
        a.Rates.Count.ShouldBe(2);
        a.Rates[0].ShouldBe(0.25m, 0.000001m);
        a.Rates[1].ShouldBe(4m, 0.000001m);
    }

    [Theory]
    [InlineData(new[] { -1_000, -100 }, 0)] // never changes sign
    [InlineData(new[] { 1_000, -3_000, 2_500 }, 2)] // NPV = 1,000 − 3,000x + 2,500x² has no real root (9·10⁶ < 10⁷)
    public void AnalyseIrr_NoRoot_None(int[] flows, int changes)
    {
        var a = Finance.AnalyseIrr([.. flows.Select(f => (decimal)f)]);

        (a.Status, a.SignChanges, a.Rates.Count).ShouldBe((IrrStatus.None, changes, 0));
    }

    /// <summary>Excel "MIRR function": −120,000, 39,000, 30,000, 21,000, 37,000, 46,000; finance 10 %, reinvest 12 % → 12.61 %;
    /// three years → −4.80 %; reinvest 14 % → 13.48 %.</summary>
    [Theory]
    [InlineData(5, 0.12, 0.1260941)]
    [InlineData(3, 0.12, -0.0480447)]
    [InlineData(5, 0.14, 0.1347591)]
    public void Mirr_ExcelMirrExamples(int years, double reinvest, double mirr)
    {
        decimal[] all = [-120_000m, 39_000m, 30_000m, 21_000m, 37_000m, 46_000m];

        Finance.Mirr(all[..(years + 1)], 0.10m, (decimal)reinvest)!.Value.ShouldBe((decimal)mirr, 0.0000005m);
    }

    /// <summary>−1,000 then 500 a year at 10 %: discounted 454.545, 413.223, 375.657; after year 2 −132.231 left → 2 + 132.231 / 375.657 = 2.352.</summary>
    [Fact]
    public void DiscountedPayback_HandExample_InterpolatedWithinTheYear() =>
        Finance.DiscountedPayback(0.10m, [-1_000m, 500m, 500m, 500m])!.Value.ShouldBe(2.352m, 0.0000001m);

    [Fact]
    public void DiscountedPayback_NeverPaysBack_Null() => Finance.DiscountedPayback(0.10m, [-1_000m, 300m, 300m, 300m]).ShouldBeNull();

    /// <summary>Property: for level flows with one sign change, the counted IRR is the bisection's, and MIRR at rates equal to the IRR is the IRR.</summary>
    [Fact]
    public void AnalyseIrr_LevelFlows_SameAsIrrAndMirrAtIrrIsIrr()
    {
        var random = new Random(52);
        for (var i = 0; i < 200; i++)
        {
            var flows = Finance.Flows(random.Next(1_000, 1_000_000), random.Next(100, 500_000), random.Next(2, 30));
            var irr = Finance.Irr(flows);
            var a = Finance.AnalyseIrr(flows);

            a.Irr.ShouldBe(irr);
            if (irr is { } r && r > -0.5m)
            {
                Finance.Mirr(flows, r, r)!.Value.ShouldBe(r, 0.000001m, $"case {i}");
            }
        }
    }
}
