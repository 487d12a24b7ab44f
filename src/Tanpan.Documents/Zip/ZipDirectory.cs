using System.Buffers.Binary;

namespace Tanpan.Documents.Zip;

/// <summary>
/// Reads a zip file's end-of-central-directory record (PKWARE APPNOTE 6.3.10, §4.3.16) without .NET's zip reader, which
/// loads every entry of the directory into memory: callers refuse a file whose directory is too large before opening it.
/// </summary>
public static class ZipDirectory
{
    /// <summary>More entries than any workbook, document or evidence file needs; a directory listing more is refused.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Largest central directory accepted (4 MB).</summary>
    public const long MaxBytes = 4L << 20;

    private const int EndRecordSize = 22;

    private const uint EndRecordSignature = 0x06054b50;

    /// <summary>
    /// The entry count and directory size the file's end record declares, or null when it has none (not a zip). A count
    /// of 0xFFFF (which defers to the ZIP64 record) is answered as <see cref="int.MaxValue"/>: no office file has that many parts.
    /// </summary>
    public static (int Entries, long Bytes)? EndRecord(string path)
    {
        using var stream = File.OpenRead(path);
        var tail = (int)Math.Min(stream.Length, EndRecordSize + ushort.MaxValue);
        if (tail < EndRecordSize)
        {
            return null;
        }

        var buffer = new byte[tail];
        stream.Seek(-tail, SeekOrigin.End);
        stream.ReadExactly(buffer);
        for (var at = tail - EndRecordSize; at >= 0; at--)
        {
            var record = buffer.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) == EndRecordSignature)
            {
                var entries = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
                return (entries == ushort.MaxValue ? int.MaxValue : entries, BinaryPrimitives.ReadUInt32LittleEndian(record[12..]));
            }
        }

        return null;
    }

    /// <summary>True when the file is a zip whose directory is within <see cref="MaxEntries"/> and <see cref="MaxBytes"/>.</summary>
    public static bool IsWithinLimits(string path) => EndRecord(path) is { Entries: <= MaxEntries, Bytes: <= MaxBytes };
}
