using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Tanpan.Web.Features.ActivityImports;

/// <summary>
/// Uploaded import files under <c>Import:Path</c> (content root, never the web root). An upload is first received into
/// <c>incoming/</c> under a random name, read there, and deleted unless it is accepted: only a file whose preview has no
/// problem (the page's commit, a background job) is kept, moved into a folder per inventory under a random key. A
/// folder left empty is removed with its last file. <see cref="ImportUploadSweeper"/> removes what a crash leaves:
/// every received file at start-up, kept files older than <c>Import:KeepFor</c> (1 hour) and empty folders.
/// </summary>
public sealed class ImportUploads(IOptions<ImportOptions> options, IHostEnvironment environment, TimeProvider time)
{
    private const string IncomingFolder = "incoming";

    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Path));

    private string Incoming => Path.Combine(_root, IncomingFolder);

    /// <summary>Writes the upload under <c>incoming/</c> (keeping the file's extension, which picks the reader); the caller keeps or deletes it.</summary>
    public async Task<string> ReceiveAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Incoming);
        var path = Path.Combine(Incoming, NewKey() + Extension(fileName));
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await content.CopyToAsync(file, cancellationToken);
        }
        catch
        {
            Delete(path);
            throw;
        }

        return path;
    }

    /// <summary>Keeps an accepted upload for inventory <paramref name="inventoryId"/>: answers its key (32 hex digits) and new path.</summary>
    public (string Key, string Path) Keep(Guid inventoryId, string received)
    {
        var key = NewKey();
        var folder = Path.Combine(_root, inventoryId.ToString("N"));
        var path = Path.Combine(folder, key + Path.GetExtension(received));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.CreateDirectory(folder);
                File.Move(received, path);
                break;
            }
            catch (DirectoryNotFoundException) when (attempt < 3)
            {
                // The folder was removed with another upload's last file just now.
            }
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

    /// <summary>Deletes an upload, and its inventory's folder when that is left empty.</summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
            if (Path.GetDirectoryName(path) is { } folder && Path.GetFileName(folder) is { Length: 32 } && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
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

    /// <summary>
    /// Deletes kept files older than <c>Import:KeepFor</c>, received files older than that or, at start-up
    /// (<paramref name="startUp"/>), all of them (no request is reading one yet), and the folders left empty.
    /// Answers how many files and folders it deleted.
    /// </summary>
    public int Sweep(bool startUp)
    {
        if (!Directory.Exists(_root))
        {
            return 0;
        }

        var deleted = 0;
        var now = time.GetUtcNow();
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            var received = Path.GetDirectoryName(file) == Incoming;
            if ((startUp && received) || now - File.GetLastWriteTimeUtc(file) > options.Value.KeepFor)
            {
                deleted += TryDelete(() => File.Delete(file));
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(_root).Where(f => Path.GetFileName(f) != IncomingFolder).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                deleted += TryDelete(() => Directory.Delete(folder));
            }
        }

        return deleted;
    }

    private static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static int TryDelete(Action delete)
    {
        try
        {
            delete();
            return 1;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
