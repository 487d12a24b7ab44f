using System.IO.Compression;

namespace Tanpan.Web.Features.Evidence;

/// <summary>
/// What an uploaded file really is, judged by its first bytes (magic numbers), not by its name: PDF,
/// PNG, JPEG, an Office Open XML workbook or document (a zip with <c>xl/</c> or <c>word/</c> parts),
/// or plain text (CSV/TXT: no NUL or other control bytes). Anything else is null and refused.
/// </summary>
internal static class EvidenceKind
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>How many leading bytes <see cref="Detect"/> reads for text and magic numbers.</summary>
    public const int SniffBytes = 8192;

    /// <summary>The content type of the stored file at <paramref name="path"/>, or null when it is not an accepted kind.</summary>
    public static string? Detect(string path, string fileName)
    {
        var head = new byte[SniffBytes];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        ReadOnlySpan<byte> bytes = head.AsSpan(0, read);
        if (bytes.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (bytes.StartsWith(Png))
        {
            return "image/png";
        }

        if (bytes.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return OfficeKind(path);
        }

        return read > 0 && IsText(bytes)
            ? fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "text/plain"
            : null;
    }

    private static string? OfficeKind(string path)
    {
        // The directory is checked first: .NET's zip reader would load a million-entry directory whole.
        if (!Tanpan.Documents.Zip.ZipDirectory.IsWithinLimits(path))
        {
            return null;
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml", StringComparer.Ordinal))
            {
                return null;
            }

            return names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                : names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    /// <summary>Text in any ASCII-compatible encoding (UTF-8, Big5 …): no NUL and no control byte other than tab, CR, LF or form feed.</summary>
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                return false;
            }
        }

        return true;
    }
}
