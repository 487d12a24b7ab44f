using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Core.Inventory;
using Tanpan.Core.Text;

namespace Tanpan.Web.Features.ActivityData;

/// <summary>
/// Reads an activity workbook (.xlsx): the sheet named 活動數據 / activity if there is one, else the
/// first sheet; the first non-empty row is the header; line numbers are the sheet's row numbers.
/// Rows stream through the Open XML SAX reader. Numbers are read as Excel shows them (15 significant
/// digits), so 0.1 + 0.2 typed in Excel reads as 0.3, not 0.30000000000000004.
/// </summary>
public static class XlsxActivityReader
{
    private const int ExcelSignificantDigits = 15;

    /// <summary>How many title or note rows may stand above the header.</summary>
    private const int MaxTitleRows = 10;

    private static readonly string[] PreferredSheets = ["活動數據", "activity", "activitydata", "活動數據表"];

    public static ActivityFile Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            return ActivityFileReader.Failed(path, "不是有效的 .xlsx 活頁簿", $"not a valid .xlsx workbook ({e.GetType().Name})");
        }

        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (workbook is null || sheets.Count == 0)
        {
            document.Dispose();
            return ActivityFileReader.Failed(path, "活頁簿沒有工作表", "the workbook has no worksheet");
        }

        var sheet = sheets.FirstOrDefault(s => PreferredSheets.Contains(TextKey.Normalize(s.Name?.Value ?? ""))) ?? sheets[0];
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            document.Dispose();
            return ActivityFileReader.Failed(path, $"「{sheet.Name}」不是資料工作表（可能是圖表）", $"'{sheet.Name}' is not a worksheet (a chart sheet?)");
        }

        var strings = SharedStrings(workbook);
        var rows = ReadRows(document, part, strings).GetEnumerator();
        if (!rows.MoveNext())
        {
            rows.Dispose();
            return ActivityFileReader.Failed(path, $"工作表「{sheet.Name}」是空的", $"worksheet '{sheet.Name}' is empty");
        }

        // Consultants' sheets often carry a title or a note above the table: the header is the first
        // of the leading rows that names a required column; failing that, the first row.
        var leading = new List<(int Line, List<string?> Cells)> { rows.Current };
        while (leading.Count <= MaxTitleRows && !NamesARequiredColumn(leading[^1].Cells) && rows.MoveNext())
        {
            leading.Add(rows.Current);
        }

        var headerAt = Math.Max(0, leading.FindIndex(r => NamesARequiredColumn(r.Cells)));
        var issues = new List<ActivityIssue>();
        var (headerLine, header) = leading[headerAt];
        var map = HeaderMap.Build(header, headerLine, issues);
        if (issues.Count > 0)
        {
            rows.Dispose();
            return new ActivityFile(path, "XLSX", issues, []);
        }

        return new ActivityFile(path, "XLSX", issues, Records(leading.Skip(headerAt + 1).ToList(), rows, map));
    }

    private static bool NamesARequiredColumn(List<string?> cells) =>
        cells.Exists(c => ActivityColumns.Find(c) is { } column && ActivityColumns.Required.Contains(column));

    private static IEnumerable<RawActivityRecord> Records(
        List<(int Line, List<string?> Cells)> buffered, IEnumerator<(int Line, List<string?> Cells)> rows, HeaderMap map)
    {
        using (rows)
        {
            foreach (var (line, cells) in buffered)
            {
                yield return new RawActivityRecord(line, map.Cells(i => i < cells.Count ? cells[i] : null));
            }

            while (rows.MoveNext())
            {
                var (line, cells) = rows.Current;
                yield return new RawActivityRecord(line, map.Cells(i => i < cells.Count ? cells[i] : null));
            }
        }
    }

    /// <summary>Non-empty rows of the sheet with their row numbers; owns and finally disposes the document.</summary>
    private static IEnumerable<(int Line, List<string?> Cells)> ReadRows(SpreadsheetDocument document, WorksheetPart part, string[] strings)
    {
        using (document)
        using (var reader = OpenXmlReader.Create(part))
        {
            var line = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                line = row.RowIndex?.Value is { } index ? (int)index : line + 1;
                var cells = new List<string?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count <= column)
                    {
                        cells.Add(null);
                    }

                    cells[column] = CellText(cell, strings);
                }

                if (cells.Exists(c => !string.IsNullOrWhiteSpace(c)))
                {
                    yield return (line, cells);
                }
            }
        }
    }

    private static string? CellText(Cell cell, string[] strings)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? strings[i] : null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.Text?.Text ?? cell.InlineString?.InnerText;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.String || type == CellValues.Date || type == CellValues.Error || raw is null)
        {
            return raw;
        }

        return ExcelNumber(raw);
    }

    /// <summary>A stored double as Excel displays it: at most 15 significant digits, no exponent.</summary>
    internal static string ExcelNumber(string raw)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
        {
            return raw;
        }

        return value.ToString("G" + ExcelSignificantDigits, CultureInfo.InvariantCulture) is var text
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact.ToString(CultureInfo.InvariantCulture)
            : raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static string[] SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(item => item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)))
            .ToArray() ?? [];
}
