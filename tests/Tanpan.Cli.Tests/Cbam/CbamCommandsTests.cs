using System.Text.Json;
using Tanpan.Testing;

namespace Tanpan.Cli.Tests.Cbam;

/// <summary>
/// <c>tanpan cbam defaults</c> and <c>tanpan cbam cost</c>: golden JSON, the acceptance figures read back from the JSON,
/// and bad input (exit 2, both languages, nothing printed).
/// </summary>
public sealed class CbamCommandsTests
{
    [Fact]
    public void DefaultsJson_TaiwanBolts2026_MatchesApproved() =>
        Approvals.Verify(Cli.Run("cbam", "defaults", "--cn", "7318 15 00", "--json"));

    [Fact]
    public void CostJson_100tBoltsActualBesideDefault2026_MatchesApproved() =>
        Approvals.Verify(Cli.Run("cbam", "cost", "--cn", "7318 15 00", "--tonnes", "100", "--year", "2026", "--see", "1.5", "--certificate-price", "80", "--json"));

    [Fact]
    public void Cost_Stainless2030WithCarbonFeeInNtd_TextMatchesApproved() =>
        Approvals.Verify(Cli.Run("cbam", "cost", "--cn", "7219 11 00", "--tonnes", "50", "--year", "2030", "--certificate-price", "90",
            "--carbon-price-paid-ntd", "30000", "--ntd-per-eur", "35"));

    [Theory]
    [InlineData("2026", "2.9777", 10)]
    [InlineData("2027", "3.2484", 20)]
    [InlineData("2028", "3.5191", 30)]
    public void DefaultsJson_Bolts_MarkupByYear(string year, string see, int markup)
    {
        using var json = Json(Cli.Run("cbam", "defaults", "--cn", "731815", "--origin", "TW", "--year", year, "--json"));
        json.RootElement.GetProperty("default_see_t_per_t").GetDecimal().ShouldBe(decimal.Parse(see, System.Globalization.CultureInfo.InvariantCulture));
        json.RootElement.GetProperty("markup_pct").GetDecimal().ShouldBe(markup);
    }

    [Fact]
    public void Defaults_CnWrittenUnquotedInGroups_ReadAsOneCode()
    {
        using var json = Json(Cli.Run("cbam", "defaults", "--cn", "7318", "15", "00", "--year", "2027", "--json"));
        json.RootElement.GetProperty("cn_code").GetString().ShouldBe("7318 15 00");
        json.RootElement.GetProperty("default_see_t_per_t").GetDecimal().ShouldBe(3.2484m);
    }

    [Fact]
    public void DefaultsJson_Stainless_FallbackFlagged()
    {
        using var json = Json(Cli.Run("cbam", "defaults", "--cn", "7219 11 00", "--json"));
        json.RootElement.GetProperty("direct_t_per_t").GetDecimal().ShouldBe(4.94m);
        json.RootElement.GetProperty("default_is_fallback").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("source").GetString()!.ShouldContain("Other countries and territories");
    }

    [Fact]
    public void CostJson_100tBolts2026_AcceptanceFigures()
    {
        // 2.707 × 1.10 × 100 = 297.77 t; payable 2.5 % → 7.44425 certificates; × 80 EUR = 595.544 → 595.54.
        using var json = Json(Cli.Run("cbam", "cost", "--cn", "7318 15", "--tonnes", "100", "--year", "2026", "--certificate-price", "80", "--json"));
        var root = json.RootElement;
        root.GetProperty("default_see_t_per_t").GetDecimal().ShouldBe(2.9777m);
        root.GetProperty("markup_pct").GetDecimal().ShouldBe(10m);
        root.GetProperty("embedded_t_co2e").GetDecimal().ShouldBe(297.77m);
        root.GetProperty("cbam_factor").GetDecimal().ShouldBe(0.975m);
        root.GetProperty("certificates").GetDecimal().ShouldBe(7.44425m);
        root.GetProperty("cost_eur").GetDecimal().ShouldBe(595.54m);
        root.GetProperty("approximation").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void CostJson_CarbonPricePaidAboveTheCost_CostZero()
    {
        using var json = Json(Cli.Run("cbam", "cost", "--cn", "7318 15", "--tonnes", "100", "--year", "2026", "--certificate-price", "80",
            "--carbon-price-paid-eur", "10000", "--json"));
        json.RootElement.GetProperty("cost_eur").GetDecimal().ShouldBe(0m);
        json.RootElement.GetProperty("gross_cost_eur").GetDecimal().ShouldBe(595.54m);
    }

    [Theory]
    [InlineData(new[] { "defaults", "--cn", "8471 30 00" }, "CN code 8471 30 00 is not a CBAM good")]
    [InlineData(new[] { "defaults", "--cn", "73x8" }, "CN code '73x8' is malformed")]
    [InlineData(new[] { "defaults", "--cn", "7318" }, "give a more detailed code")]
    [InlineData(new[] { "defaults", "--cn", "7318 15", "--origin", "JP" }, "origin 'JP' are not shipped")]
    [InlineData(new[] { "cost", "--cn", "7318 15", "--tonnes", "-5", "--year", "2026" }, "tonnes must not be negative (-5)")]
    [InlineData(new[] { "cost", "--cn", "7318 15", "--tonnes", "5", "--year", "2035" }, "year 2035 is outside 2026–2034")]
    [InlineData(new[] { "cost", "--cn", "7318 15", "--tonnes", "5", "--year", "2025" }, "year 2025 is outside 2026–2034")]
    [InlineData(new[] { "cost", "--cn", "7318 15", "--tonnes", "five", "--year", "2026" }, "--tonnes must be a number")]
    [InlineData(new[] { "cost", "--cn", "7318 15", "--tonnes", "5", "--year", "2026", "--see", "-1" }, "actual SEE must not be negative (-1)")]
    [InlineData(new[] { "cost", "--cn", "7318 15", "--tonnes", "5", "--year", "2026", "--carbon-price-paid-ntd", "10" }, "needs --ntd-per-eur")]
    public void BadInput_ExitsWithBadInputInBothLanguages(string[] options, string english)
    {
        var result = Cli.Run(["cbam", .. options]);

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain(english);
        result.Error.ShouldContain("錯誤：");
    }

    private static JsonDocument Json(CliResult result)
    {
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        return JsonDocument.Parse(result.Output);
    }
}
