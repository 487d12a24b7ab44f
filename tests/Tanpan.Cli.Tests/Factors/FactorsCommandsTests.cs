namespace Tanpan.Cli.Tests.Factors;

public sealed class FactorsCommandsTests
{
    [Fact]
    public void List_PrintsSetsGridFactorsGwpSetsAndLeakRates()
    {
        var result = Cli.Run("factors", "list");

        result.ExitCode.ShouldBe(TanpanCli.Ok);
        result.Error.ShouldBeEmpty();
        result.Output.ShouldContain("moenv-6.0.4");
        result.Output.ShouldContain("moenv-2024");
        result.Output.ShouldMatch(@"grid/2021\s+0\.509");
        result.Output.ShouldMatch(@"AR4\s+CH4 25\s+N2O 298");
        result.Output.ShouldMatch(@"AR5\s+CH4 28\s+N2O 265");
        result.Output.ShouldContain("AR6");
        result.Output.ShouldMatch(@"chiller\s+8\.5 %");
        result.Output.ShouldContain("refrigerant/R-134a");
    }

    [Fact]
    public void Search_ChineseName_FindsFuelOilInBothSets()
    {
        var result = Cli.Run("factors", "search", "重油");

        result.ExitCode.ShouldBe(TanpanCli.Ok);
        Ids(result.Output).ShouldBe(["moenv-6.0.4/fuel_oil/stationary", "moenv-2024/fuel_oil/stationary"]);
    }

    [Theory]
    [InlineData("R-134a")]
    [InlineData("r134a")]
    [InlineData("HFC-134a")]
    public void Search_RefrigerantSpelling_FindsR134a(string text)
    {
        var result = Cli.Run("factors", "search", text);

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        Ids(result.Output).ShouldContain("refrigerant/R-134a");
        Ids(result.Output).ShouldNotContain("refrigerant/R-410A");
    }

    [Fact]
    public void Search_NothingMatches_ExitsWithBadInput()
    {
        var result = Cli.Run("factors", "search", "不存在的燃料");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("nothing matches '不存在的燃料'");
    }

    [Fact]
    public void Show_DieselStationary_PrintsItsValuesAndSource()
    {
        var result = Cli.Run("factors", "show", "moenv-6.0.4/diesel/stationary");

        result.ExitCode.ShouldBe(TanpanCli.Ok);
        result.Output.ShouldContain("2.606031792 kg/L");
        result.Output.ShouldContain("set           moenv-6.0.4 (version 6.0.4)");
        result.Output.ShouldContain("source        溫室氣體排放係數管理表 6.0.4版: 柴油");
    }

    [Fact]
    public void Show_UnknownId_ExitsWithBadInput()
    {
        var result = Cli.Run("factors", "show", "nope");

        result.ExitCode.ShouldBe(TanpanCli.BadInput);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("no factor with id 'nope'");
        result.Error.ShouldContain("沒有代碼為「nope」的係數");
    }

    private static List<string> Ids(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0])];
}
