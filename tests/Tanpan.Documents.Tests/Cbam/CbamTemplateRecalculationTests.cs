using System.Globalization;
using Tanpan.Documents.Cbam;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Cbam;

/// <summary>
/// LibreOffice recalculates the written template from its inputs (every formula, not the cached values) and gets the
/// hand-worked figures; and it prints the sheets readably (A4 landscape, fitted to the width, titles repeated).
/// </summary>
public sealed class CbamTemplateRecalculationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(CbamCommunication communication, string name)
    {
        var path = _dir.File(name);
        using var file = File.Create(path);
        CbamTemplateWriter.Write(communication, file);
        return path;
    }

    /// <summary>
    /// Every formula cell of both examples, recalculated by Calc, equals the value the writer cached (1e-9 relative), and
    /// the SEE it computes is the hand-worked one.
    /// </summary>
    [Theory]
    [InlineData("bolts")]
    [InlineData("cement")]
    public void Recalculated_EveryFormula_EqualsItsCachedValue(string example)
    {
        var path = Write(example == "bolts" ? CbamExamples.Bolts() : CbamExamples.Cement(), example + ".xlsx");
        LibreOffice.Convert(path, LibreOffice.CsvAllSheets, _dir.Path, recalculate: true);
        var book = WorkbookText.Load(path);
        var checkedCells = 0;
        foreach (var (sheet, cells) in book.Sheets)
        {
            var csv = CalcCsv.Read(_dir.File($"{example}-{sheet}.csv"));
            foreach (var cell in cells.Where(c => c.Formula is not null))
            {
                var recalculated = CalcCsv.At(csv, cell.Row, cell.Column);
                var where = $"{sheet}!{cell.Reference} = {cell.Formula}";
                if (double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var cached))
                {
                    var value = double.Parse(recalculated, NumberStyles.Float, CultureInfo.InvariantCulture);
                    value.ShouldBe(cached, Math.Max(1e-9, Math.Abs(cached) * 1e-9), where);
                }
                else
                {
                    recalculated.ShouldBe(cell.Value, where);
                }

                checkedCells++;
            }
        }

        checkedCells.ShouldBeGreaterThan(example == "bolts" ? 60 : 40);

        // And the SEE Calc computed from the inputs is the hand-worked one (CbamExamples), read from its own output.
        var products = CalcCsv.Read(_dir.File($"{example}-Summary_Products.csv"));
        var communication = CalcCsv.Read(_dir.File($"{example}-Summary_Communication.csv"));
        double See(List<List<string>> rows, int row, string column) => double.Parse(CalcCsv.At(rows, row, column), CultureInfo.InvariantCulture);
        if (example == "bolts")
        {
            See(products, 10, "I").ShouldBe((double)CbamExamples.BoltSee, 1e-12);
            See(products, 11, "I").ShouldBe((double)CbamExamples.WireSee, 1e-12);
            See(communication, 26, "K").ShouldBe((double)CbamExamples.BoltSee, 1e-12);
            CalcCsv.At(products, 10, "F").ShouldBe("73181588");
        }
        else
        {
            See(products, 10, "I").ShouldBe(421d / 600d, 1e-12);
            See(products, 10, "J").ShouldBe(0.0685, 1e-12);
            See(communication, 26, "O").ShouldBe(0.135, 1e-12);
        }
    }

    [Fact]
    public void Printed_Bolts_ShowsEverySheetTitleWithoutHashes()
    {
        var path = Write(CbamExamples.Bolts(), "print.xlsx");
        LibreOffice.Convert(path, "pdf", _dir.Path);
        var text = LibreOffice.PdfText(_dir.File("print.pdf"));
        foreach (var title in (string[])["General information, production processes and purchased precursors", "Source streams and emission sources",
            "Installation-level GHG emissions", "Production level and attributed emissions", "Purchased precursors for SEE calculation",
            "Summary of production processes", "Summary of products", "Communication with reporting declarants"])
        {
            text.ShouldContain(title);
        }

        text.ShouldContain("2.701545"); // #,##0.00#### shows six decimals
        text.ShouldNotContain("###");
        LibreOffice.PdfPages(_dir.File("print.pdf")).ShouldBeLessThan(20);
    }
}
