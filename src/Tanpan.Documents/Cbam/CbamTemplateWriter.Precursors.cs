using System.Globalization;
using Tanpan.Documents.Cbam.Workbook;

namespace Tanpan.Documents.Cbam;

public static partial class CbamTemplateWriter
{
    /// <summary>E_PurchPrec: one 44-row block per purchased precursor (rows 14, 58, 102, …), sections (a)–(e).</summary>
    private static CbamSheet PurchasedPrecursors(CbamFigures f, List<(string, string)> names)
    {
        var count = f.Communication.PurchasedPrecursors.Count;
        var s = new CbamSheet(CbamTemplateSheets.PurchasedPrecursors)
        {
            PrintArea = $"$B$2:$O${CbamLayout.PurchasedBlock(Math.Max(1, count) + 1) - 1}",
            PrintTitles = "$8:$8",
        };
        Widths(s, ("A", 2), ("B", 2), ("C", 4), ("D", 5), ("E", 44), ("F", 6), ("G", 12), ("H", 20), ("I", 6), ("J", 12), ("K", 12),
            ("L", 14), ("M", 12), ("N", 12), ("O", 2));
        s.Hide("P", "Z");
        s.Text("B2", "Purchased precursors", CbamStyles.Title);
        s.Text("C8", "E.", CbamStyles.Title);
        s.Text("E8", "Sheet \"E_PurchPrec\" - Purchased precursors for SEE calculation", CbamStyles.Title);
        s.Text("D12", "Data input for the determination of the specific embedded emissions", CbamStyles.Section);
        for (var k = 1; k <= count; k++)
        {
            Precursor(s, f, k);
            var b = CbamLayout.PurchasedBlock(k);
            names.Add(($"Tanpan_PP{k}_SEEDirect", Absolute(s.Name, "L", b + 35)));
            names.Add(($"Tanpan_PP{k}_SEEIndirect", Absolute(s.Name, "L", b + 38)));
        }

        return s;
    }

    private static void Precursor(CbamSheet s, CbamFigures f, int k)
    {
        var pp = f.Purchased(k);
        var b = CbamLayout.PurchasedBlock(k);
        string L(int offset) => R("L", b + offset);
        s.Text(R("C", b), k.ToString(CultureInfo.InvariantCulture), CbamStyles.Section);
        s.Text(R("D", b), $"Purchased precursor {k}:", CbamStyles.Section);
        s.Text(R("G", b), pp.Name, CbamStyles.ComputedText);
        s.Text(R("L", b), pp.GoodsCategory, CbamStyles.ComputedText);

        Heading(s, b + 2, "(a) ", "Total purchased levels:", "Unit", "Amounts");
        s.Text(R("H", b + 2), "Production route", CbamStyles.Header);
        s.Text(R("D", b + 3), "1");
        s.Text(R("E", b + 3), $"{pp.Name} | {pp.GoodsCategory}", CbamStyles.ComputedText);
        s.Text(R("H", b + 3), pp.Route ?? "All production routes", CbamStyles.ComputedText);
        s.Text(R("K", b + 3), "t");
        s.Number(L(3), pp.PurchasedTonnes);
        s.Text(R("E", b + 11), "Total purchase for possible consumption within installation:");
        s.Text(R("K", b + 11), "t");
        s.Formula(L(11), $"SUM({L(3)}:{L(10)})", pp.PurchasedTonnes);

        Heading(s, b + 13, "(b)", "Consumed in 'production processes' within the installation:", "Unit", "Amounts");
        var consumed = 0m;
        for (var n = 1; n <= CbamFigures.MaxProcesses; n++)
        {
            var row = b + 13 + n;
            s.Text(R("D", row), n.ToString(CultureInfo.InvariantCulture));
            if (n > f.Communication.Processes.Count)
            {
                continue;
            }

            var process = f.Process(n);
            s.Text(R("E", row), process.Name, CbamStyles.ComputedText);
            s.Text(R("K", row), "t");
            var use = process.Precursors.FirstOrDefault(u => u.PrecursorKey == pp.Key);
            s.Number(R("L", row), use?.Tonnes);
            consumed += use?.Tonnes ?? 0m;
        }

        var other = Math.Max(0m, pp.PurchasedTonnes - consumed);
        Item(s, b + 24, "(c)", "Consumed for other purposes, e.g. sold or used for non-CBAM goods:", "t");
        s.Number(L(24), other);
        Item(s, b + 25, "(d)", "Control:", "t");
        s.Formula(L(25), $"SUM({L(11)})-SUM({L(14)}:{L(24)})", pp.PurchasedTonnes - consumed - other);

        s.Text(R("D", b + 28), "Specific embedded emissions:", CbamStyles.Section);
        s.Text(R("J", b + 28), pp.Name, CbamStyles.ComputedText);
        s.Text(R("D", b + 30), "(e)");
        s.Text(R("E", b + 30), "Emissions embedded in this purchased precursor");
        s.Text(R("E", b + 34), "Parameter:", CbamStyles.Header);
        s.Text(R("K", b + 34), "Unit", CbamStyles.Header);
        s.Text(R("L", b + 34), "Value", CbamStyles.Header);
        s.Text(R("M", b + 34), "Source", CbamStyles.Header);
        Item(s, b + 35, "i.", "Specific embedded direct emissions (SEE (direct))", "tCO2e/t");
        s.Number(L(35), pp.SeeDirect);
        s.Text(R("M", b + 35), pp.Source.ToString(), CbamStyles.Input);
        Item(s, b + 36, "ii.", "Specific electricity consumption (for SEE (indirect))", "MWh/t");
        s.Number(L(36), pp.SpecificElectricityMwhPerTonne);
        Item(s, b + 37, "iii.", "Electricity emission factor (for SEE (indirect))", "tCO2e/MWh");
        s.Number(L(37), pp.ElectricityFactor);
        Item(s, b + 38, "iv.", "Specific embedded indirect emissions (SEE (indirect))", "tCO2e/t");
        s.Formula(L(38), $"IF(COUNT({L(36)}:{L(37)})=0,\"\",{L(36)}*{L(37)})", Cached(f.PurchasedSeeIndirect(k)));
        Item(s, b + 40, "v.", "Justification for use of default values (if relevant):", "");
        var justification = string.Join(" — ", new[] { pp.Justification, pp.OriginInstallation }.Where(t => !string.IsNullOrWhiteSpace(t)));
        s.Text(R("K", b + 40), justification, CbamStyles.Input);
    }

    private static object Cached(decimal? value) => (object?)value ?? "";
}
