using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// Uploaded import files: kept under <c>Import:Path</c> (content root, never the web root) in a folder per inventory,
/// named by a random key, so the import page can commit what it previewed. Files older than <c>Import:KeepFor</c>
/// (1 hour) are deleted whenever a file is stored.
/// </summary>
public sealed class ImportUploads(IOptions<ImportOptions> options, IHostEnvironment environment, TimeProvider time)
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Path));

    /// <summary>Stores the content; returns the key (32 hex digits) and the path (keeping the file's extension, which picks the reader).</summary>
    public async Task<(string Key, string Path)> StoreAsync(Guid inventoryId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Sweep();
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var folder = Directory.CreateDirectory(Path.Combine(_root, inventoryId.ToString("N"))).FullName;
        var path = Path.Combine(folder, key + Extension(fileName));
        await using (var file = File.Create(path))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        // Stamped with the app's clock, which decides when it expires.
        File.SetLastWriteTimeUtc(path, time.GetUtcNow().UtcDateTime);
        return (key, path);
    }

    /// <summary>The stored file of a key for this inventory, or null (unknown, malformed or expired key).</summary>
    public string? Find(Guid inventoryId, string? key)
    {
        if (key is not { Length: 32 } || !key.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var folder = Path.Combine(_root, inventoryId.ToString("N"));
        var path = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, key + ".*").FirstOrDefault() : null;
        return path is not null && time.GetUtcNow() - File.GetLastWriteTimeUtc(path) <= options.Value.KeepFor ? path : null;
    }

    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // swept later
        }
    }

    /// <summary>.csv, .txt or .xlsx as uploaded (lower case); anything else keeps no extension and is refused by the reader.</summary>
    public static string Extension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension is ".csv" or ".txt" or ".xlsx" ? extension : ".unsupported";
    }

    private void Sweep()
    {
        if (!Directory.Exists(_root))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            if (time.GetUtcNow() - File.GetLastWriteTimeUtc(file) > options.Value.KeepFor)
            {
                Delete(file);
            }
        }
    }
}
