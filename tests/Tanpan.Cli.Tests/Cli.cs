using System.Globalization;

namespace Tanpan.Cli.Tests;

/// <summary>Runs <c>tanpan</c> in-process with captured output.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = TanpanCli.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
