using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Tanpan.Documents.ActivityFiles;

/// <summary>
/// Streams a worksheet's rows (ECMA-376 Part 1, §18.3.1.73 <c>row</c>, §18.3.1.4 <c>c</c>) with a forward-only XML
/// reader. A cell reference must lie within Excel's grid — columns A to XFD (16,384), rows 1 to 1,048,576
/// ("Excel specifications and limits") — or the file is refused: a reference far beyond it would otherwise make the
/// row as long as its column number. The cells of the row being read are charged to the import's
/// <see cref="ReadBudget"/> and released once the row is passed on.
/// </summary>
internal static class SheetRowReader
{
    public const int MaxColumns = 16_384;

    public const int MaxRows = 1_048_576;

    private const string Part = "worksheet";

    /// <summary>Non-empty rows with their row numbers; owns and finally disposes the document.</summary>
    public static IEnumerable<(int Line, List<string?> Cells)> Read(
        IDisposable document, WorksheetPart part, List<string> strings, XlsxSheetNotes notes, ReadBudget budget)
    {
        using (document)
        using (var xml = SheetXml.Open(part, Part))
        {
            var line = 0;
            var text = new StringBuilder();
            while (SheetXml.Read(xml, Part))
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "mergeCell" && notes.MergedRange is null)
                {
                    notes.MergedRange = xml.GetAttribute("ref") ?? "?";
                    notes.MergedRow = RowOf(notes.MergedRange);
                    continue;
                }

                if (xml.LocalName != "row")
                {
                    continue;
                }

                line = xml.GetAttribute("r") is { } r ? RowAttribute(r) : line + 1;
                if (line > MaxRows)
                {
                    throw BeyondGrid($"第 {line:N0} 列", $"row {line:N0}");
                }

                var cells = new List<string?>();
                var charged = ReadCells(xml, line, cells, strings, notes, budget, text);
                if (cells.Exists(c => !string.IsNullOrWhiteSpace(c)))
                {
                    yield return (line, cells);
                }

                budget.Release(charged);
            }
        }
    }

    /// <summary>Reads the cells of the row the reader stands on into <paramref name="cells"/>; answers the bytes charged.</summary>
    private static long ReadCells(
        XmlReader xml, int line, List<string?> cells, List<string> strings, XlsxSheetNotes notes, ReadBudget budget, StringBuilder text)
    {
        if (xml.IsEmptyElement)
        {
            return 0;
        }

        long charged = 0;
        var rowDepth = xml.Depth;
        string? reference = null, type = null, raw = null;
        bool formula = false, inline = false;
        int cellDepth = -1, valueDepth = -1, rPhDepth = -1;
        while (SheetXml.Read(xml, Part) && xml.Depth > rowDepth)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "c" && cellDepth < 0:
                    (reference, type, raw, formula, inline) = (xml.GetAttribute("r"), xml.GetAttribute("t"), null, false, false);
                    text.Clear();
                    cellDepth = xml.Depth;
                    if (xml.IsEmptyElement)
                    {
                        charged += Store(cells, reference, null, budget);
                        cellDepth = -1;
                    }

                    break;
                case XmlNodeType.Element when cellDepth >= 0 && xml.LocalName == "f":
                    formula = true;
                    break;
                case XmlNodeType.Element when cellDepth >= 0 && xml.LocalName == "is":
                    inline = true;
                    break;
                case XmlNodeType.Element when cellDepth >= 0 && xml.LocalName == "rPh" && !xml.IsEmptyElement:
                    rPhDepth = xml.Depth;
                    break;
                case XmlNodeType.Element when cellDepth >= 0 && !xml.IsEmptyElement && rPhDepth < 0
                    && ((xml.LocalName == "v" && !inline) || (xml.LocalName == "t" && inline)):
                    valueDepth = xml.Depth;
                    raw ??= "";
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when valueDepth >= 0:
                    SheetXml.Append(text, xml.Value, Part);
                    break;
                case XmlNodeType.EndElement when xml.Depth == valueDepth:
                    valueDepth = -1;
                    break;
                case XmlNodeType.EndElement when xml.Depth == rPhDepth:
                    rPhDepth = -1;
                    break;
                case XmlNodeType.EndElement when xml.Depth == cellDepth:
                    raw = raw is null ? null : text.ToString();
                    if (formula && raw is null)
                    {
                        notes.FormulaWithoutValue.TryAdd(line, reference ?? "?");
                    }

                    charged += Store(cells, reference, inline ? raw : CellText(type, raw, strings), budget);
                    cellDepth = -1;
                    break;
            }
        }

        return charged;
    }

    /// <summary>Puts a cell's text at its column (the reference's, else the next); answers the bytes charged.</summary>
    private static long Store(List<string?> cells, string? reference, string? value, ReadBudget budget)
    {
        var column = reference is null ? cells.Count : ColumnIndex(reference);
        var cost = (value is null ? 0 : ReadBudget.StringCost(value.Length)) + (8L * Math.Max(0, column + 1 - cells.Count));
        budget.Charge(cost, "工作表一列的儲存格", "the cells of one worksheet row");
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = value;
        return cost;
    }

    private static string? CellText(string? type, string? raw, List<string> strings) => type switch
    {
        "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : null,
        "b" => raw == "1" ? "TRUE" : "FALSE",
        "str" or "d" or "e" or "inlineStr" => raw,
        _ => raw is null ? null : XlsxActivityReader.ExcelNumber(raw),
    };

    /// <summary>The zero-based column of a reference such as <c>AB12</c>; refused beyond XFD.</summary>
    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var letter = char.ToUpperInvariant(c);
            if (!char.IsAsciiLetterUpper(letter))
            {
                break;
            }

            index = (index * 26) + (letter - 'A' + 1);
            if (++letters > 3 || index > MaxColumns)
            {
                throw BeyondGrid($"儲存格 {Clip(reference)}", $"cell {Clip(reference)}");
            }
        }

        if (letters == 0)
        {
            throw new ActivityFileRefusedException($"儲存格參照「{Clip(reference)}」無效，未讀取", $"the cell reference '{Clip(reference)}' is not valid; not read");
        }

        RowNumber(reference[letters..], reference);
        return index - 1;
    }

    /// <summary>A row's <c>r</c> attribute: 1 to 1,048,576, else refused.</summary>
    private static int RowAttribute(string r) =>
        long.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= MaxRows ? (int)row
        : long.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > MaxRows ? throw BeyondGrid($"第 {row:N0} 列", $"row {row:N0}")
        : throw BeyondGrid($"第 {Clip(r)} 列", $"row {Clip(r)}");

    /// <summary>A row number 1 to 1,048,576; anything else is refused.</summary>
    private static int RowNumber(string digits, string reference) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= MaxRows
            ? row
            : throw BeyondGrid($"儲存格 {Clip(reference)}", $"cell {Clip(reference)}");

    private static ActivityFileRefusedException BeyondGrid(string zh, string en) => new(
        $"{zh} 超出 Excel 的範圍（欄 A–XFD、列 1–1,048,576），未讀取",
        $"{en} lies beyond Excel's grid (columns A–XFD, rows 1–1,048,576); not read");

    private static string Clip(string reference) => reference.Length <= 24 ? reference : reference[..24] + "…";

    private static int RowOf(string reference) =>
        int.TryParse(new string(reference.SkipWhile(char.IsAsciiLetter).TakeWhile(char.IsAsciiDigit).ToArray()),
            NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 1;
}
