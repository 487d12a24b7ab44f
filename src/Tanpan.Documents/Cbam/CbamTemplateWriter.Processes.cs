using System.Globalization;
using Tanpan.Documents.Cbam.Workbook;

namespace Tanpan.Documents.Cbam;

public static partial class CbamTemplateWriter
{
    /// <summary>D_Processes: one 65-row block per process (rows 11, 76, 141, …), sections (a)–(k) at the template's rows.</summary>
    private static CbamSheet Processes(CbamFigures f, List<(string, string)> names)
    {
        var count = f.Communication.Processes.Count;
        var s = new CbamSheet(CbamTemplateSheets.Processes)
        {
            PrintArea = $"$B$2:$O${CbamLayout.ProcessBlock(Math.Max(1, count) + 1) - 1}",
            PrintTitles = "$7:$7",
        };
        Widths(s, ("A", 2), ("B", 2), ("C", 4), ("D", 5), ("E", 40), ("F", 6), ("G", 12), ("H", 20), ("I", 6), ("J", 12), ("K", 10),
            ("L", 14), ("M", 14), ("N", 12), ("O", 2), ("T", 14));
        s.Hide("P", "S");
        s.Hide("U", "Z");
        s.Text("B2", "Production processes", CbamStyles.Title);
        s.Text("C7", "D.", CbamStyles.Title);
        s.Text("E7", "Sheet \"D_Processes\" - Production level and attributed emissions for SEE calculation", CbamStyles.Title);
        s.Text("D9", "Data input for the determination of the specific embedded emissions", CbamStyles.Section);
        for (var n = 1; n <= count; n++)
        {
            Process(s, f, n);
            var b = CbamLayout.ProcessBlock(n);
            names.Add(($"Tanpan_P{n}_ActivityLevel", Absolute(s.Name, "L", b + 13)));
            names.Add(($"Tanpan_P{n}_DirEm", Absolute(s.Name, "L", b + 43)));
        }

        return s;
    }

    private static void Process(CbamSheet s, CbamFigures f, int n)
    {
        var p = f.Process(n);
        var b = CbamLayout.ProcessBlock(n);
        string L(int offset) => R("L", b + offset);
        s.Text(R("C", b), n.ToString(CultureInfo.InvariantCulture), CbamStyles.Section);
        s.Text(R("D", b), $"Production process {n}:", CbamStyles.Section);
        s.Text(R("G", b), p.Name, CbamStyles.ComputedText);
        s.Text(R("L", b), p.GoodsCategory, CbamStyles.ComputedText);

        Heading(s, b + 4, "(a) ", "Total production levels:", "Unit", "Amounts");
        s.Text(R("H", b + 4), "Production route", CbamStyles.Header);
        s.Text(R("D", b + 5), "1");
        s.Text(R("E", b + 5), $"{p.Name} | {p.GoodsCategory}", CbamStyles.ComputedText);
        s.Text(R("H", b + 5), p.Route ?? "All production routes", CbamStyles.ComputedText);
        s.Text(R("K", b + 5), "t");
        s.Number(L(5), p.ActivityLevel);
        s.Text(R("E", b + 13), "Total production within installation (= denominator for SEE calculation):");
        s.Text(R("K", b + 13), "t");
        s.Formula(L(13), $"SUM({L(5)}:{L(12)})", p.ActivityLevel);

        var consumers = f.Consumers[n - 1];
        var consumed = consumers.Sum(c => c.Tonnes);
        var market = p.ProducedForMarket ?? Math.Max(0m, p.ActivityLevel - consumed);
        Heading(s, b + 15, "(b)", "Production details", "Unit", "Amounts");
        Item(s, b + 16, "i.", "Produced for the market", "t");
        s.Number(L(16), market);
        Item(s, b + 17, "ii.", "Share of total under (a) produced for the market", "");
        s.Formula(L(17), $"IF(AND(COUNT({L(13)},{L(16)})=2,SUM({L(13)})>0),SUM({L(16)})/SUM({L(13)}),\"\")", market / p.ActivityLevel);

        Heading(s, b + 20, "(c)", "Consumed in other 'production processes' within the installation:", "Unit", "Amounts");
        for (var i = 0; i < consumers.Count; i++)
        {
            var row = b + 21 + i;
            s.Text(R("D", row), (i + 1).ToString(CultureInfo.InvariantCulture));
            s.Text(R("E", row), consumers[i].Consumer.Name, CbamStyles.Input);
            s.Text(R("K", row), "t");
            s.Number(R("L", row), consumers[i].Tonnes);
        }

        var nonCbam = p.ActivityLevel - market - consumed;
        Item(s, b + 30, "(d)", "Consumed for non-CBAM goods within the installation:", "t");
        s.Number(L(30), nonCbam > 0m ? nonCbam : null);
        Item(s, b + 31, "(e)", "Control:", "t");
        s.Formula(L(31), $"SUM({L(13)})-SUM({L(16)},{L(21)}:{L(30)})", p.ActivityLevel - market - consumed - Math.Max(0m, nonCbam));

        Attributed(s, p, b);
    }

