using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Web.Tests.Features.ActivityData;

namespace Tanpan.Web.Tests.Features.ActivityImports;

/// <summary>Files an import must refuse with a clear message: (bytes, file name, part of the English message).</summary>
internal static class BrokenFiles
{
    public static TheoryData<string> Names { get; } =
        ["wrong-encoding", "missing-columns", "merged-cells", "formula", "empty-sheet", "random-bytes-xlsx", "random-bytes-csv", "zip-bomb"];

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
        "random-bytes-xlsx" => (Random(), "random.xlsx", "not a valid .xlsx"),
        "random-bytes-csv" => (Random(), "random.csv", "neither UTF-8 nor Big5"),
        "zip-bomb" => (ZipBomb(), "bomb.xlsx", "would expand"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] Random()
    {
        var bytes = new byte[64 * 1024];
        new Random(4).NextBytes(bytes);
        return bytes;
    }

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

    /// <summary>A valid workbook whose sheet part declares 128 MB of XML (whitespace) packed into a few hundred kB.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(Path.Combine("samples", "seed001-example-2021.xlsx")));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/padding.xml", CompressionLevel.Optimal);
            using var padding = entry.Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 128; i++)
            {
                padding.Write(spaces);
            }
        }

        return stream.ToArray();
    }
}
