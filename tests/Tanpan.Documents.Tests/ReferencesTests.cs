using System.Text.Json;

namespace Tanpan.Documents.Tests;

/// <summary>
/// Decision 0011: the documents library reads and writes files for the CLI, the benchmarks and the web host, so it
/// carries none of the host. This project references only Tanpan.Documents, so its dependency file lists exactly
/// what the library brings along.
/// </summary>
public sealed class ReferencesTests
{
    [Theory]
    [InlineData("Tanpan.Web")]
    [InlineData("Tanpan.Cli")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Npgsql")]
    public void Documents_DependsOnNeitherTheHostNorADatabase(string forbidden)
    {
        var libraries = Libraries(Path.Combine(AppContext.BaseDirectory, "Tanpan.Documents.Tests.deps.json"));
        libraries.ShouldContain(l => l.StartsWith("Tanpan.Documents/", StringComparison.Ordinal));   // the check reads the right file
        libraries.ShouldNotContain(l => l.StartsWith(forbidden, StringComparison.Ordinal));
        typeof(Register.RegisterWorkbookTests).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!).ShouldNotContain(n => n.StartsWith(forbidden, StringComparison.Ordinal));
    }

    private static List<string> Libraries(string depsJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(depsJson));
        return [.. document.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name)];
    }
}