    private static void Attributed(CbamSheet s, CbamProcess p, int b)
    {
        string L(int offset) => R("L", b + offset);
        string M(int offset) => R("M", b + offset);
        s.Text(R("D", b + 34), "Calculation of the attributed emissions:", CbamStyles.Section);
        s.Text(R("J", b + 34), p.Name, CbamStyles.ComputedText);
        s.Text(R("K", b + 38), "Measurable heat", CbamStyles.Header);
        s.Text(R("L", b + 38), "Waste gases", CbamStyles.Header);
        s.Text(R("M", b + 38), "Indirect emissions", CbamStyles.Header);
        Item(s, b + 39, "(f)", "Please select which elements are applicable", "");
        s.Boolean(R("K", b + 39), p.Heat is not null);
        s.Boolean(R("L", b + 39), p.WasteGas is not null);
        s.Boolean(R("M", b + 39), CbamFigures.IndirectRelevant(p));
        s.RowHeights[b + 38] = 26;

        s.Text(R("K", b + 42), "Unit", CbamStyles.Header);
        s.Text(R("L", b + 42), "Value", CbamStyles.Header);
        Item(s, b + 43, "(g)", "Directly attributable emissions (DirEm*)", "tCO2e");
        s.Number(L(43), p.DirectEmissions);
        s.Formula(R("T", b + 43), L(43), p.DirectEmissions);

        Heading(s, b + 45, "(h)", "Import and export of measurable heat", "Unit", "Imported");
        s.Text(M(45), "Exported", CbamStyles.Header);
        Item(s, b + 46, "i.", "Amount of net measurable heat", "TJ");
        Item(s, b + 47, "ii.", "Emissions factor", "tCO2/TJ");
        s.Number(L(46), p.Heat?.ImportedTj);
        s.Number(M(46), p.Heat?.ExportedTj);
        s.Number(L(47), p.Heat?.ImportFactor);
        s.Number(M(47), p.Heat?.ExportFactor);
        s.Formula(R("T", b + 47), $"SUM({L(46)}*{L(47)}-{M(46)}*{M(47)})", CbamFigures.Heat(p));

        Heading(s, b + 49, "(i)", "Waste gases", "Unit", "Imported");
        s.Text(M(49), "Exported", CbamStyles.Header);
        Item(s, b + 50, "i.", "Amount of waste gas", "TJ");
        Item(s, b + 51, "ii.", "Emission factor", "tCO2/TJ");
        s.Number(L(50), p.WasteGas?.ImportedTj);
        s.Number(M(50), p.WasteGas?.ExportedTj);
        s.Formula(R("T", b + 51), $"SUM({L(50)}*CONST_EFNatGas-{M(50)}*CONST_EFNatGas*0.667)", CbamFigures.WasteGas(p));

        Heading(s, b + 53, "(j)", "Indirect emissions from electricity consumption", "Unit", "Value");
        Item(s, b + 54, "i.", "Electricity consumption", "MWh");
        Item(s, b + 55, "ii.", "Emission factor of the electricity", "tCO2/MWh");
        Item(s, b + 56, "iii.", "Source of the emission factor", "-");
        s.Number(L(54), p.Electricity?.ConsumedMwh);
        s.Number(L(55), p.Electricity?.Factor);
        s.Text(L(56), p.Electricity?.FactorSource, CbamStyles.Input);
        s.Formula(R("T", b + 55), $"SUM({L(54)})*SUM({L(55)})", CbamFigures.ElectricityEmissions(p));

        Heading(s, b + 59, "(k)", "Electricity exported from the production process", "Unit", "Value");
        Item(s, b + 60, "i.", "Amounts exported", "MWh");
        Item(s, b + 61, "ii.", "Emission factor of the electricity", "tCO2/MWh");
        s.Number(L(60), p.ElectricityExport?.ExportedMwh ?? 0m);
        s.Number(L(61), p.ElectricityExport?.Factor);
        s.Formula(R("T", b + 61), $"-SUM({L(60)})*SUM({L(61)})", CbamFigures.ElectricityExport(p));
    }

    private static void Heading(CbamSheet s, int row, string number, string title, string unit, string value)
    {
        s.Text(R("D", row), number);
        s.Text(R("E", row), title);
        s.Text(R("K", row), unit, CbamStyles.Header);
        s.Text(R("L", row), value, CbamStyles.Header);
    }

    private static void Item(CbamSheet s, int row, string number, string label, string unit)
    {
        s.Text(R("D", row), number);
        s.Text(R("E", row), label);
        s.Text(R("K", row), unit);
    }
}
