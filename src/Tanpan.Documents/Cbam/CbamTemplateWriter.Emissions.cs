using Tanpan.Documents.Cbam.Workbook;

namespace Tanpan.Documents.Cbam;

public static partial class CbamTemplateWriter
{
    private static readonly (string Column, string Title)[] SourceHeaders =
    [
        ("C", "#"), ("D", "Method"), ("E", "Source stream name"), ("F", "Activity data (AD)"), ("G", "AD Unit"),
        ("H", "Net calorific value (NCV)"), ("I", "NCV Unit"), ("J", "Emission factor (EF)"), ("K", "EF Unit"),
        ("AU", "CO2e fossil (t)"), ("AX", "Energy content (fossil), TJ"),
    ];

    /// <summary>B_EmInst (a): the source streams, rows 17–91; CO2e fossil (AU) and energy content (AX) are formulas.</summary>
    private static CbamSheet EmInst(CbamFigures f)
    {
        var sources = f.Communication.SourceStreams;
        var last = CbamLayout.Source(Math.Max(1, sources.Count));
        var s = new CbamSheet(CbamTemplateSheets.EmInst) { PrintArea = $"$B$2:$AX${last}", PrintTitles = "$13:$13" };
        Widths(s, ("A", 2), ("B", 2), ("C", 5), ("D", 16), ("E", 28), ("F", 14), ("G", 9), ("H", 12), ("I", 8), ("J", 12), ("K", 10),
            ("AU", 14), ("AV", 2), ("AW", 2), ("AX", 14));

        // Columns L–AT hold parameters Tanpan does not fill (carbon content, oxidation and conversion factors, biomass,
        // measurement-based and PFC inputs); hidden so that the print shows the filled columns side by side.
        s.Hide("L", "AT");
        s.Hide("AV", "AW");
        s.Text("B2", "Emissions installation", CbamStyles.Title);
        s.Text("C6", "B.", CbamStyles.Title);
        s.Text("E6", "Sheet \"B_EmInst\" - Emission sources and source streams", CbamStyles.Title);
        s.Text("C8", "1", CbamStyles.Section);
        s.Text("D8", "Source streams and emission sources", CbamStyles.Section);
        s.Text("C12", "(a)");
        s.Text("D12", "Calculation based approaches: Source Streams (excluding PFC emissions)");
        s.RowHeights[13] = 40;
        foreach (var (column, title) in SourceHeaders)
        {
            s.Text(R(column, 13), title, CbamStyles.Header);
        }

        for (var j = 1; j <= sources.Count; j++)
        {
            var src = sources[j - 1];
            var row = CbamLayout.Source(j);
            var combustion = src.Method == CbamSourceMethod.Combustion;
            s.Text(R("C", row), j.ToString(System.Globalization.CultureInfo.InvariantCulture));
            s.Text(R("D", row), combustion ? "Combustion" : "Process emissions", CbamStyles.Input);
            s.Text(R("E", row), src.Name, CbamStyles.Input);
            s.Number(R("F", row), src.ActivityData);
            s.Text(R("G", row), src.ActivityUnit, CbamStyles.Input);
            if (combustion)
            {
                s.Number(R("H", row), src.NetCalorificValue);
                s.Text(R("I", row), "GJ/" + src.ActivityUnit, CbamStyles.Input);
            }

            s.Number(R("J", row), src.EmissionFactor);
            s.Text(R("K", row), combustion ? "tCO2/TJ" : "tCO2/" + src.ActivityUnit, CbamStyles.Input);
            s.Formula(R("AU", row), combustion ? $"F{row}*H{row}/1000*J{row}" : $"F{row}*J{row}", CbamFigures.SourceEmissions(src));
            if (CbamFigures.SourceEnergy(src) is { } energy)
            {
                s.Formula(R("AX", row), $"F{row}*H{row}/1000", energy);
            }
        }

        return s;
    }

