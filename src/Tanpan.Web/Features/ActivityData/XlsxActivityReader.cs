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

    /// <summary>Largest total size the workbook's parts may expand to; above it the file is refused unread (zip bomb).</summary>
    public const long MaxExpandedBytes = 1L << 30;

    /// <summary>Expansion above this ratio is refused for a workbook that expands to more than <see cref="RatioCheckFromBytes"/>.</summary>
    public const long MaxExpansionRatio = 200;

    public static ActivityFile Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (ZipBombCheck.Refusal(path) is { } refusal)
        {
            return refusal;
        }

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
        var notes = new SheetNotes();
        var rows = ReadRows(document, part, strings, notes).GetEnumerator();
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
            return new ActivityFile(path, "XLSX", issues, []) { Sheet = sheet.Name?.Value ?? "" };
        }

        return new ActivityFile(path, "XLSX", issues, Records(leading.Skip(headerAt + 1).ToList(), rows, map, notes)) { Sheet = sheet.Name?.Value ?? "" };
    }

    private static bool NamesARequiredColumn(List<string?> cells) =>
        cells.Exists(c => ActivityColumns.Find(c) is { } column && ActivityColumns.Required.Contains(column));

    private static IEnumerable<RawActivityRecord> Records(
        List<(int Line, List<string?> Cells)> buffered, IEnumerator<(int Line, List<string?> Cells)> rows, HeaderMap map, SheetNotes notes)
    {
        using (rows)
        {
            foreach (var (line, cells) in buffered)
            {
                yield return Record(line, cells, map, notes);
            }

            while (rows.MoveNext())
            {
                var (line, cells) = rows.Current;
                yield return Record(line, cells, map, notes);
            }
        }

        // <mergeCells> follows the rows in the sheet's XML: a merged range leaves all but its first cell empty,
        // so the rows it spans would be read with values missing. Refused rather than guessed.
        if (notes.MergedRange is { } range)
        {
            yield return RawActivityRecord.Broken(notes.MergedRow, $"工作表有合併儲存格（{range}）：請取消合併，每列填入完整資料",
                $"the sheet has merged cells ({range}); unmerge them and fill every row");
        }
    }

    private static RawActivityRecord Record(int line, List<string?> cells, HeaderMap map, SheetNotes notes) =>
        notes.FormulaWithoutValue.Remove(line, out var reference)
            ? RawActivityRecord.Broken(line, $"儲存格 {reference} 是沒有計算結果的公式：請在 Excel 開啟並儲存，或改貼上數值",
                $"cell {reference} holds a formula without a computed value; open and save the file in Excel, or paste values")
            : new RawActivityRecord(line, map.Cells(i => i < cells.Count ? cells[i] : null));

    /// <summary>Non-empty rows of the sheet with their row numbers; owns and finally disposes the document.</summary>
    private static IEnumerable<(int Line, List<string?> Cells)> ReadRows(SpreadsheetDocument document, WorksheetPart part, string[] strings, SheetNotes notes)
    {
        using (document)
        using (var reader = OpenXmlReader.Create(part))
        {
            var line = 0;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement && notes.MergedRange is null)
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    notes.MergedRange = merge.Reference?.Value ?? "?";
                    notes.MergedRow = RowOf(notes.MergedRange);
                    continue;
                }

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
                    if (cell.CellFormula is not null && cell.CellValue is null)
                    {
                        notes.FormulaWithoutValue.TryAdd(line, cell.CellReference?.Value ?? "?");
                    }
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

    private static int RowOf(string reference) =>
        int.TryParse(new string(reference.SkipWhile(char.IsAsciiLetter).TakeWhile(char.IsAsciiDigit).ToArray()),
            NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 1;

    /// <summary>What the row reader noticed besides cell values.</summary>
    private sealed class SheetNotes
    {
        public string? MergedRange { get; set; }

        public int MergedRow { get; set; }

        public Dictionary<int, string> FormulaWithoutValue { get; } = [];
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
