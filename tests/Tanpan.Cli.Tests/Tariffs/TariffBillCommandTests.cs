namespace Tanpan.Cli.Tests.Tariffs;

/// <summary><c>tanpan tariff bill</c>: the hand-worked bills of TouBillTests (電價表 114年10月1日 第五章) through the command line.</summary>
public sealed class TariffBillCommandTests
{
    private static readonly string[] July2025 =
        ["tariff", "bill", "--plan", "high_voltage_three_stage", "--month", "2025-07",
         "--kwh", "peak=100000,semi_peak=150000,saturday_semi_peak=20000,off_peak=200000",
         "--contract-kw", "regular=1000,semi_peak=200,saturday_semi_peak=100,off_peak=700",
         "--max-demand-kw", "peak=1050,semi_peak=1350,saturday_semi_peak=1300,off_peak=2100", "--power-factor", "92"];

    [Fact]
    public void Json_HighVoltageThreeStageJuly2025_ByHand()
    {
        // Worked in TouBillTests.HighVoltageThreeStage_July2025_ByHand_2697976.
        var result = Cli.Run([.. July2025, "--json"]);
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        var json = result.Json();

        json.GetProperty("energy_charge_ntd").GetDecimal().ShouldBe(2_374_500m);
        json.GetProperty("basic_fee_ntd").GetDecimal().ShouldBe(265_920m);
        json.GetProperty("over_contract_ntd").GetDecimal().ShouldBe(60_747m);
        json.GetProperty("power_factor_adjustment_ntd").GetDecimal().ShouldBe(-3_191m);
        json.GetProperty("total_ntd").GetDecimal().ShouldBe(2_697_976m);
        var lines = json.GetProperty("lines").EnumerateArray().ToList();
        lines.Sum(l => l.GetProperty("amount_ntd").GetDecimal()).ShouldBe(2_697_976m);
        lines.Select(l => l.GetProperty("group").GetString()).Distinct()
            .ShouldBe(["basic_fee", "energy_charge", "over_contract", "power_factor_adjustment"]);
        lines.Single(l => l.GetProperty("key").GetString() == "power_factor_reduction").GetProperty("exact_ntd").GetDecimal().ShouldBe(-3_191.04m);
    }

    [Fact]
    public void Text_PrintsTheLinesAndTheTotalInWholeDollars()
    {
        var result = Cli.Run(July2025);

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain("夏月經常契約 / regular contract (summer): 1,000 kW × 223.6 = NT$223,600");
        result.Output.ShouldContain("NT$2,697,976");
    }

    [Fact]
    public void May_WithSeasonPrefixedKwh_IsPricedPerSeason()
    {
        var json = Cli.Run("tariff", "bill", "--plan", "high_voltage_three_stage", "--month", "2025-05",
            "--kwh", "summer:semi_peak=1000,non-summer:semi_peak=3000", "--json").Json();

        json.GetProperty("energy_charge_ntd").GetDecimal().ShouldBe(5_850m + 16_410m);
        json.GetProperty("summer_days").GetInt32().ShouldBe(16);
    }

    [Fact]
    public void BadInput_ExitsTwoWithEveryReasonInBothLanguages()
    {
        var result = Cli.Run("tariff", "bill", "--plan", "low_voltage_three_stage", "--month", "2025-13",
            "--kwh", "peak=abc,lunch=5", "--contract-kw", "regular", "--power-factor", "x");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("不是高壓或特高壓時間電價");
        result.Error.ShouldContain("--month must be YYYY-MM");
        result.Error.ShouldContain("'abc' is not a number");
        result.Error.ShouldContain("unknown period 'lunch'");
        result.Error.ShouldContain("'regular' must be NAME=NUMBER");
        result.Error.ShouldContain("--power-factor: 'x' is not a number");
    }

