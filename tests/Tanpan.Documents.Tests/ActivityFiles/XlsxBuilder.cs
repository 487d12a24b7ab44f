using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Documents.Tests.ActivityFiles;

/// <summary>
/// Builds a small .xlsx with the Open XML SDK, row by row with explicit row numbers, so a test
/// controls exactly how each cell is stored: missing rows, missing cells (null), string kinds, raw numbers.
/// </summary>
internal sealed class XlsxBuilder
{
    private readonly List<(string Name, List<(uint Number, XlsxCell?[] Cells)> Rows)> _sheets = [];

    public XlsxBuilder Sheet(string name)
    {
        _sheets.Add((name, []));
        return this;
    }

    /// <summary>Adds row <paramref name="number"/> to the last sheet; a null cell is left out of the XML.</summary>
    public XlsxBuilder Row(uint number, params XlsxCell?[] cells)
    {
        if (_sheets.Count == 0)
        {
            Sheet("Sheet1");
        }

        _sheets[^1].Rows.Add((number, cells));
        return this;
    }

    public string Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var strings = new List<IReadOnlyList<string>>();
        uint sheetId = 1;
        foreach (var (name, rows) in _sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            part.Worksheet = new Worksheet(data);
            foreach (var (number, cells) in rows)
            {
                var row = data.AppendChild(new Row { RowIndex = number });
                for (var i = 0; i < cells.Length; i++)
                {
                    if (cells[i] is { } cell)
                    {
                        row.AppendChild(ToXml(cell, ColumnName(i) + number, strings));
                    }
                }
            }

            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
        }

        if (strings.Count > 0)
        {
            var table = workbook.AddNewPart<SharedStringTablePart>();
            table.SharedStringTable = new SharedStringTable(strings.Select(runs => runs.Count == 1
                ? new SharedStringItem(Text(runs[0]))
                : new SharedStringItem(runs.Select(r => new Run(Text(r))))));
        }

        return path;
    }

    private static Cell ToXml(XlsxCell cell, string reference, List<IReadOnlyList<string>> strings) => cell switch
    {
        XlsxCell.SharedText s => new Cell
        {
            CellReference = reference,
            DataType = CellValues.SharedString,
            CellValue = new CellValue(SharedIndex(s.Runs, strings).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        },
        XlsxCell.InlineText t => new Cell(new InlineString(Text(t.Text))) { CellReference = reference, DataType = CellValues.InlineString },
        XlsxCell.NumberValue n => new Cell { CellReference = reference, CellValue = new CellValue(n.Raw) },
        _ => throw new ArgumentOutOfRangeException(nameof(cell)),
    };

    private static int SharedIndex(IReadOnlyList<string> runs, List<IReadOnlyList<string>> strings)
    {
        var index = strings.FindIndex(s => s.SequenceEqual(runs));
        if (index < 0)
        {
            strings.Add(runs);
            index = strings.Count - 1;
        }

        return index;
    }

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
