using System.Runtime.CompilerServices;
using Tanpan.Cli;
using Tanpan.Cli.Tests;

namespace Tanpan.Testing;

/// <summary>The CLI tests' part of <see cref="Approvals"/>: a whole run checked against its golden file.</summary>
internal static partial class Approvals
{
    /// <summary>Asserts the run succeeded, then compares what it printed.</summary>
    public static void Verify(CliResult result, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        result.ExitCode.ShouldBe(TanpanCli.Ok, result.Error);
        Verify(result.Output, testFile, test);
    }
}
