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

    [Fact]
    public void PeakInANonSummerThreeStageMonth_IsRefused()
    {
        var result = Cli.Run("tariff", "bill", "--plan", "extra_high_voltage_three_stage", "--month", "2026-01", "--kwh", "peak=10");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("has no peak period in 2026-01");
    }
}
