using Tanpan.Documents.Cbam.Workbook;

namespace Tanpan.Documents.Cbam;

/// <summary>
/// Writes a <see cref="CbamCommunication"/> as the European Commission's "CBAM Communication template for installations"
/// (English version of 13 December 2024): the same sheet names, section headings, field labels and cell positions for
/// the parts Tanpan fills — A_InstData, B_EmInst, C_Emissions&amp;Energy, D_Processes, E_PurchPrec, Summary_Processes,
/// Summary_Products, Summary_Communication and the hidden InputOutput and Parameters_Constants — with formulas where
/// the template computes: AttrEm, SE and SEE = (AttrEm + Σ M_prec × SEE_prec) ÷ AL per process, and the product
/// summaries that take them. Every formula carries its exact value cached. What is and is not reproduced:
/// docs/cbam-template.md.
/// </summary>
public static partial class CbamTemplateWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The template version the layout follows (its file name's date).</summary>
    public const string TemplateVersion = "CBAM Communication template for installations_en_20241213";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> (which only needs to be writable). Throws
    /// <see cref="ArgumentException"/> for what the template cannot hold: more rows than it has, unknown or duplicate
    /// keys, negative quantities, an activity level of 0, a bad CN code, a precursor loop.
    /// </summary>
    public static void Write(CbamCommunication communication, Stream output)
    {
        ArgumentNullException.ThrowIfNull(communication);
        ArgumentNullException.ThrowIfNull(output);
        var f = new CbamFigures(communication);
        var names = new List<(string, string)>();
        CbamSheet[] sheets =
        [
            InstData(f, names),
            EmInst(f),
            EmissionsEnergy(f, names),
            Processes(f, names),
            PurchasedPrecursors(f, names),
            SummaryProcesses(f, names),
            SummaryProducts(f, names),
            SummaryCommunication(f),
            InputOutput(f, names),
            Constants(names),
        ];
        CbamPackage.Write(output, sheets, names, $"CBAM communication {communication.Installation.Name} " +
            $"{communication.PeriodStart:yyyy-MM-dd} – {communication.PeriodEnd:yyyy-MM-dd}");
    }

    /// <summary>An absolute reference for a defined name: <c>A_InstData!$I$20</c>.</summary>
    private static string Absolute(string sheet, string column, int row) =>
        $"{CbamPackage.Quote(sheet)}!${column}${row.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string R(string column, int row) => CbamSheet.Ref(column, row);

    /// <summary>Parameters_Constants (hidden): the constants the formulas name, at the template's cells.</summary>
    private static CbamSheet Constants(List<(string, string)> names)
    {
        var s = new CbamSheet(CbamTemplateSheets.ParametersConstants) { Hidden = true };
        s.Text("A1", "CBAMPeriod");
        s.Text("B1", "Definitive period");
        s.Text("A13", "CONST_EFNatGas");
        s.Number("B13", CbamFigures.NaturalGasFactor, CbamStyles.Label);
        s.Text("A18", "CONST_NA");
        s.Text("B18", "n.a.");
        s.Text("A32", "CONST_tCO2eq");
        s.Text("B32", "tCO2e");
        s.Text("A100", "Written by Tanpan after the layout of");
        s.Text("B100", TemplateVersion);
        names.Add(("CONST_EFNatGas", Absolute(s.Name, "B", 13)));
        names.Add(("CONST_NA", Absolute(s.Name, "B", 18)));
        names.Add(("CONST_tCO2eq", Absolute(s.Name, "B", 32)));
        return s;
    }
}
