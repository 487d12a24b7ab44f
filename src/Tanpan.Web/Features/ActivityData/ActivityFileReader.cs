using Tanpan.Core.Inventory;

namespace Tanpan.Web.Features.ActivityData;

/// <summary>Opens an activity file by its extension: .csv (UTF-8 with or without BOM, or Big5) or .xlsx.</summary>
public static class ActivityFileReader
{
    public static ActivityFile Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return Failed(path, $"找不到檔案 {path}", $"file not found: {path}");
        }

        var extension = System.IO.Path.GetExtension(path);
        return extension.ToUpperInvariant() switch
        {
            ".CSV" or ".TXT" => CsvActivityReader.Open(path),
            ".XLSX" => XlsxActivityReader.Open(path),
            _ => Failed(path, $"不支援的檔案格式「{extension}」，請用 .csv 或 .xlsx", $"unsupported file type '{extension}'; use .csv or .xlsx"),
        };
    }

    internal static ActivityFile Failed(string path, string zh, string en) =>
        new(path, "", [new ActivityIssue(1, "file", zh, en)], []);
}
