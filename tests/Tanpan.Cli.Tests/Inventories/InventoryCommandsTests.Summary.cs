namespace Tanpan.Cli.Tests.Inventories;

public sealed partial class InventoryCommandsTests
{
    [Fact]
    public void Calc_ExampleSampleSummary_MatchesApproved()
    {
        File.Exists(Example).ShouldBeTrue("tests run in their output folder, where samples/ is copied");

        var result = Calc(Example);

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Error.ShouldBeEmpty();
        Approvals.Verify(result.Output);
    }

    [Theory]
    [InlineData("samples/seed001-example-2021-big5.csv", "CSV Big5")]
    [InlineData("samples/seed001-example-2021.xlsx", "XLSX")]
    public void Calc_ExampleSampleInAnotherFormat_PrintsTheSameSummary(string path, string format)
    {
        var expected = Calc(Example).Output.Replace($"{Example} (CSV UTF-8,", $"{path} ({format},", StringComparison.Ordinal);

        var result = Calc(path);

        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        result.Output.ShouldBe(expected);
    }
}
