using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Tanpan.Web.Features.Evidence;

/// <summary>
/// The evidence folder (<see cref="EvidenceOptions.Path"/>, outside the web root). A file is written to a
/// temporary <c>.part</c> file, hashed and sniffed while written, and moved to its generated name only when
/// accepted, so a failed or refused upload leaves nothing behind. Stored names are GUIDs, never the user's.
/// </summary>
public sealed class EvidenceStore(IOptions<EvidenceOptions> options, IHostEnvironment environment)
{
    private const string PartSuffix = ".part";

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>The absolute folder; the first upload creates it.</summary>
    public string Root => Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    /// <summary>Copies <paramref name="content"/> to a new stored file, or refuses it (too large, not an accepted kind).</summary>
    public async Task<StoredEvidence> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Root);
        var storedName = Guid.CreateVersion7().ToString("N");
        var part = Path.Combine(Root, storedName + PartSuffix);
        try
        {
            long size = 0;
            string sha256;
            await using (var target = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > MaxBytes)
                    {
                        return StoredEvidence.TooLarge;
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            if (EvidenceKind.Detect(part, fileName) is not { } contentType)
            {
                return StoredEvidence.Unsupported;
            }

            File.Move(part, Path.Combine(Root, storedName));
            return new(storedName, contentType, size, sha256, EvidenceRefusal.None);
        }
        finally
        {
            File.Delete(part);
        }
    }

    /// <summary>Opens a stored file for reading, or null when it is missing.</summary>
    public FileStream? OpenRead(string storedName)
    {
        var path = PathOf(storedName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    public bool Exists(string storedName) => File.Exists(PathOf(storedName));

    /// <summary>
    /// Deletes stored files and leftover parts that no row names (their entry, source or inventory was deleted and the
    /// database cascaded), if older than <paramref name="minimumAge"/> so that an upload in progress elsewhere is spared.
    /// </summary>
    public int DeleteOrphans(IReadOnlySet<string> known, TimeSpan minimumAge, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(known);
        var deleted = 0;
        if (!Directory.Exists(Root))
        {
            return deleted;
        }

        foreach (var file in new DirectoryInfo(Root).EnumerateFiles())
        {
            if (!known.Contains(file.Name) && now - file.LastWriteTimeUtc >= minimumAge)
            {
                file.Delete();
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Only a bare generated name is ever joined to the folder, so a row can never point outside it.</summary>
    private string PathOf(string storedName)
    {
        if (storedName.Length == 0 || storedName.Any(c => !char.IsAsciiHexDigitLower(c)))
        {
            throw new ArgumentException("Not a stored evidence name.", nameof(storedName));
        }

        return Path.Combine(Root, storedName);
    }
}
