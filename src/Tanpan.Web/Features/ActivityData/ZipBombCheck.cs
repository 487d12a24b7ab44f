using System.IO.Compression;

namespace Tanpan.Web.Features.ActivityData;

/// <summary>
/// Refuses a workbook whose parts would expand beyond <see cref="XlsxActivityReader.MaxExpandedBytes"/>, or expand
/// more than <see cref="XlsxActivityReader.MaxExpansionRatio"/> times beyond 64 MB, before any part is decompressed.
/// The sizes are the ones the zip's central directory declares; .NET's zip reader stops at the declared size.
/// </summary>
internal static class ZipBombCheck
{
    public static ActivityFile? Refusal(string path)
    {
        long compressed = 0, expanded = 0;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries)
            {
                compressed += entry.CompressedLength;
                expanded += entry.Length;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return null; // not a zip at all: the workbook reader answers with its own message
        }

        var ratio = expanded / Math.Max(1, compressed);
        if (expanded > XlsxActivityReader.MaxExpandedBytes || (expanded > (64L << 20) && ratio > XlsxActivityReader.MaxExpansionRatio))
        {
            return ActivityFileReader.Failed(path,
                $"活頁簿解壓後達 {expanded / (1 << 20)} MB（壓縮比 {ratio} 倍），超過上限，未讀取",
                $"the workbook would expand to {expanded / (1 << 20)} MB ({ratio} times its size), above the limit; not read");
        }

        return null;
    }
}
