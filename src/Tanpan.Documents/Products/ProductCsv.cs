using CsvHelper;
using Tanpan.Core.Inventory;
using Tanpan.Documents.ActivityFiles;

namespace Tanpan.Documents.Products;

/// <summary>
/// Reads a product or BOM CSV the way activity files are read: UTF-8 or Big5 detected, NUL bytes refused, records
/// longer than <see cref="CsvActivityReader.MaxRecordBytes"/> refused, at most <see cref="MaxRows"/> data rows, headers in
/// English or Chinese (<see cref="CsvColumn"/>), line numbers as in the file (header = 1). Every problem becomes an
/// <see cref="ActivityIssue"/> naming the line and column; the caller returns nothing when there is one.
/// </summary>
internal static class ProductCsv
{
    /// <summary>Most data rows one file may hold (a product list or BOM of an SME is far smaller).</summary>
    public const int MaxRows = 200_000;

    /// <summary>Calls <paramref name="row"/> with (line, cell getter) for every non-blank data row; issues for the file itself go to <paramref name="issues"/>.</summary>
    public static void Read(string path, string whatZh, string whatEn, IReadOnlyList<CsvColumn> columns, List<ActivityIssue> issues, Action<int, Func<string, string>> row)
    {
        void FileIssue(string zh, string en) => issues.Add(new ActivityIssue(1, "file", zh, en));
        if (!File.Exists(path) || TextEncodingDetector.HasNulBytes(path) || TextEncodingDetector.Detect(path) is not { } encoding)
        {
            FileIssue($"無法讀取{whatZh} {path}（須為 UTF-8 或 Big5 的 CSV 文字檔）", $"cannot read the {whatEn} {path} (it must be a UTF-8 or Big5 CSV text file)");
            return;
        }

        using var reader = CsvReader.FromFile(path, TextEncodingDetector.CsvOptions(encoding) with { SkipEmptyLines = true, MaxRecordSize = CsvActivityReader.MaxRecordBytes });
        try
        {
            if (!reader.Read())
            {
                FileIssue($"{whatZh}是空的", $"the {whatEn} is empty");
                return;
            }

            var header = (int)reader.LineNumber;
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (columns.FirstOrDefault(c => c.Matches(reader.GetString(i))) is { } column && !index.TryAdd(column.Key, i))
                {
                    issues.Add(new ActivityIssue(header, column.Key, $"欄位「{column.Zh}」重複", $"column {column.Key} appears twice"));
                }
            }

            foreach (var missing in columns.Where(c => c.Required && !index.ContainsKey(c.Key)))
            {
                issues.Add(new ActivityIssue(header, missing.Key, $"缺少必要欄位「{missing.Zh}」({missing.Key})", $"missing required column {missing.Key} ({missing.Zh})"));
            }

            if (issues.Count > 0)
            {
                return;
            }

            var rows = 0;
            while (reader.Read())
            {
                if (++rows > MaxRows)
                {
                    FileIssue($"{whatZh}超過 {MaxRows:N0} 列，未讀取", $"the {whatEn} has more than {MaxRows:N0} rows; not read");
                    return;
                }

                var count = reader.FieldCount;
                string Cell(string key) => index.TryGetValue(key, out var i) && i < count ? reader.GetString(i).Trim() : "";
                if (index.Keys.All(k => Cell(k).Length == 0))
                {
                    continue;
                }

                row((int)reader.LineNumber, Cell);
            }
        }
        catch (CsvFormatException e)
        {
            issues.Add(new ActivityIssue((int)e.LineNumber, "file", $"第 {e.LineNumber:N0} 行無法讀取（缺少換行或引號未關閉）", $"line {e.LineNumber:N0} cannot be read (no line break, or an unclosed quote)"));
        }
    }

    /// <summary>Parses a number as activity amounts are parsed ("1,234.5" yes, "2,5" no); null for an empty cell, an issue for a bad one.</summary>
    public static decimal? Number(int line, string column, string text, List<ActivityIssue> issues, bool nonNegative = true)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!ActivityRowReader.TryParseAmount(text, out var value))
        {
            issues.Add(new ActivityIssue(line, column, $"「{text}」不是數字", $"'{text}' is not a number"));
            return null;
        }

        if (nonNegative && value < 0)
        {
            issues.Add(new ActivityIssue(line, column, $"「{text}」不可為負數", $"'{text}' must not be negative"));
            return null;
        }

        return value;
    }

    public static void Required(int line, string column, string text, List<ActivityIssue> issues)
    {
        if (text.Length == 0)
        {
            issues.Add(new ActivityIssue(line, column, $"欄位 {column} 不可空白", $"column {column} must not be empty"));
        }
    }
}
