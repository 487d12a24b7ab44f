namespace Tanpan.Cli.Tests.Measures;

public sealed class CasesCommandsTests
{
    [Fact]
    public void Search_Machinery_MatchesApproved()
    {
        var result = Cli.Run("cases", "search", "--industry", "機械");

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        Approvals.Verify(result.Output);
    }

    [Fact]
    public void SearchJson_AirCompressor_CarriesSeedFigures()
    {
        var json = Cli.Run("cases", "search", "--measure", "air-compressor", "--json").Json();

        json.GetProperty("count").GetInt32().ShouldBe(1);
        var c = json.GetProperty("cases")[0];
        c.GetProperty("energy_saved").GetDecimal().ShouldBe(1_080_000m);
        c.GetProperty("tco2e").GetDecimal().ShouldBe(552m);
        c.GetProperty("investment_ntd").GetDecimal().ShouldBe(7_050_000m);
        c.GetProperty("payback_years").GetDecimal().ShouldBe(2.7m);
        c.GetProperty("annual_savings_ntd").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        c.GetProperty("source_file").GetString().ShouldStartWith("000_");
    }

    [Fact]
    public void Search_NoFilter_ListsEveryCase() => Cli.Run("cases", "search").Output.ShouldStartWith("17 case(s)");

    [Fact]
    public void Search_UnknownMeasure_Exit2Bilingual()
    {
        var result = Cli.Run("cases", "search", "--measure", "wind");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Error.ShouldContain("不明的措施「wind」");
        result.Error.ShouldContain("unknown measure 'wind'");
    }
}
