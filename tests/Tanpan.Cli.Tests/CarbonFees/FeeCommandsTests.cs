namespace Tanpan.Cli.Tests.CarbonFees;

public sealed partial class FeeCommandsTests
{
    [Fact]
    public void Estimate_30000Tonnes_PrintsChargeableAndFee()
    {
        var result = Cli.Run("fee", "estimate", "--emissions-t", "30000");

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldContain("payer 徵收對象: yes");
        result.Output.ShouldContain("chargeable   5,000 t");
        result.Output.ShouldContain("fee          NT$1,500,000");
    }

    [Fact]
    public void Estimate_30000TonnesJson_CarriesEveryParameterUsed()
    {
        var json = Cli.Run("fee", "estimate", "--emissions-t", "30000", "--json").Json();

        json.GetProperty("chargeable_t").GetDecimal().ShouldBe(5_000m);
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(1_500_000m);
        json.GetProperty("rate").GetString().ShouldBe("general");
        json.GetProperty("k_t").GetDecimal().ShouldBe(25_000m);
        json.GetProperty("adjustment_factor").GetDecimal().ShouldBe(1m);
        json.GetProperty("offsets_applied_t").GetDecimal().ShouldBe(0m);
        json.GetProperty("payer").GetBoolean().ShouldBeTrue();
        json.GetProperty("year").GetInt32().ShouldBe(2025);
    }

    [Theory]
    [InlineData("59882", 10_464_600)]
    [InlineData("72498", 14_249_400)]
    public void Estimate_SeedCopperFoilPlant_MatchesSeedFee(string emissions, int fee) =>
        Cli.Run("fee", "estimate", "--emissions-t", emissions, "--json").Json().GetProperty("fee_ntd").GetDecimal().ShouldBe(fee);

    [Fact]
    public void Estimate_BelowThreshold_NotAPayerAndNoFee()
    {
        var json = Cli.Run("fee", "estimate", "--emissions-t", "20000", "--json").Json();

        json.GetProperty("payer").GetBoolean().ShouldBeFalse();
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public void Estimate_HighLeakageRateB2027_UsesPeriod2Factor()
    {
        var json = Cli.Run("fee", "estimate", "--emissions-t", "100000", "--rate", "b", "--high-leakage", "--year", "2027", "--json").Json();

        json.GetProperty("k_t").GetDecimal().ShouldBe(0m);
        json.GetProperty("adjustment_factor").GetDecimal().ShouldBe(0.4m);
        json.GetProperty("chargeable_t").GetDecimal().ShouldBe(40_000m);
        json.GetProperty("rate").GetString().ShouldBe("B");
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(4_000_000m); // 40,000 t × 100
    }

    [Fact]
    public void Estimate_OffsetsAboveCap_CappedAndSaysSo()
    {
        var text = Cli.Run("fee", "estimate", "--emissions-t", "30000", "--offsets-t", "800");
        var json = Cli.Run("fee", "estimate", "--emissions-t", "30000", "--offsets-t", "800", "--json").Json();

        text.Output.ShouldContain("offsets      500 t applied (cap 500 t); 800 t given, capped 超過上限");
        json.GetProperty("offsets_applied_t").GetDecimal().ShouldBe(500m);
        json.GetProperty("offsets_capped").GetBoolean().ShouldBeTrue();
        json.GetProperty("fee_ntd").GetDecimal().ShouldBe(1_350_000m);
    }

    [Theory]
    [InlineData(new[] { "--emissions-t", "-1" }, "emissions must not be negative (-1)")]
    [InlineData(new[] { "--emissions-t", "many" }, "--emissions-t must be a number (got 'many')")]
    [InlineData(new[] { "--emissions-t", "30000", "--rate", "C" }, "--rate: unknown rate 'C' (use general, A or B)")]
    [InlineData(new[] { "--emissions-t", "30000", "--offsets-t", "-3" }, "offsets must not be negative (-3)")]
    [InlineData(new[] { "--emissions-t", "30000", "--year", "2024" }, "the carbon fee applies to emissions from 2025 on (2024)")]
    [InlineData(new[] { "--emissions-t", "30000", "--year", "next" }, "--year must be a year such as 2025 (got 'next')")]
    [InlineData(new[] { "--emissions-t", "30000", "--high-leakage", "--year", "2031" }, "no high-leakage adjustment factor is known for 2031")]
    [InlineData(new string[0], "give --emissions-t (one plant) or --plants (several plants)")]
    [InlineData(new[] { "--emissions-t", "30000", "--credits", "gold=5" }, "--credits must be KIND=TONNES with KIND voluntary, offset, early_action or foreign (got 'gold=5')")]
    [InlineData(new[] { "--emissions-t", "30000", "--credits", "voluntary=1,voluntary=2" }, "--credits names voluntary more than once")]
    [InlineData(new[] { "--emissions-t", "30000", "--credits", "voluntary=-2" }, "voluntary credits must not be negative (-2)")]
    [InlineData(new[] { "--emissions-t", "90000", "--high-leakage", "--credits", "foreign=10" }, "a high-leakage plant may not deduct foreign credits")]
    [InlineData(new[] { "--emissions-t", "30000", "--year", "2028", "--credits", "early_action=10" }, "early_action credits may be deducted only for emission years up to 2027 (2028)")]
    [InlineData(new[] { "--emissions-t", "90000", "--high-leakage", "--credits", "early_action=10" }, "a high-leakage plant may not deduct early_action credits (Carbon Fee Regulations Art. 9 para. 1 item 2")]
    [InlineData(new[] { "--emissions-t", "30000", "--increase-offsets", "foreign=10" }, "foreign credits cannot be deducted from the annual emissions as an emissions-increase offset")]
    [InlineData(new[] { "--emissions-t", "30000", "--increase-offsets", "gold=1" }, "--increase-offsets must be KIND=TONNES")]
    [InlineData(new[] { "--emissions-t", "30000", "--supplied-kwh", "5" }, "give --supplied-kwh and --supplied-kg-per-kwh together")]
    [InlineData(new[] { "--emissions-t", "30000", "--supplied-kwh", "5", "--supplied-kg-per-kwh", "much" }, "--supplied-kg-per-kwh must be a number (got 'much')")]
    [InlineData(new[] { "--emissions-t", "30000", "--supplied-kwh", "100000000", "--supplied-kg-per-kwh", "0.5" }, "the §7 and §8 deductions (50000")]
    public void Estimate_BadInput_ExitsWithBadInputInBothLanguages(string[] options, string english)
    {
        var result = Cli.Run(["fee", "estimate", .. options]);

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain(english);
        result.Error.ShouldContain("錯誤：");
    }
}
