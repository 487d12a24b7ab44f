using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tanpan.Documents.Cbam.Workbook;

/// <summary>
/// Writes the sheets and the workbook's defined names as one .xlsx with the Open XML SDK. The workbook is small (the
/// template's limits bound it to a few thousand cells), so it is built in memory and copied to the output, which then
/// only needs to be writable. Every sheet prints on A4 landscape, fitted to the page width, with its print area and
/// the rows it repeats on each page (ECMA-376 Part 1, §18.2.5 definedName: _xlnm.Print_Area, _xlnm.Print_Titles).
/// </summary>
internal static class CbamPackage
{
    /// <summary>ECMA-376 Part 1, §18.3.1.63 pageSetup: paperSize 9 is A4.</summary>
    private const uint A4 = 9;

    public static void Write(Stream output, IReadOnlyList<CbamSheet> sheets, IReadOnlyList<(string Name, string Reference)> names, string title)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = CbamStyles.Create();
            var sheetList = new Sheets();
            var defined = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = BuildWorksheet(sheet);
                sheetList.Append(new Sheet
                {
                    Name = sheet.Name,
                    SheetId = (uint)(i + 1),
                    Id = workbook.GetIdOfPart(part),
                    State = sheet.Hidden ? SheetStateValues.Hidden : null,
                });
                var quoted = Quote(sheet.Name);
                if (sheet.PrintArea is { } area)
                {
                    var ranges = string.Join(",", area.Split(',').Select(r => quoted + "!" + r));
                    defined.Append(new DefinedName(ranges) { Name = "_xlnm.Print_Area", LocalSheetId = (uint)i });
                }

                if (sheet.PrintTitles is { } titles)
                {
                    defined.Append(new DefinedName(quoted + "!" + titles) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                }
            }

            foreach (var (name, reference) in names.OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase))
            {
                defined.Append(new DefinedName(reference) { Name = name });
            }

            // Cached values are there for readers that do not calculate; Excel and LibreOffice recalculate on open.
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                sheetList, defined, new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "Tanpan";
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>A sheet name as a formula reference: quoted when it holds anything but letters, digits and underscores.</summary>
    public static string Quote(string sheet) =>
        sheet.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static Worksheet BuildWorksheet(CbamSheet sheet)
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var columns = BuildColumns(sheet);
        if (columns.HasChildren)
        {
            worksheet.Append(columns);
        }

        var data = new SheetData();
        foreach (var row in sheet.Cells.GroupBy(c => c.Key.Row))
        {
            var element = new Row { RowIndex = (uint)row.Key };
            if (sheet.RowHeights.TryGetValue(row.Key, out var height))
            {
                element.Height = height;
                element.CustomHeight = true;
            }

            foreach (var (key, cell) in row)
            {
                element.Append(BuildCell(key, cell));
            }

            data.Append(element);
        }

        worksheet.Append(data);
        if (sheet.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)sheet.Merges.Count });
        }

        worksheet.Append(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = A4, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    private static Columns BuildColumns(CbamSheet sheet)
    {
        var columns = new Columns();
        foreach (var index in sheet.Widths.Keys.Union(sheet.HiddenColumns).Order())
        {
            var hidden = sheet.HiddenColumns.Contains(index);
            columns.Append(new Column
            {
                Min = (uint)(index + 1),
                Max = (uint)(index + 1),
                Width = sheet.Widths.TryGetValue(index, out var w) ? w : 9,
                CustomWidth = true,
                Hidden = hidden ? true : null,
            });
        }

        return columns;
    }

    private static Cell BuildCell((int Row, int Column) key, CbamCell cell)
    {
        var element = new Cell { CellReference = Register.CellRefs.Cell(key.Column, key.Row), StyleIndex = cell.Style == 0 ? null : cell.Style };
        if (cell.Formula is { } formula)
        {
            element.Append(new CellFormula(formula));
        }

        switch (cell.Value)
        {
            case "" when cell.Formula is null:
                break;
            case string text when cell.Formula is null:
                element.DataType = CellValues.InlineString;
                element.Append(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                break;
            case string text:
                element.DataType = CellValues.String;
                element.Append(new CellValue(text));
                break;
            case bool flag:
                element.DataType = CellValues.Boolean;
                element.Append(new CellValue(flag ? "1" : "0"));
                break;
            case decimal number:
                element.Append(new CellValue(((double)number).ToString("R", CultureInfo.InvariantCulture)));
                break;
            default:
                throw new InvalidOperationException($"unexpected cell value {cell.Value.GetType().Name}");
        }

        return element;
    }
}
