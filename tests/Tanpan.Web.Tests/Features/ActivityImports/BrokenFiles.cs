using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Documents.Tests.ActivityFiles;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>
/// Files whose problems the import lists in its preview: (bytes, file name, part of the English message). Files the
/// readers refuse outright (random bytes, zip bombs, malformed XML) are in <c>HostileFiles</c>.
/// </summary>
internal static class BrokenFiles
{
    public static TheoryData<string> Names { get; } =
        ["wrong-encoding", "missing-columns", "merged-cells", "formula", "empty-sheet"];

    public static (byte[] Bytes, string FileName, string Expected) Make(string name) => name switch
    {
        "wrong-encoding" => ([.. Encoding.UTF8.GetBytes("廠區,排放型式,原燃物料,活動數據,單位,年度\n"), 0xFF, 0xFE, 0x80, 0x41, 0xFF, 0x0A], "bad.csv", "neither UTF-8 nor Big5"),
        "missing-columns" => (Encoding.UTF8.GetBytes("廠區,排放型式,原燃物料,活動數據,年度\n甲廠,固定燃燒,柴油,1,2021\n"), "cols.csv", "missing required column unit"),
        "merged-cells" => (EditSample(sheet => sheet.Worksheet.InsertAfter(new MergeCells(new MergeCell { Reference = "A2:A9" }) { Count = 1 },
            sheet.Worksheet.GetFirstChild<SheetData>())), "merged.xlsx", "merged cells (A2:A9)"),
        "formula" => (EditSample(sheet =>
        {
            var cell = sheet.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Single(r => r.RowIndex?.Value == 3).Elements<Cell>().First();
            cell.RemoveAllChildren();
            cell.DataType = null;
            cell.CellFormula = new CellFormula("B3&\"廠\"");
        }), "formula.xlsx", "formula without a computed value"),
        "empty-sheet" => (Xlsx(new XlsxBuilder().Sheet("活動數據")), "empty.xlsx", "is empty"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] Xlsx(XlsxBuilder builder)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tanpan-{Guid.NewGuid():N}.xlsx");
        try
        {
            builder.Save(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The seed 001 workbook with its data sheet changed.</summary>
    private static byte[] EditSample(Action<WorksheetPart> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(Path.Combine("samples", "seed001-example-2021.xlsx")));
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            edit(part);
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }
}
