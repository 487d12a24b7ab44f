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

    [Fact]
    public void Shift_BlockAcrossAPeriodBoundaryJson_SplitsByTheHours()
    {
        // 21:00–23:00 = 1 h peak + 1 h semi-peak; 100 kW × 10 days → 08:00–10:00 = 1 h off-peak + 1 h semi-peak.
        var json = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--season", "summer", "--day", "weekday",
            "--block-kw", "100", "--window", "21:00-23:00", "--to-window", "08:00-10:00", "--days", "10", "--json").Json();

        json.GetProperty("kwh").GetDecimal().ShouldBe(2_000m);
        json.GetProperty("cost_before_ntd").GetDecimal().ShouldBe(15_240m);
        json.GetProperty("cost_after_ntd").GetDecimal().ShouldBe(8_380m);
        json.GetProperty("savings_ntd").GetDecimal().ShouldBe(6_860m);
        json.GetProperty("before").EnumerateArray().Select(l => (l.GetProperty("period").GetString(), l.GetProperty("hours").GetDecimal()))
            .ShouldBe([("peak", 1m), ("semi_peak", 1m)]);
    }

    [Fact]
    public void Shift_Seed000Example2AsABlock_Saves1518000()
    {
        var result = Cli.Run("tariff", "shift", "--plan", "three_stage_2023_example", "--voltage", "extra-high", "--season", "summer", "--day", "weekday",
            "--block-kw", "4600", "--window", "16:00-22:00", "--to-window", "09:00-15:00", "--days", "22");

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain("block        4,600 kW, 16:00-22:00 → 09:00-15:00, 22 days = 607,200 kWh");
        result.Output.ShouldContain("savings      NT$1,518,000");
    }

    [Fact]
    public void Shift_BlockWithKwhOrWithoutWindow_ExitsWithBadInput()
    {
        var result = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--season", "summer", "--day", "weekday",
            "--block-kw", "500", "--kwh", "1", "--days", "22", "--to-window", "00:00-02:00");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("--kwh cannot be used with --block-kw");
        result.Error.ShouldContain("--window is required");
    }

    [Fact]
    public void Shift_WithPlansFile_UsesTheUserPlan()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "plan_id,plan_name_zh,season,day_type,period,time_windows,energy_rate_ntd_per_kwh,voltage\n"
                + "my_plan,自訂,summer,weekday,peak,16:00-22:00,10,high\n"
                + "my_plan,自訂,summer,weekday,off_peak,00:00-16:00;22:00-24:00,2,high\n");

            var json = Cli.Run("tariff", "shift", "--plans-file", file, "--plan", "my_plan", "--season", "summer", "--day", "weekday",
                "--block-kw", "500", "--window", "16:00-18:00", "--to-window", "00:00-02:00", "--days", "1", "--json").Json();

            json.GetProperty("plan_version").GetString().ShouldBe("file");
            json.GetProperty("savings_ntd").GetDecimal().ShouldBe(8_000m); // 1,000 kWh × (10 − 2)
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Shift_PlansFileWithAShippedId_ExitsWithBadInput()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "plan_id,season,day_type,period,time_windows,energy_rate_ntd_per_kwh,voltage\n"
                + "high_voltage_2_tier,summer,,flat,,3,high\n");

            var result = Cli.Run([.. SeedExample1, "--plans-file", file]);

            result.ExitCode.ShouldBe(TanpanCli.BadInput);
            result.Error.ShouldContain("plan id high_voltage_2_tier is a shipped plan's");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
