using System.Text;

namespace Tanpan.Testing;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tanpan-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> exactly as given (no newline conversion); UTF-8 without BOM unless told.</summary>
    public string Write(string name, string text, Encoding? encoding = null) =>
        WriteBytes(name, (encoding ?? new UTF8Encoding(false)).GetBytes(text));

    /// <summary>Writes text as UTF-8 with a byte-order mark, the way Excel saves "CSV UTF-8".</summary>
    public string WriteWithBom(string name, string text) =>
        WriteBytes(name, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The full path of <paramref name="name"/> in this directory (the file need not exist).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A reader that was never drained may still hold a file on some platforms; the OS cleans temp.
        }
    }
}
