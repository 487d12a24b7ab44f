namespace Tanpan.Cli.Tests.Measures;

public sealed class MeasureCommandsTests
{
    private static readonly string[] Led =
        ["measure", "evaluate", "led", "--count", "100", "--watts-before", "36", "--watts-after", "18", "--hours", "3000", "--price-electricity", "4", "--investment", "50000", "--grid-year", "2024"];

    /// <summary>5,400 kWh × 0.474 = 2.560 t; NT$21,600 a year; 50,000 / 21,600 = 2.31 years; NPV 21,600 × 7.7217 − 50,000 = 116,789.</summary>
    [Fact]
    public void Evaluate_LedExample_MatchesApproved()
    {
        var result = Cli.Run(Led);

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        Approvals.Verify(result.Output);
    }

    [Fact]
    public void List_EveryMeasureWithParameters_MatchesApproved()
    {
        var result = Cli.Run("measure", "list");

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        Approvals.Verify(result.Output);
    }

    [Fact]
    public void ListJson_TwelveMeasuresAndCommonParameters()
    {
        var json = Cli.Run("measure", "list", "--json").Json();

        json.GetProperty("measures").GetArrayLength().ShouldBe(12);
        json.GetProperty("common_parameters").EnumerateArray().Select(p => p.GetProperty("key").GetString()).ShouldContain("investment");
    }

    /// <summary>Fuel oil 100,000 L → gas 99,967.29 m³ (useful heat at 0.80 → 0.92); CO₂e 312.0727 − 188.0246 = 124.0481 t.</summary>
    [Fact]
    public void EvaluateJson_FuelSwitch_SavingsPerCarrierWithFactors()
    {
        var json = Cli.Run("measure", "evaluate", "fuel-switch", "--from", "fuel-oil", "--to", "natural-gas", "--quantity", "100000",
            "--efficiency-before", "0.8", "--efficiency-after", "0.92", "--json").Json();

        var savings = json.GetProperty("savings").EnumerateArray().ToList();
        savings.Select(s => s.GetProperty("carrier").GetString()).ShouldBe(["natural-gas", "fuel-oil"]);
        savings[0].GetProperty("quantity").GetDecimal().ShouldBe(-99_967.29m, 0.01m);
        savings[1].GetProperty("factor_id").GetString().ShouldBe("moenv-6.0.4/fuel_oil/stationary");
        json.GetProperty("tco2e").GetDecimal().ShouldBe(124.0481m, 0.0001m);
        json.GetProperty("cost_saved_ntd").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("missing_prices").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void EvaluateJson_SeedLoadShift_CostFromTariffNoCo2e()
    {
        var json = Cli.Run("measure", "evaluate", "load-shift", "--plan", "three_stage_2023_example", "--voltage", "high", "--season", "summer",
            "--kwh", "27920", "--from", "peak", "--to", "semi_peak=0.8,off_peak=0.2", "--json").Json();

        json.GetProperty("cost_saved_ntd").GetDecimal().ShouldBe(87_557.12m);
        json.GetProperty("tco2e").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public void EvaluateJson_DiscountRateAndLifetime_Used()
    {
        var json = Cli.Run([.. Led, "--discount-rate", "0.1", "--lifetime", "3", "--json"]).Json();

        json.GetProperty("npv_ntd").GetDecimal().ShouldBe(3_716.00m, 0.01m); // 21,600 × 2.486852 − 50,000 = 3,716.00
        json.GetProperty("lifetime_years").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void Evaluate_SavingsNegative_SaysNoIrr()
    {
        var result = Cli.Run("measure", "evaluate", "custom", "--electricity", "-500", "--price-electricity", "3", "--investment", "1000");

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain("IRR          none 無");
        result.Output.ShouldContain("payback      — (no yearly savings 無節省)");
    }

    [Theory]
    [InlineData("unknown measure 'solar-wind'", "measure", "evaluate", "solar-wind", "--kwp", "1")]
    [InlineData("--lifetime must be 1–50 years (got -1)", "measure", "evaluate", "custom", "--electricity", "1", "--lifetime", "-1")]
    [InlineData("--lifetime must be whole years (got 'ten')", "measure", "evaluate", "custom", "--electricity", "1", "--lifetime", "ten")]
    [InlineData("--price-electricity must be in (0, ∞) (got 0)", "measure", "evaluate", "custom", "--electricity", "1", "--price-electricity", "0")]
    [InlineData("--self-use-share must be in [0, 1] (got 2)", "measure", "evaluate", "rooftop-pv", "--kwp", "10", "--yield", "1200", "--self-use-share", "2")]
    [InlineData("unexpected argument 'stray'", "measure", "evaluate", "custom", "--electricity", "1", "stray")]
    [InlineData("measure led has no parameter --hourz", "measure", "evaluate", "led", "--count", "1", "--watts-before", "36", "--watts-after", "18", "--hourz", "5")]
    [InlineData("factor set moenv-2024 has no stationary-combustion factor for coal", "measure", "evaluate", "custom", "--coal", "1", "--factor-set", "moenv-2024")]
    [InlineData("no grid electricity factor for 1999", "measure", "evaluate", "custom", "--electricity", "1", "--grid-year", "1999")]
    [InlineData("--discount-rate must be a fraction in [0, 1)", "measure", "evaluate", "custom", "--electricity", "1", "--discount-rate", "5")]
    public void Evaluate_BadInput_Exit2BilingualNothingPrinted(string english, params string[] args)
    {
        var result = Cli.Run(args);

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("錯誤：");
        result.Error.ShouldContain(english);
    }
}
