namespace Tanpan.Testing;

/// <summary>The repository's root folder (the one holding <c>Tanpan.slnx</c>), found above the test output folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path under the root, e.g. <c>Combine("samples", "x.csv")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Tanpan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Tanpan.slnx not found above the test output folder.");
    }
}
