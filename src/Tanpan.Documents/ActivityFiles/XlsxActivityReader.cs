using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Core.Inventory;
using Tanpan.Core.Text;

namespace Tanpan.Documents.ActivityFiles;

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

    /// <summary>Characters a part the Open XML SDK loads whole (the workbook part) may hold: 4 M, far above any real workbook.xml.</summary>
    private const long MaxDomPartCharacters = 4L << 20;

    /// <summary>Largest total size the workbook's parts may expand to; above it the file is refused unread (zip bomb).</summary>
    public const long MaxExpandedBytes = 1L << 30;

    /// <summary>Expansion above this ratio is refused for a workbook that expands to more than <see cref="RatioCheckFromBytes"/>.</summary>
    public const long MaxExpansionRatio = 200;

    /// <summary>
    /// Opens the workbook at <paramref name="path"/>. A file that is not a workbook, would expand like a zip bomb, holds
    /// malformed XML or a DTD, a cell beyond XFD1048576, or more than <paramref name="budget"/> (64 MB by default) of
    /// shared strings or of one row's cells throws <see cref="ActivityFileRefusedException"/>, here or while the rows
    /// are read.
    /// </summary>
    public static ActivityFile Open(string path, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        budget ??= ReadBudget.Default;
        ZipBombCheck.Check(path);

        SpreadsheetDocument document;
        try
        {
            // Parts the SDK itself loads (the workbook) are bounded too; the sheets and strings are streamed below.
            document = SpreadsheetDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = MaxDomPartCharacters });
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or XmlException)
        {
            throw new ActivityFileRefusedException("不是有效的 .xlsx 活頁簿（無法開啟壓縮檔或其目錄），未讀取",
                $"not a valid .xlsx workbook ({e.GetType().Name}: the zip or its directory cannot be read); not read", e);
        }

        try
        {
            return Open(path, document, budget);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static ActivityFile Open(string path, SpreadsheetDocument document, ReadBudget budget)
    {
        List<Sheet> sheets;
        try
        {
            sheets = document.WorkbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or OpenXmlPackageException or InvalidOperationException)
        {
            throw new ActivityFileRefusedException("活頁簿的 workbook.xml 無效（格式錯誤、截斷、含 DTD 或過大），未讀取",
                $"the workbook's workbook.xml is not valid (malformed, truncated, with a DTD or too large: {e.GetType().Name}); not read", e);
        }

        var workbook = document.WorkbookPart;
        if (workbook is null || sheets.Count == 0)
        {
            document.Dispose();
            return ActivityFileReader.Failed(path, "活頁簿沒有工作表", "the workbook has no worksheet");
        }

        var sheet = sheets.FirstOrDefault(s => PreferredSheets.Contains(TextKey.Normalize(s.Name?.Value ?? ""))) ?? sheets[0];
        if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part)
        {
            document.Dispose();
            return ActivityFileReader.Failed(path, $"「{sheet.Name}」不是資料工作表（可能是圖表）", $"'{sheet.Name}' is not a worksheet (a chart sheet?)");
        }

        var strings = SharedStringsReader.Read(workbook, budget);
        var notes = new XlsxSheetNotes();
        var rows = SheetRowReader.Read(document, part, strings, notes, budget).GetEnumerator();
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
        List<(int Line, List<string?> Cells)> buffered, IEnumerator<(int Line, List<string?> Cells)> rows, HeaderMap map, XlsxSheetNotes notes)
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

    private static RawActivityRecord Record(int line, List<string?> cells, HeaderMap map, XlsxSheetNotes notes) =>
        notes.FormulaWithoutValue.Remove(line, out var reference)
            ? RawActivityRecord.Broken(line, $"儲存格 {reference} 是沒有計算結果的公式：請在 Excel 開啟並儲存，或改貼上數值",
                $"cell {reference} holds a formula without a computed value; open and save the file in Excel, or paste values")
            : new RawActivityRecord(line, map.Cells(i => i < cells.Count ? cells[i] : null));

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
}