    /// <summary>Worked in TouBillTableOptionsTests: 161 kV own substation (電價表 第五章 五、(六)) → NT$11,004,897.</summary>
    [Fact]
    public void Json_OwnSubstation161_DiscountLineAndFields()
    {
        var json = Cli.Run("tariff", "bill", "--plan", "extra_high_voltage_three_stage", "--month", "2025-07", "--kwh", "peak=1000000",
            "--contract-kw", "regular=10000", "--max-demand-kw", "peak=10500", "--power-factor", "95", "--own-substation", "161kV", "--json").Json();

        json.GetProperty("own_substation_kv").GetInt32().ShouldBe(161);
        json.GetProperty("basic_fee_ntd").GetDecimal().ShouldBe(2_129_540m);
        json.GetProperty("over_contract_ntd").GetDecimal().ShouldBe(217_300m);
        json.GetProperty("total_ntd").GetDecimal().ShouldBe(11_004_897m);
        json.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("key").GetString() == "own_substation_discount")
            .GetProperty("amount_ntd").GetDecimal().ShouldBe(-43_460m);
        json.TryGetProperty("adjustment_factor", out _).ShouldBeFalse();
    }

    /// <summary>附錄一 二、(一) 220 塑膠製品製造業 0.896 on the July 2025 bill: −280,590, total 2,417,386 (TouBillTableOptionsTests).</summary>
    [Fact]
    public void Json_AdjustmentFactor_LineAndTotal()
    {
        var result = Cli.Run([.. July2025, "--adjustment-factor", "0.896", "--json"]);
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        var json = result.Json();

        json.GetProperty("adjustment_factor").GetDecimal().ShouldBe(0.896m);
        json.GetProperty("adjustment_factor_ntd").GetDecimal().ShouldBe(-280_590m);
        json.GetProperty("total_ntd").GetDecimal().ShouldBe(2_417_386m);
        json.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount_ntd").GetDecimal()).ShouldBe(2_417_386m);
    }

    /// <summary>--industry 220 (附錄一 塑膠製品製造業, 高壓及特高壓 0.896) gives the same bill as --adjustment-factor 0.896; 999 is not listed → 1.</summary>
    [Fact]
    public void Json_Industry_LooksUpAppendix1_AndAnUnlistedCodeIsOne()
    {
        var plastics = Cli.Run([.. July2025, "--industry", "220", "--json"]).Json();
        var unlisted = Cli.Run([.. July2025, "--industry", "999", "--json"]).Json();
        var both = Cli.Run([.. July2025, "--industry", "220", "--adjustment-factor", "0.9"]);
        var word = Cli.Run([.. July2025, "--industry", "plastics"]);

        plastics.GetProperty("adjustment_factor").GetDecimal().ShouldBe(0.896m);
        plastics.GetProperty("total_ntd").GetDecimal().ShouldBe(2_417_386m);
        unlisted.GetProperty("adjustment_factor").GetDecimal().ShouldBe(1m);
        unlisted.GetProperty("adjustment_factor_ntd").GetDecimal().ShouldBe(0m);
        unlisted.GetProperty("total_ntd").GetDecimal().ShouldBe(2_697_976m);
        both.ExitCode.ShouldBe(TanpanCli.BadInput);
        both.Error.ShouldContain("--industry 與 --adjustment-factor 請擇一");
        word.Error.ShouldContain("three-digit industry code");
    }

    [Fact]
    public void OwnSubstationOnHighVoltage_AndBadFactor_AreRefusedInBothLanguages()
    {
        var result = Cli.Run([.. July2025, "--own-substation", "161", "--adjustment-factor", "3"]);
        var word = Cli.Run([.. July2025, "--own-substation", "big"]);

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("不是特高壓");
        result.Error.ShouldContain("is not extra-high voltage");
        result.Error.ShouldContain("電價調整係數須大於 0 且不超過 2");
        result.Error.ShouldContain("at most 2 (3)");
        word.ExitCode.ShouldBe(TanpanCli.BadInput);
        word.Error.ShouldContain("--own-substation must be 161 or 345 (got 'big')");
    }

    [Fact]
    public void PeakInANonSummerThreeStageMonth_IsRefused()
    {
        var result = Cli.Run("tariff", "bill", "--plan", "extra_high_voltage_three_stage", "--month", "2026-01", "--kwh", "peak=10");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("has no peak period in 2026-01");
    }
}

/// <summary><c>tariff shift --date</c>: the day type comes from Taipower's off-peak days (電價表 離峰日), not the office calendar.</summary>
public sealed class TariffShiftDateTests
{
    [Fact]
    public void ObservedDayOff_2025_09_29_IsASummerWeekday()
    {
        // 教師節補假 (an office day off) is not a 離峰日: peak 9.39 → off-peak 2.53 on a summer weekday, 100 kWh saves 686.
        var json = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--date", "2025-09-29",
            "--kwh", "100", "--from", "peak", "--to", "off_peak", "--json").Json();

        json.GetProperty("season").GetString().ShouldBe("summer");
        json.GetProperty("day").GetString().ShouldBe("weekday");
        json.GetProperty("savings_ntd").GetDecimal().ShouldBe(686m);
    }

    [Fact]
    public void LabourDay_2024_05_01_IsAnOffPeakDay()
    {
        var json = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--date", "2024-05-01",
            "--block-kw", "10", "--window", "10:00-12:00", "--to-window", "00:00-02:00", "--days", "1", "--json").Json();

        json.GetProperty("day").GetString().ShouldBe("sunday");
        json.GetProperty("savings_ntd").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public void DateWithSeason_OrNeither_IsRefused()
    {
        var both = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--date", "2025-09-29", "--season", "summer",
            "--kwh", "100", "--from", "peak", "--to", "off_peak");
        var neither = Cli.Run("tariff", "shift", "--plan", "high_voltage_three_stage", "--kwh", "100", "--from", "peak", "--to", "off_peak");

        both.ExitCode.ShouldBe(TanpanCli.BadInput);
        both.Error.ShouldContain("--date cannot be used with --season or --day");
        neither.ExitCode.ShouldBe(TanpanCli.BadInput);
        neither.Error.ShouldContain("--season is required (or give --date)");
        neither.Error.ShouldContain("--day is required (or give --date)");
    }
}
