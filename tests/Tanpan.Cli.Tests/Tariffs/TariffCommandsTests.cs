namespace Tanpan.Cli.Tests.Tariffs;

public sealed class TariffCommandsTests
{
    private static readonly string[] SeedExample1 =
        ["tariff", "shift", "--plan", "three_stage_2023_example", "--voltage", "high", "--season", "summer", "--day", "weekday",
         "--kwh", "27920", "--from", "peak", "--to", "semi_peak=0.8,off_peak=0.2"];

    [Fact]
    public void List_PrintsEveryPlanId()
    {
        var result = Cli.Run("tariff", "list");

        result.ExitCode.ShouldBe(TanpanCli.Ok);
        result.Output.ShouldMatch(@"high_voltage_three_stage\s+20251001\s+voltage high");
        result.Output.ShouldMatch(@"three_stage_2023_example\s+2023-04\s+voltage low\|high\|extra-high");
        result.Output.ShouldContain("low_voltage_power");
    }

    [Fact]
    public void Shift_SeedExample1_PrintsSavingsInWholeDollars()
    {
        var result = Cli.Run(SeedExample1);

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain("cost before  NT$196,278");
        result.Output.ShouldContain("cost after   NT$108,720");
        result.Output.ShouldContain("savings      NT$87,557");
    }

    [Fact]
    public void Shift_SeedExample1Json_CarriesExactAmountsAndInputs()
    {
        var json = Cli.Run([.. SeedExample1, "--json"]).Json();

        json.GetProperty("cost_before_ntd").GetDecimal().ShouldBe(196_277.60m);
        json.GetProperty("cost_after_ntd").GetDecimal().ShouldBe(108_720.48m);
        json.GetProperty("savings_ntd").GetDecimal().ShouldBe(87_557.12m);
        json.GetProperty("plan").GetString().ShouldBe("three_stage_2023_example");
        json.GetProperty("voltage").GetString().ShouldBe("high");
        json.GetProperty("season").GetString().ShouldBe("summer");
        json.GetProperty("day").GetString().ShouldBe("weekday");
        json.GetProperty("kwh").GetDecimal().ShouldBe(27_920m);
        json.GetProperty("from").GetString().ShouldBe("peak");
        var to = json.GetProperty("to").EnumerateArray().Select(l => (l.GetProperty("period").GetString(), l.GetProperty("share").GetDecimal())).ToList();
        to.ShouldBe([("semi_peak", 0.8m), ("off_peak", 0.2m)]);
    }

    [Fact]
    public void Shift_SeedExample2ExtraHighJson_Saves1518000()
    {
        var json = Cli.Run("tariff", "shift", "--plan", "three_stage_2023_example", "--voltage", "extra-high", "--season", "summer", "--day", "weekday",
            "--kwh", "607200", "--from", "peak", "--to", "semi_peak=1", "--json").Json();

        json.GetProperty("savings_ntd").GetDecimal().ShouldBe(1_518_000m);
    }

    [Fact]
    public void Shift_SingleVoltagePlanWithoutVoltage_UsesThePlansVoltage()
    {
        var json = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--season", "summer", "--day", "weekday",
            "--kwh", "1000", "--from", "peak", "--to", "off_peak", "--json").Json();

        json.GetProperty("voltage").GetString().ShouldBe("high");
        json.GetProperty("savings_ntd").GetDecimal().ShouldBe(6_860m); // 1,000 × (9.39 − 2.53)
    }

    [Theory]
    [InlineData("--plan", "no_such_plan", "unknown tariff plan 'no_such_plan'")]
    [InlineData("--voltage", "medium", "--voltage: unknown value 'medium'")]
    [InlineData("--season", "winter", "--season: unknown value 'winter'")]
    [InlineData("--day", "friday", "--day: unknown value 'friday'")]
    [InlineData("--kwh", "-5", "kWh must not be negative (-5)")]
    [InlineData("--kwh", "lots", "--kwh must be a number (got 'lots')")]
    [InlineData("--from", "noon", "--from: unknown value 'noon'")]
    [InlineData("--to", "semi_peak=0.7,off_peak=0.2", "the shares must sum to 1 (they sum to 0.9)")]
    [InlineData("--to", "semi_peak=x", "--to must be a number (got 'x')")]
    [InlineData("--to", "evening=1", "--to: unknown value 'evening'")]
    public void Shift_BadInput_ExitsWithBadInputInBothLanguages(string option, string value, string english)
    {
        var args = SeedExample1.ToList();
        var i = args.IndexOf(option);
        args[i + 1] = value;

        var result = Cli.Run([.. args]);

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain(english);
        result.Error.ShouldContain("錯誤：");
    }

    [Fact]
    public void Shift_VoltageThePlanLacks_ExitsWithBadInput()
    {
        var result = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--voltage", "extra-high", "--season", "summer", "--day", "weekday",
            "--kwh", "1", "--from", "peak", "--to", "off_peak=1");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("plan high_voltage_three_stage has no extra-high voltage rates (only high)");
        result.Error.ShouldContain("沒有extra-high電壓的費率");
    }

    [Fact]
    public void Shift_PeakOnSunday_ExitsWithBadInput()
    {
        var result = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--season", "summer", "--day", "sunday",
            "--kwh", "1", "--from", "peak", "--to", "off_peak=1");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("has no peak period on summer sunday (it has: off_peak)");
    }
}
