namespace Tanpan.Cli.Tests.Measures;

/// <summary><c>measure evaluate</c> with uneven cash flows (docs/measures.md, "Cash flows").</summary>
public sealed class MeasureCashFlowCommandsTests
{
    private static readonly string[] Led =
        ["measure", "evaluate", "led", "--count", "100", "--watts-before", "36", "--watts-after", "18", "--hours", "3000", "--price-electricity", "4", "--investment", "50000", "--grid-year", "2024"];

    /// <summary>Running cost 1,600: 20,000 a year for 10 years at 5 % → NPV −50,000 + 20,000 × 7.7217349 = 104,434.70; payback 2.5 years.</summary>
    [Fact]
    public void EvaluateJson_RunningCost_FlowsAndFigures()
    {
        var json = Cli.Run([.. Led, "--running-cost", "1600", "--json"]).Json();

        json.GetProperty("flows_ntd").EnumerateArray().Select(f => f.GetDecimal()).ShouldBe([-50_000m, .. Enumerable.Repeat(20_000m, 10)]);
        json.GetProperty("npv_ntd").GetDecimal().ShouldBe(104_434.70m, 0.01m);
        json.GetProperty("payback_years").GetDecimal().ShouldBe(2.5m);
        json.GetProperty("irr_status").GetString().ShouldBe("one");
        json.GetProperty("irr_sign_changes").GetInt32().ShouldBe(1);
        json.GetProperty("reinvest_rate").GetDecimal().ShouldBe(0.05m);
        json.GetProperty("mirr").GetDecimal().ShouldBeGreaterThan(0.05m);
        json.GetProperty("discounted_payback_years").GetDecimal().ShouldBeGreaterThan(2.5m);
    }

    [Fact]
    public void EvaluateJson_NoCashFlowParameters_NoNewFields()
    {
        var json = Cli.Run([.. Led, "--json"]).Json();

        json.TryGetProperty("flows_ntd", out _).ShouldBeFalse();
        json.TryGetProperty("mirr", out _).ShouldBeFalse();
    }

    /// <summary>
    /// NT$10,000 a year (2,500 kWh × NT$4), NT$1,000 invested, 3 years, a NT$30,000 replacement in year 2: flows −1,000, 10,000,
    /// −20,000, 10,000 — three sign changes, NPV zero at about −21.9 %, 70.2 % and 651 %: several IRRs, none reported as "the" IRR.
    /// </summary>
    [Fact]
    public void Evaluate_ReplacementMakingSeveralIrrs_SaysSoAndPointsToNpvAndMirr()
    {
        string[] args = ["measure", "evaluate", "custom", "--electricity", "2500", "--price-electricity", "4", "--investment", "1000", "--lifetime", "3",
            "--replacement-year", "2", "--replacement-cost", "30000", "--grid-year", "2024"];

        var text = Cli.Run(args);
        var json = Cli.Run([.. args, "--json"]).Json();

        text.ExitCode.ShouldBe(TanpanCli.Ok, text.Error);
        text.Output.ShouldContain("IRR          several 多個 (");
        text.Output.ShouldContain("the flows change sign 3 times");
        json.GetProperty("irr").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("irr_status").GetString().ShouldBe("several");
        var rates = json.GetProperty("irr_rates").EnumerateArray().Select(r => r.GetDecimal()).ToList();
        rates.Count.ShouldBe(3);
        rates[1].ShouldBe(0.702m, 0.001m);
    }

    [Fact]
    public void Evaluate_BadCashFlowParameter_BothLanguagesAndExit2()
    {
        var result = Cli.Run([.. Led, "--escalation", "2"]);

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("--escalation must be in [-0.5, 1] (got 2)");
        result.Error.ShouldContain("錯誤：");
    }
}
