using System.Text.Json;

namespace Tanpan.Cli.Tests;

/// <summary>What one <c>tanpan</c> run printed, and its exit code.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Asserts success and parses the output as one JSON document.</summary>
    public JsonElement Json()
    {
        ExitCode.ShouldBe(TanpanCli.Ok, Error);
        Error.ShouldBeEmpty();
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }
}
