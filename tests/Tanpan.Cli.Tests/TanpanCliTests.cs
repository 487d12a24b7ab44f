namespace Tanpan.Cli.Tests;

public sealed class TanpanCliTests
{
    private const int UsageError = 1;

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "inventory", "calc" }, "Required argument 'file' missing")]
    [InlineData(new[] { "inventory", "calc", "samples/seed001-textile-2021.csv", "--bogus" }, "'--bogus'")]
    public void Run_UsageError_ExitsWithOneAndSaysWhy(string[] args, string message)
    {
        var result = Cli.Run(args);

        result.ExitCode.ShouldBe(UsageError);
        result.Error.ShouldContain(message);
        result.Output.ShouldNotContain("total", Case.Insensitive);
    }
}