    /// <summary>C_Emissions&amp;Energy: 1 fuel balance (total fuel input) and 2(a) the GHG balance, rows 24–27.</summary>
    private static CbamSheet EmissionsEnergy(CbamFigures f, List<(string, string)> names)
    {
        var s = new CbamSheet(CbamTemplateSheets.EmissionsEnergy) { PrintArea = "$B$2:$O$28", PrintTitles = "$6:$6" };
        Widths(s, ("A", 2), ("B", 2), ("C", 4), ("D", 5), ("E", 30), ("F", 4), ("G", 8), ("H", 14), ("I", 14), ("J", 14), ("K", 14),
            ("L", 14), ("M", 14), ("N", 14), ("O", 2));
        var c = f.Communication;
        s.Text("B2", "Energy & Emissions", CbamStyles.Title);
        s.Text("C6", "C.", CbamStyles.Title);
        s.Text("E6", "Sheet \"C_Emissions&Energy\" - Installation-level GHG emissions and energy consumption", CbamStyles.Title);
        s.Text("C8", "1", CbamStyles.Section);
        s.Text("D8", "Fuel balance", CbamStyles.Section);
        s.Text("E14", "Fuel balance:", CbamStyles.Header);
        s.Text("G14", "Unit", CbamStyles.Header);
        s.Text("H14", "Total fuel input", CbamStyles.Header);
        Line(s, 15, "i.", "from sheet \"B_EmInst\"", "TJ");
        s.Formula("H15", "SUM(B_EmInst!AX17:AX91)", f.TotalEnergy);
        Line(s, 16, "ii.", "manual entries", "TJ");
        Line(s, 17, "iii.", "Results:", "TJ");
        s.Formula("H17", "IF(H16=\"\",H15,H16)", f.TotalEnergy);

        s.Text("C19", "2", CbamStyles.Section);
        s.Text("D19", "Greenhouse gas emissions balance & information on data quality", CbamStyles.Section);
        s.Text("D21", "(a)");
        s.Text("E21", "GHG balance by type of GHG");
        s.RowHeights[24] = 40;
        string[] heads = ["Installation level data:", "", "Unit", "Total CO2 emissions", "Biomass emissions", "Total N2O emissions", "Total PFC emissions",
            "Total direct emissions", "Total indirect emissions", "Total emissions"];
        for (var i = 0; i < heads.Length; i++)
        {
            s.Text(R(((char)('E' + i)).ToString(), 24), heads[i], CbamStyles.Header);
        }

        Line(s, 25, "i.", "from sheet \"B_EmInst\"", "tCO2e");
        s.Formula("H25", "SUM(B_EmInst!AU17:AU91)", f.TotalDirect);
        s.Formula("L25", "IF(COUNT(H25:K25)>0,SUM(H25,J25:K25),\"\")", f.TotalDirect);
        Line(s, 26, "ii.", "manual entries", "tCO2e");
        s.Number("M26", c.IndirectEmissionsTonnes);
        Line(s, 27, "iii.", "Results:", "tCO2e");
        s.Formula("H27", "IF(H26=\"\",H25,H26)", f.TotalDirect);
        s.Formula("L27", "SUM(H27,J27:K27)", f.TotalDirect);
        s.Formula("M27", "IF(M26=\"\",\"\",M26)", (object?)c.IndirectEmissionsTonnes ?? "");
        s.Formula("N27", "IF(COUNT(L27:M27)>0,SUM(L27:M27),\"\")", f.TotalDirect + (c.IndirectEmissionsTonnes ?? 0m));
        names.Add(("Tanpan_TotalDirectEmissions", Absolute(s.Name, "L", 27)));
        names.Add(("Tanpan_TotalIndirectEmissions", Absolute(s.Name, "M", 27)));
        names.Add(("Tanpan_TotalEmissions", Absolute(s.Name, "N", 27)));
        return s;
    }

    private static void Line(CbamSheet s, int row, string number, string label, string unit)
    {
        s.Text(R("D", row), number);
        s.Text(R("E", row), label);
        s.Text(R("G", row), unit);
    }
}
