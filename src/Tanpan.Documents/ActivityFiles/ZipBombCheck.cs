using System.IO.Compression;
using Tanpan.Documents.Zip;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// Refuses a workbook before any part is decompressed: when its zip directory (APPNOTE 6.3.10, §4.3.16 end of central
/// directory) lists more than <see cref="ZipDirectory.MaxEntries"/> entries or is larger than <see cref="ZipDirectory.MaxBytes"/>, when a
/// package part the packaging library parses whole (<c>[Content_Types].xml</c>, <c>*.rels</c>) declares more than
/// <see cref="MaxMetadataBytes"/>, or when its parts would expand beyond <see cref="XlsxActivityReader.MaxExpandedBytes"/>,
/// or more than <see cref="XlsxActivityReader.MaxExpansionRatio"/> times beyond 64 MB. The sizes are the ones the
/// directory declares; .NET's zip reader stops each entry at its declared size, so a directory that understates a
/// part yields a truncated part, which the XML reader refuses.
/// </summary>
internal static class ZipBombCheck
{
    public const long MaxMetadataBytes = 4L << 20;

    public static void Check(string path)
    {
        var (entries, directoryBytes) = ZipDirectory.EndRecord(path) ?? throw NotAZip(null);
        if (entries > ZipDirectory.MaxEntries || directoryBytes > ZipDirectory.MaxBytes)
        {
            throw new ActivityFileRefusedException(
                $"活頁簿的壓縮目錄有 {entries:N0} 個項目（{directoryBytes / 1024:N0} kB），超過上限 {ZipDirectory.MaxEntries:N0}，未讀取",
                $"the workbook's zip directory lists {entries:N0} entries ({directoryBytes / 1024:N0} kB), above the limit of {ZipDirectory.MaxEntries:N0}; not read");
        }

        long compressed = 0, expanded = 0;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries)
            {
                compressed += entry.CompressedLength;
                expanded += entry.Length;
                if (entry.Length > MaxMetadataBytes && (entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
                    || entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)))
                {
                    throw new ActivityFileRefusedException(
                        $"活頁簿的 {entry.FullName} 解壓後達 {entry.Length / (1 << 20):N0} MB，超過 {MaxMetadataBytes / (1 << 20)} MB 上限，未讀取",
                        $"the workbook's {entry.FullName} would expand to {entry.Length / (1 << 20):N0} MB, above the {MaxMetadataBytes / (1 << 20)} MB limit; not read");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw NotAZip(e);
        }

        var ratio = expanded / Math.Max(1, compressed);
        if (expanded > XlsxActivityReader.MaxExpandedBytes || (expanded > (64L << 20) && ratio > XlsxActivityReader.MaxExpansionRatio))
        {
            throw new ActivityFileRefusedException(
                $"活頁簿解壓後達 {expanded / (1 << 20)} MB（壓縮比 {ratio} 倍），超過上限，未讀取",
                $"the workbook would expand to {expanded / (1 << 20)} MB ({ratio} times its size), above the limit; not read");
        }
    }

    private static ActivityFileRefusedException NotAZip(Exception? inner) => new(
        "不是有效的 .xlsx 活頁簿（不是 zip 壓縮檔，或其目錄損毀），未讀取",
        "not a valid .xlsx workbook (not a zip file, or its directory is damaged); not read", inner);
}
