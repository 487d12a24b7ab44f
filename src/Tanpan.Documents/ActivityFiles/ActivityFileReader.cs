using Tanpan.Core.Inventory;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// Opens an activity file by its extension: .csv (UTF-8 with or without BOM, or Big5) or .xlsx. A file the readers refuse
/// (malformed, beyond a format limit or the memory <paramref name="budget"/>) throws <see cref="ActivityFileRefusedException"/>,
/// on opening or while its rows are read.
/// </summary>
public static class ActivityFileReader
{
    public static ActivityFile Open(string path, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return Failed(path, $"找不到檔案 {path}", $"file not found: {path}");
        }

        var extension = System.IO.Path.GetExtension(path);
        return extension.ToUpperInvariant() switch
        {
            ".CSV" or ".TXT" => CsvActivityReader.Open(path, budget),
            ".XLSX" => XlsxActivityReader.Open(path, budget),
            _ => Failed(path, $"不支援的檔案格式「{extension}」，請用 .csv 或 .xlsx", $"unsupported file type '{extension}'; use .csv or .xlsx"),
        };
    }

    internal static ActivityFile Failed(string path, string zh, string en) =>
        new(path, "", [new ActivityIssue(1, "file", zh, en)], []);
}
