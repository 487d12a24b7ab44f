using Tanpan.Core.Quality;
using Tanpan.Core.Sources;
using Tanpan.Core.Units;
using Tanpan.Documents.Inventories;
using Tanpan.Documents.Register;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Register;

/// <summary>
/// Sheet 2.1-重大性準則 (issue 15 item 4): every source has R, C, P — derived by <see cref="SignificanceRule.Assess"/> from the
/// sheet's own share and sheet 4's A1 × A2 when the caller gave none (the CLI), the organisation's scores when given.
/// </summary>
public sealed class RegisterSignificanceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Seed 001's example: S01 (natural gas, 95.75 %, 操作報表紀錄 A1 1 × A2 2) reads R 5, C 5, P 4, S 100.</summary>
    [Fact]
    public void Sheet21_NoAssessmentGiven_DerivedFromTheShareAndSheet4()
    {
        var book = WorkbookText.Load(Write(ExampleInventory.Document()));
        var sheet = book.Sheet("2.1-重大性準則").ToList();
        var quality = book.Sheet("4-數據品質管理").ToList();
        string At(List<SheetCell> cells, int row, string column) => cells.Single(c => c.Row == row && c.Column == column).Value;
        var rows = sheet.Where(c => c.Column == "A" && c.Value.Length == 3 && c.Value[0] == 'S').Select(c => c.Row).ToList();

        rows.Count.ShouldBe(8);
        foreach (var row in rows)
        {
            var q = quality.Single(c => c.Column == "A" && c.Value == At(sheet, row, "A")).Row;
            var share = (decimal)sheet.Single(c => c.Row == row && c.Column == "F").Number;
            var levels = DataSourceMethods.Unknown with { ActivityLevel = Int(At(quality, q, "F")), CalibrationLevel = Int(At(quality, q, "G")) };
            var (r, c, p) = (Int(At(sheet, row, "H")), Int(At(sheet, row, "I")), Int(At(sheet, row, "J")));

            r.ShouldBe(SignificanceRule.DeriveR(Co2e.FromKilograms(share), Co2e.FromKilograms(1m)), At(sheet, row, "A"));
            c.ShouldBe(5);   // the example's sources are all categories 1–2
            p.ShouldBe(SignificanceRule.DeriveP(levels), At(sheet, row, "A"));
            Int(At(sheet, row, "K")).ShouldBe(r * c * p);
            At(sheet, row, "N").ShouldBe("自動評分 derived");
        }

        var s01 = rows[0];
        (At(sheet, s01, "H"), At(sheet, s01, "I"), At(sheet, s01, "J"), At(sheet, s01, "K")).ShouldBe(("5", "5", "4", "100"));
    }

    [Fact]
    public void Sheet21_OrganisationsScoresGiven_KeptAndMarked()
    {
        var document = ExampleInventory.Document();
        var first = document.Quality.Sources[0];
        var given = new SourceSignificance(first.Facility, first.Source, first.MaterialKey, new SignificanceScores(2, 3, 1, SignificanceFactors.None), false, 1);
        var book = WorkbookText.Load(Write(document with { Info = document.Info with { Significance = [given] } }));
        var sheet = book.Sheet("2.1-重大性準則").ToList();
        var s01 = sheet.Single(c => c.Column == "A" && c.Value == "S01").Row;
        var s02 = sheet.Single(c => c.Column == "A" && c.Value == "S02").Row;
        string At(int row, string column) => sheet.Single(c => c.Row == row && c.Column == column).Value;

        (At(s01, "H"), At(s01, "I"), At(s01, "J"), At(s01, "K"), At(s01, "N")).ShouldBe(("2", "3", "1", "6", "組織評分 scored by the organisation"));
        At(s01, "M").ShouldStartWith("是（類別 1、2 必須量化）");   // category 1 whatever the score
        At(s02, "N").ShouldBe("自動評分 derived");                // a source not given is still derived
    }

    private static int Int(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private string Write(InventoryDocument document) => ExampleInventory.WriteTo(_dir.File($"{Guid.NewGuid():N}.xlsx"), document, RegisterWorkbook.Write);
}
