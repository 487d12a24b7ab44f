using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Documents.Tests.Support;

/// <summary>A workbook read back with the Open XML SDK: per sheet, its cells with formula and stored value.</summary>
internal sealed class WorkbookText
{
    private WorkbookText(List<(string Name, List<SheetCell> Cells)> sheets) => Sheets = sheets;

    public IReadOnlyList<(string Name, List<SheetCell> Cells)> Sheets { get; }

    public static WorkbookText Load(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheets = new List<(string, List<SheetCell>)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var cells = part.Worksheet.Descendants<Cell>().Select(c => new SheetCell(
                c.CellReference!.Value!,
                c.CellFormula?.Text,
                c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "",
                c.DataType?.Value == CellValues.InlineString)).ToList();
            sheets.Add((sheet.Name!.Value!, cells));
        }

        return new WorkbookText(sheets);
    }

    public List<SheetCell> Sheet(string name) => Sheets.Single(s => s.Name == name).Cells;

    public SheetCell Cell(string sheet, string reference) => Sheet(sheet).Single(c => c.Reference == reference);

    /// <summary>The golden projection: one line per row, cells as <c>REF=value</c> or <c>REF==formula → cached</c>.</summary>
    public string Projection(int maxRowsPerSheet = int.MaxValue)
    {
        var text = new StringBuilder();
        foreach (var (name, cells) in Sheets)
        {
            text.Append("## ").AppendLine(name);
            foreach (var row in cells.GroupBy(c => c.Row).Take(maxRowsPerSheet))
            {
                text.AppendLine(string.Join(" | ", row.Select(c => c.Formula is null ? $"{c.Reference}={c.Value}" : $"{c.Reference}=={c.Formula} → {c.Value}")));
            }
        }

        return text.ToString();
    }
}

internal sealed record SheetCell(string Reference, string? Formula, string Value, bool IsText)
{
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    public int Row => int.Parse(Reference.AsSpan(Reference.AsSpan().IndexOfAny(Digits)), CultureInfo.InvariantCulture);

    public string Column => Reference[..Reference.AsSpan().IndexOfAny(Digits)];

    public double Number => double.Parse(Value, CultureInfo.InvariantCulture);
}
