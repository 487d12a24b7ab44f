using System.Text;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// Decides how a text file is encoded: a byte-order mark wins; otherwise the whole file is checked as
/// strict UTF-8 and, failing that, as strict Big5 (code page 950, what Excel on a Traditional Chinese
/// Windows saves as "CSV"). A file that is neither is refused rather than read as mojibake.
/// </summary>
public static class TextEncodingDetector
{
    private const int ChunkSize = 1 << 16;

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Strict Big5: invalid bytes throw instead of becoming U+FFFD.</summary>
    public static Encoding Big5 { get; } = CreateBig5();

    /// <summary>The encoding and its display name, or null when the bytes are neither UTF-8 nor Big5.</summary>
    public static (Encoding Encoding, string Name)? Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.SequentialScan);
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
        {
            return (new UTF8Encoding(false), "UTF-8");
        }

        if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE)
        {
            return (Encoding.Unicode, "UTF-16");
        }

        if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, "UTF-16BE");
        }

        if (IsValid(stream, new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            return (new UTF8Encoding(false), "UTF-8");
        }

        return IsValid(stream, Big5) ? (Big5, "Big5") : null;
    }

    /// <summary>True when the file holds a NUL byte, which no 8-bit text file (UTF-8, Big5) has: a binary file.</summary>
    public static bool HasNulBytes(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.SequentialScan);
        var buffer = new byte[ChunkSize];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (buffer.AsSpan(0, n).Contains((byte)0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// CsvHelper options for reading a file of the detected encoding as plain records, header
    /// included, with line numbers: UTF-8 is read natively, anything else is transcoded.
    /// </summary>
    public static CsvHelper.CsvReaderOptions CsvOptions((Encoding Encoding, string Name) detected) => CsvHelper.CsvReaderOptions.Default with
    {
        HasHeader = false,
        Encoding = detected.Name == "UTF-8" ? null : detected.Encoding,
        TrackLineNumbers = true,
        MissingField = CsvHelper.CsvMissingFieldHandling.ReturnEmpty,
        FieldCountMismatch = CsvHelper.CsvFieldCountHandling.Allow,
    };

    private static bool IsValid(FileStream stream, Encoding strict)
    {
        stream.Position = 0;
        var decoder = strict.GetDecoder();
        var buffer = new byte[ChunkSize];

        // GetChars, not GetCharCount: only GetChars carries a character split between two reads over
        // to the next read; GetCharCount would see the second half alone and call the file invalid.
        var chars = new char[strict.GetMaxCharCount(ChunkSize)];
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                decoder.GetChars(buffer, 0, n, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding CreateBig5()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
