using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Core.Gases;
using Tanpan.Core.Sources;
using Tanpan.Documents.Inventories;

namespace Tanpan.Bench.Exports;

/// <summary>
/// The reference: the plain Open XML SDK streaming writer (<see cref="OpenXmlWriter"/>, one <see cref="Cell"/>
/// object per cell, inline strings) writing the cells of 3-定量盤查 — the same text, numbers, formulas and
/// cached values as the register's row writer — into a one-sheet workbook with no styles and no other sheets.
/// </summary>
internal static class ReferenceWriter
{
    public static long Write(Stream stream, InventoryDocument doc)
    {
        long cells = 0;
        using var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = package.AddWorkbookPart();
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            var n = 3;
            foreach (var r in doc.Result.Rows)
            {
                n++;
                var row = n.ToString(CultureInfo.InvariantCulture);
                writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", row)]);
                var col = 0;
                string Ref() => Column(col++) + row;
                void Text(string? s)
                {
                    if (string.IsNullOrEmpty(s))
                    {
                        col++;
                        return;
                    }

                    writer.WriteElement(new Cell(new InlineString(new Text(s))) { CellReference = Ref(), DataType = CellValues.InlineString });
                    cells++;
                }

                void Number(double v)
                {
                    writer.WriteElement(new Cell(new CellValue(v.ToString("R", CultureInfo.InvariantCulture))) { CellReference = Ref() });
                    cells++;
                }

                void Formula(string f, double v)
                {
                    writer.WriteElement(new Cell(new CellFormula(f), new CellValue(v.ToString("R", CultureInfo.InvariantCulture))) { CellReference = Ref() });
                    cells++;
                }

                var a = r.Row;
                Text(InventoryDocument.SourceId(doc.SourceOfLine[a.Line]));
                Number(a.Line);
                Text(a.Facility);
                Text(a.Source ?? a.Process);
                Text(a.Equipment);
                Text(a.MaterialText);
                Text(SourceTypes.NameZh(a.SourceType));
                Number(r.Category);
                Text(a.DataSource);
                Number((double)a.Amount);
                Text(a.UnitText);
                Number((double)(a.Unit.ToBase / r.ConvertedUnit.ToBase));
                Formula($"J{row}*L{row}", (double)r.ConvertedAmount);
                Text(r.ConvertedUnit.Key);
                Number((double)(r.Equipment?.LeakFraction ?? 1m));
                Formula($"M{row}*O{row}", (double)r.FactorBasis);
                for (var s = 0; s < 3; s++)
                {
                    if (s >= r.Gases.Count)
                    {
                        col += 6;
                        continue;
                    }

                    var g = r.Gases[s];
                    var c = 16 + (6 * s);
                    Text(g.Species);
                    Text(r.Factor.IsCo2e ? "CO2" : GasSpecies.GroupOf(g.Species)?.ToString());
                    Number((double)g.KgPerUnit);
                    Formula($"P{row}*{Column(c + 2)}{row}", (double)g.Kilograms);
                    Number((double)(g.Gwp ?? 1m));
                    Formula($"{Column(c + 3)}{row}*{Column(c + 4)}{row}", (double)g.Co2e.Kilograms);
                }

                Formula($"SUM(V{row},AB{row},AH{row})/1000", (double)r.Total.Tonnes);
                Text(r.Factor.Id);
                Text(r.Factor.Source);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "3-定量盤查", SheetId = 1, Id = workbook.GetIdOfPart(part) }));
        return cells;
    }

    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}
