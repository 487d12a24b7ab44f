using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Documents.Cbam;
using Tanpan.Documents.Tests.Support;
using Tanpan.Testing;

namespace Tanpan.Documents.Tests.Cbam;

/// <summary>
/// The written communication template read back: the template's sheet names and cell positions, every formula with its
/// exact cached value (golden projection), the defined names on the key cells, the hand-worked SEE (CbamExamples).
/// </summary>
public sealed class CbamTemplateWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    internal string Write(CbamCommunication communication, string name = "bolts.xlsx")
    {
        var path = _dir.File(name);
        using (var file = File.Create(path))
        {
            CbamTemplateWriter.Write(communication, file);
        }

        return path;
    }

    [Fact]
    public void Write_Bolts_HasTheTemplateSheetsInItsOrderWithItsHelpersHidden()
    {
        using var document = SpreadsheetDocument.Open(Write(CbamExamples.Bolts()), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(
        [
            "A_InstData", "B_EmInst", "C_Emissions&Energy", "D_Processes", "E_PurchPrec", "Summary_Processes", "Summary_Products",
            "Summary_Communication", "InputOutput", "Parameters_Constants",
        ]);
        sheets.Where(s => s.State?.Value == SheetStateValues.Hidden).Select(s => s.Name!.Value).ShouldBe(["InputOutput", "Parameters_Constants"]);
    }

    /// <summary>Every cell, formula and cached value of the bolts example, against the approved projection.</summary>
    [Fact]
    public void Write_Bolts_MatchesApprovedProjection() =>
        Approvals.Verify(WorkbookText.Load(Write(CbamExamples.Bolts())).Projection());

    /// <summary>The template's labels at the template's cells (version 20241213), so a reader of the EU file finds them here.</summary>
    [Theory]
    [InlineData("A_InstData", "E20", "Name of the installation (English name):")]
    [InlineData("A_InstData", "E27", "UNLOCODE:")]
    [InlineData("A_InstData", "D83", "P1")]
    [InlineData("A_InstData", "D102", "PP1")]
    [InlineData("B_EmInst", "E13", "Source stream name")]
    [InlineData("C_Emissions&Energy", "L24", "Total direct emissions")]
    [InlineData("D_Processes", "E24", "Total production within installation (= denominator for SEE calculation):")]
    [InlineData("D_Processes", "E54", "Directly attributable emissions (DirEm*)")]
    [InlineData("D_Processes", "D76", "Production process 2:")]
    [InlineData("E_PurchPrec", "E49", "Specific embedded direct emissions (SEE (direct))")]
    [InlineData("Summary_Processes", "H100", "SEE (direct)")]
    [InlineData("Summary_Products", "F8", "CN Codes")]
    [InlineData("Summary_Communication", "D12", "Name of the installation (English name):")]
    [InlineData("Summary_Communication", "I25", "SEE (direct)")]
    public void Write_Bolts_LabelsSitWhereTheTemplateHasThem(string sheet, string cell, string label) =>
        WorkbookText.Load(Write(CbamExamples.Bolts())).Cell(sheet, cell).Value.ShouldBe(label);

    /// <summary>The hand-worked figures of <see cref="CbamExamples"/> as the cached values of the formulas that compute them.</summary>
    [Fact]
    public void Write_Bolts_FormulasCarryTheHandWorkedFigures()
    {
        var book = WorkbookText.Load(Write(CbamExamples.Bolts()));
        void Is(string sheet, string cell, string formula, decimal value)
        {
            var c = book.Cell(sheet, cell);
            c.Formula.ShouldBe(formula, $"{sheet}!{cell}");
            decimal.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(value, $"{sheet}!{cell}");
        }

        Is("D_Processes", "T62", "SUM(L61*CONST_EFNatGas-M61*CONST_EFNatGas*0.667)", -18.7374m);
        Is("D_Processes", "T72", "-SUM(L71)*SUM(L72)", -4m);
        Is("InputOutput", "E71", "D_Processes!T54+D_Processes!T58+D_Processes!T62+D_Processes!T72", 27.2626m);
        Is("InputOutput", "H71", "E_PurchPrec!L28*AK81", 2205m);
        Is("InputOutput", "AK71", "(E71+H71)/G71", CbamExamples.WireSee);
        Is("InputOutput", "E72", "D_Processes!T119+D_Processes!T123+D_Processes!T127+D_Processes!T137", 152.2m);
        Is("InputOutput", "H72", "D_Processes!L32*AK71", 2009.03634m);
        Is("InputOutput", "AK72", "(E72+H72)/G72", CbamExamples.BoltSee);
        Is("D_Processes", "L32", null!, 900m);
        Is("Summary_Processes", "H103",
            "IF($E103=\"\",\"\",INDEX(InputOutput!AK$71:AK$100,MATCH($E103,InputOutput!$D$71:$D$100,0)))", CbamExamples.BoltSee);
        Is("Summary_Products", "I10",
            "IF(OR($D10=\"\",$D10=CONST_NA),\"\",INDEX(InputOutput!$AK$71:$AK$80,MATCH($D10,InputOutput!$D$71:$D$80,0)))", CbamExamples.BoltSee);
        Is("Summary_Communication", "I26", "IF(Summary_Products!I10=\"\",\"\",Summary_Products!I10)", CbamExamples.BoltSee);
        Is("C_Emissions&Energy", "L27", "SUM(H27,J27:K27)", 1025.75m);
        Is("C_Emissions&Energy", "N27", "IF(COUNT(L27:M27)>0,SUM(L27:M27),\"\")", 1145.75m);
        book.Cell("Summary_Products", "J10").Value.ShouldBe("");
        book.Cell("Summary_Products", "F10").Value.ShouldBe("73181588");
    }

    /// <summary>Each defined name points at the cell it names, and that cell holds the figure.</summary>
    [Theory]
    [InlineData("Tanpan_InstallationName", "A_InstData!$I$20", "Kaohsiung Fastener Works")]
    [InlineData("Tanpan_PeriodStart", "A_InstData!$I$9", "46023")]
    [InlineData("Tanpan_P1_ActivityLevel", "D_Processes!$L$24", "1000")]
    [InlineData("Tanpan_P2_AttrEmDirect", "InputOutput!$E$72", "152.2")]
    [InlineData("Tanpan_P1_SEEDirect", "Summary_Processes!$H$102", "2.2322626")]
    [InlineData("Tanpan_P2_SEEDirect", "Summary_Processes!$H$103", "2.701545425")]
    [InlineData("Tanpan_PP1_SEEDirect", "E_PurchPrec!$L$49", "2.1")]
    [InlineData("Tanpan_Product1_CnCode", "Summary_Products!$F$10", "73181588")]
    [InlineData("Tanpan_Product1_SEEDirect", "Summary_Products!$I$10", "2.701545425")]
    [InlineData("Tanpan_Product2_SEETotal", "Summary_Products!$K$11", "2.2322626")]
    [InlineData("Tanpan_TotalDirectEmissions", "'C_Emissions&Energy'!$L$27", "1025.75")]
    [InlineData("CONST_EFNatGas", "Parameters_Constants!$B$13", "56.1")]
    public void Write_Bolts_DefinedNamesPointAtTheirCells(string name, string reference, string value)
    {
        var path = Write(CbamExamples.Bolts());
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == name && n.LocalSheetId is null).Text
                .ShouldBe(reference);
        }

        var bang = reference.LastIndexOf('!');
        WorkbookText.Load(path).Cell(reference[..bang].Trim('\''), reference[(bang + 1)..].Replace("$", "", StringComparison.Ordinal)).Value.ShouldBe(value);
    }

    /// <summary>Cement: indirect emissions relevant, a process precursor and a purchased one with its own SEE (indirect).</summary>
    [Fact]
    public void Write_Cement_IndirectSeeAndEmbeddedElectricityFollowThePrecursors()
    {
        var book = WorkbookText.Load(Write(CbamExamples.Cement(), "cement.xlsx"));
        decimal N(string sheet, string cell) => decimal.Parse(book.Cell(sheet, cell).Value, System.Globalization.CultureInfo.InvariantCulture);
        N("Summary_Processes", "J102").ShouldBe(0.05m);
        N("Summary_Products", "I10").ShouldBe(421m / 600m, 1e-15m);
        N("Summary_Products", "J10").ShouldBe(0.0685m);
        N("Summary_Products", "O10").ShouldBe(0.135m);
        N("E_PurchPrec", "L52").ShouldBe(0.06m);
        book.Cell("InputOutput", "I72").Formula.ShouldBe("D_Processes!L32*N(AM71)+E_PurchPrec!L29*N(AM81)");
    }

    /// <summary>
    /// Iron and steel count direct emissions only in the definitive period (the template's category flag, Parameters_Constants
    /// C93): electricity given for it is written in D_Processes (j) but (f) says "not applicable" and SEE (indirect) stays empty.
    /// </summary>
    [Fact]
    public void Write_IronAndSteelWithElectricity_KeepsSeeIndirectEmpty()
    {
        var c = CbamExamples.Bolts();
        var bolts = c with { Processes = [c.Processes[0], c.Processes[1] with { Electricity = new CbamElectricity(100m, 0.5m, "D.4.1") }] };
        var book = WorkbookText.Load(Write(bolts, "steel-electricity.xlsx"));
        book.Cell("D_Processes", "L130").Value.ShouldBe("100");
        book.Cell("D_Processes", "T131").Value.ShouldBe("50");
        book.Cell("D_Processes", "M115").Value.ShouldBe("0");
        book.Cell("InputOutput", "F72").Value.ShouldBe("");
        book.Cell("Summary_Products", "J10").Value.ShouldBe("");
        book.Cell("Summary_Products", "K10").Value.ShouldBe("2.701545425");
    }

    /// <summary>Categories are written as the template spells them, whatever the case the caller used.</summary>
    [Fact]
    public void Write_CategoryInAnotherCase_IsWrittenInTheTemplateSpelling()
    {
        var c = CbamExamples.Cement();
        var cement = c with { Processes = [c.Processes[0] with { GoodsCategory = "cement CLINKER" }, c.Processes[1]] };
        WorkbookText.Load(Write(cement, "case.xlsx")).Cell("A_InstData", "E83").Value.ShouldBe("Cement clinker");
    }
}
