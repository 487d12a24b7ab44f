using CsvHelper;
using Tanpan.Core.Inventory;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// Reads an activity CSV: encoding detected (UTF-8 with or without BOM, Big5), separator detected
/// (comma, semicolon, tab), the first non-empty line is the header, and data rows stream with their
/// line numbers as in the file (header = line 1, lines inside quoted fields counted).
/// </summary>
public static class CsvActivityReader
{
    /// <summary>Longest record accepted; a stray quote cannot make the reader swallow a whole file.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private const int MaxQuoteIssues = 100;

    /// <summary>
    /// Opens the file. NUL bytes (a binary file) or a record longer than <see cref="MaxRecordBytes"/> (a huge line, a file
    /// without line breaks, an unclosed quote running on) throw <see cref="ActivityFileRefusedException"/>, here or while
    /// the rows are read; the header, held for the whole read, is charged to <paramref name="budget"/>.
    /// </summary>
    public static ActivityFile Open(string path, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        budget ??= ReadBudget.Default;
        var detected = TextEncodingDetector.Detect(path);
        if (detected?.Name is not ("UTF-16" or "UTF-16BE") && TextEncodingDetector.HasNulBytes(path))
        {
            throw new ActivityFileRefusedException("檔案含有 NUL 位元組，不是文字檔（CSV），未讀取", "the file holds NUL bytes: it is not a text (CSV) file; not read");
        }

        if (detected is not { } encoding)
        {
            return ActivityFileReader.Failed(path,
                "檔案編碼無法辨識：不是 UTF-8 也不是 Big5 文字檔", "the file is neither UTF-8 nor Big5 text (is it a CSV file?)");
        }

        var format = "CSV " + encoding.Name;
        var issues = new List<ActivityIssue>();
        var reader = CsvReader.FromFile(path, Options(encoding, issues));
        try
        {
            if (!reader.Read())
            {
                reader.Dispose();
                return ActivityFileReader.Failed(path, "檔案是空的", "the file is empty");
            }
        }
        catch (CsvFormatException e)
        {
            reader.Dispose();
            throw Refused(e);
        }

        var headerLine = (int)reader.LineNumber;
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
        budget.Charge(header.Sum(h => ReadBudget.StringCost(h.Length)), "CSV 標題列", "the CSV header");
        var map = HeaderMap.Build(header, headerLine, issues);
        if (issues.Count > 0)
        {
            reader.Dispose();
            return new ActivityFile(path, format, issues, []);
        }

        return new ActivityFile(path, format, issues, Rows(reader, map, issues));
    }

    private static IEnumerable<RawActivityRecord> Rows(CsvReader reader, HeaderMap map, List<ActivityIssue> issues)
    {
        using (reader)
        {
            while (TryRead(reader))
            {
                var count = reader.FieldCount;
                var blank = true;
                for (var i = 0; i < count && blank; i++)
                {
                    blank = reader.IsEmpty(i) || string.IsNullOrWhiteSpace(reader.GetString(i));
                }

                if (!blank)
                {
                    yield return new RawActivityRecord((int)reader.LineNumber, map.Cells(i => i < count ? reader.GetString(i) : null));
                }
            }

            // Quoting problems found while reading are reported like bad rows, after the rows themselves.
            foreach (var issue in issues)
            {
                yield return RawActivityRecord.Broken(issue.Line, issue.MessageZh, issue.MessageEn);
            }
        }
    }

    /// <summary>
    /// Reads the next record. A record the reader cannot buffer (longer than <see cref="MaxRecordBytes"/>,
    /// e.g. a file without line breaks or an unclosed quote running on through the file) refuses the file.
    /// </summary>
    private static bool TryRead(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException e)
        {
            throw Refused(e);
        }
    }

    private static ActivityFileRefusedException Refused(CsvFormatException e) => new(
        $"CSV 第 {e.LineNumber:N0} 行無法讀取：一筆資料超過 {MaxRecordBytes / (1 << 20)} MB（缺少換行或引號未關閉），未讀取",
        $"CSV line {e.LineNumber:N0} cannot be read: a record longer than {MaxRecordBytes / (1 << 20)} MB (no line break, or an unclosed quote; {e.Message}); not read", e);

    private static CsvReaderOptions Options((System.Text.Encoding, string) encoding, List<ActivityIssue> issues) => TextEncodingDetector.CsvOptions(encoding) with
    {
        SkipEmptyLines = true,
        PoolStrings = true,
        MaxRecordSize = MaxRecordBytes,
        MalformedData = CsvMalformedDataHandling.Recover,
        OnMalformedRecord = bad =>
        {
            // The first hundred are enough to fix the file; more would only hold memory.
            if (bad.Reason != CsvMalformedReason.FieldCountMismatch && issues.Count < MaxQuoteIssues)
            {
                issues.Add(new ActivityIssue((int)bad.LineNumber, "file",
                    $"引號使用錯誤（{bad.Reason}）：欄位內的雙引號需寫成 \"\"", $"malformed quotes ({bad.Reason}): a quote inside a field must be doubled"));
            }
        },
    };
}
