using Tanpan.Core.Reduction;

namespace Tanpan.Core.Tests.Reduction;

/// <summary>Bad input for every measure and for the options: nothing computed, each problem named in Chinese and English.</summary>
public sealed class MeasureValidationTests
{
    private static IReadOnlyList<Core.Factors.Problem> Problems(string kind, MeasureOptions? options = null, params string[] pairs)
    {
        var outcome = MeasureCalculator.Evaluate(kind, MeasureCalculatorTests.Pairs(pairs), options ?? new MeasureOptions());
        outcome.Result.ShouldBeNull();
        outcome.Problems.ShouldNotBeEmpty();
        foreach (var p in outcome.Problems)
        {
            p.MessageZh.ShouldNotBeNullOrWhiteSpace();
            p.MessageEn.ShouldNotBeNullOrWhiteSpace();
        }

        return outcome.Problems;
    }

    [Fact]
    public void UnknownMeasure_ListsTheKnownOnes()
    {
        var p = Problems("solar-wind").Single();

        p.Column.ShouldBe("measure");
        p.MessageEn.ShouldContain("unknown measure 'solar-wind'");
        p.MessageEn.ShouldContain("fuel-switch");
        p.MessageZh.ShouldContain("不明的措施");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(51)]
    public void Lifetime_OutOfRange_Rejected(int years) =>
        Problems("custom", new MeasureOptions(LifetimeYears: years), "electricity", "1").Single().Column.ShouldBe("lifetime");

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1")]
    public void DiscountRate_OutOfRange_Rejected(string rate) =>
        Problems("custom", new MeasureOptions(DiscountRate: decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)), "electricity", "1")
            .Single().Column.ShouldBe("discount-rate");

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Price_ZeroOrNegative_Rejected(string price)
    {
        var p = Problems("custom", null, "electricity", "1", "price-electricity", price).Single();

        p.Column.ShouldBe("price-electricity");
        p.MessageEn.ShouldContain("must be in (0, ∞)");
    }

    [Fact]
    public void UnknownFactorSetGwpAndGridYear_AllReported() =>
        Problems("custom", new MeasureOptions("moenv-9", "AR9", 1999), "electricity", "1").Select(p => p.Column)
            .ShouldBe(["factor-set", "gwp", "grid-year"]);

    /// <summary>The MOENV 2024 set has no coal factor (and no coal heat value): a problem, not a crash.</summary>
    [Fact]
    public void FuelWithoutFactorInTheChosenSet_Rejected() =>
        Problems("custom", new MeasureOptions("moenv-2024"), "coal", "1000").Single().MessageEn
            .ShouldBe("factor set moenv-2024 has no stationary-combustion factor for coal (use moenv-6.0.4)");

    [Fact]
    public void FuelWithFactorInMoenv2024_Evaluated() =>
        MeasureCalculator.Evaluate("custom", MeasureCalculatorTests.Pairs(["diesel", "1000"]), new MeasureOptions("moenv-2024")).Result!
            .Savings.Single().FactorId.ShouldStartWith("moenv-2024/diesel");

    [Fact]
    public void SubsidyAboveInvestment_Rejected() =>
        Problems("custom", null, "electricity", "1", "investment", "100", "subsidy", "200").Single().Column.ShouldBe("subsidy");

    [Fact]
    public void UnknownParameter_NamedSoTyposDoNotPassSilently() =>
        Problems("led", null, "count", "1", "watts-before", "36", "watts-after", "18", "hours", "10", "hourz", "5").Single().MessageEn
            .ShouldBe("measure led has no parameter --hourz");

    [Theory]
    [InlineData("fuel-switch", "from", "coal", "to", "natural-gas", "quantity", "10", "efficiency-before", "0.8", "efficiency-after", "0.9")] // coal has no shipped heat value
    [InlineData("fuel-switch", "from", "natural-gas", "to", "natural-gas", "quantity", "10", "efficiency-before", "0.8", "efficiency-after", "0.9")]
    [InlineData("boiler", "fuel", "diesel", "quantity", "10", "efficiency-before", "1.2", "efficiency-after", "0.9")]
    [InlineData("vsd", "power-kw", "30", "hours", "6000", "profile", "1:0.5,0.8:0.4")] // shares sum to 0.9
    [InlineData("ie4-motor", "power-kw", "-15", "load", "0.75", "hours", "5000", "efficiency-before", "0.89", "efficiency-after", "0.94")]
    [InlineData("air-compressor", "kwh", "1000", "leak-before", "0.1", "leak-after", "0.3")]
    [InlineData("led", "count", "10", "watts-before", "36", "watts-after", "18", "hours", "9000")]
    [InlineData("rooftop-pv", "kwp", "100", "yield", "1200", "self-use-share", "1.5")]
    [InlineData("rooftop-pv", "kwp", "100", "yield", "1200", "self-use-share", "0.5")] // sale price missing
    [InlineData("heat-pump", "heat-kwh", "100", "fuel", "natural-gas", "boiler-efficiency", "0.85", "cop", "0")]
    [InlineData("waste-heat", "heat-kwh", "100")] // fuel and efficiency missing
    [InlineData("waste-heat")]
    [InlineData("chiller", "rt", "300", "hours", "6000", "kw-per-rt-before", "abc", "kw-per-rt-after", "0.7")]
    [InlineData("load-shift", "plan", "three_stage_2023_example", "voltage", "high", "season", "summer", "kwh", "100", "from", "peak", "to", "semi_peak=0.5")]
    [InlineData("load-shift", "plan", "no-such-plan", "season", "summer", "kwh", "100", "from", "peak", "to", "off_peak")]
    [InlineData("custom")]
    public void BadInput_EachMeasure_ProblemsNoResult(string kind, params string[] pairs) => Problems(kind, null, pairs);

    [Fact]
    public void ShareOutOfRange_MessageGivesTheRange() =>
        Problems("rooftop-pv", null, "kwp", "100", "yield", "1200", "self-use-share", "1.5").Single().MessageEn
            .ShouldBe("--self-use-share must be in [0, 1] (got 1.5)");

    /// <summary>Per-period shares: each message is on its own field and names the period in words, never a key like semi_peak.</summary>
    [Theory]
    [InlineData("0.5", "0.4", "to-off-peak", "the shares moved into peak, semi-peak and off-peak must add up to 1 (they add up to 0.9)")]
    [InlineData("1.5", "0", "to-semi-peak", "--to-semi-peak must be in [0, 1] (got 1.5)")]
    [InlineData("0.5", "0.5", "to-peak", "cannot move energy into the period it leaves (peak)")]
    public void LoadShift_PerPeriodShares_ProblemOnItsField(string semiPeak, string offPeak, string field, string message)
    {
        var peak = field == "to-peak" ? "0.5" : "0";
        var semi = field == "to-peak" ? "0.5" : semiPeak;
        var off = field == "to-peak" ? "0" : offPeak;
        var problem = Problems("load-shift", null, "plan", "three_stage_2023_example", "voltage", "high", "season", "summer", "kwh", "100", "from", "peak",
            "to-peak", peak, "to-semi-peak", semi, "to-off-peak", off).Single();

        (problem.Column, problem.MessageEn).ShouldBe((field, message));
        problem.MessageZh.ShouldNotContain("_");
    }

    [Fact]
    public void NegativeQuantity_Rejected() =>
        Problems("boiler", null, "fuel", "fuel-oil", "quantity", "-5", "efficiency-before", "0.8", "efficiency-after", "0.9").Single().Column.ShouldBe("quantity");
}
