using System.Text.Json;

namespace Tanpan.Cli.Tests;

/// <summary>
/// Decision 0011 and issue 17: the command line builds on Core and Tanpan.Documents, without the web host, EF Core
/// or a database driver. This project references only the CLI, so its dependency file lists what the CLI brings along.
/// </summary>
public sealed class ReferencesTests
{
    [Theory]
    [InlineData("Tanpan.Web")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Npgsql")]
    public void Cli_DoesNotCarryTheWebHost(string forbidden)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Tanpan.Cli.Tests.deps.json")));
        var libraries = document.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToList();
        libraries.ShouldContain(l => l.StartsWith("Tanpan.Documents/", StringComparison.Ordinal));   // the check reads the right file
        libraries.ShouldNotContain(l => l.StartsWith(forbidden, StringComparison.Ordinal));
    }
}
