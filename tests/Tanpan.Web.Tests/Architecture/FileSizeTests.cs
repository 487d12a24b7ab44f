using Tanpan.Testing;

namespace Tanpan.Web.Tests.Architecture;

/// <summary>
/// No source file over <see cref="MaxLines"/> lines (docs/architecture.md): a page is split into components and a
/// code-behind, a writer into steps, an API into partial files by concern, before it grows past what one reads at once.
/// </summary>
public sealed class FileSizeTests
{
    public const int MaxLines = 300;

    [Fact]
    public void SourceFiles_AreAtMost300Lines()
    {
        var src = RepositoryRoot.Combine("src");
        var tooLong = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(src, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File}: {f.Lines}")
            .Order(StringComparer.Ordinal)
            .ToList();

        tooLong.ShouldBeEmpty();
    }
}
