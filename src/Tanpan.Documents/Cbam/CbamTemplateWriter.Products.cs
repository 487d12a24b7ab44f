using System.Globalization;
using Tanpan.Documents.Cbam.Workbook;

namespace Tanpan.Documents.Cbam;

public static partial class CbamTemplateWriter
{
    private static readonly string[] ProductHeaders =
    [
        "Production process from which the products arise", "Type of aggregated good or precursor", "CN Codes", "CN Name",
        "Product name \n(used for communication with reporting declarant, e.g. on invoices)", "SEE (direct)", "SEE (indirect)", "SEE (total)",
        "Unit", "Share of emissions by default value", "Source for electricity EF", "Embedded electricity (MWh/t)",
    ];

    /// <summary>Summary_Products: header row 8, one row per product from row 10 (the template's example row 9 is not reproduced).</summary>
    private static CbamSheet SummaryProducts(CbamFigures f, List<(string, string)> names)
    {
        var products = f.Communication.Products;
        var s = new CbamSheet(CbamTemplateSheets.SummaryProducts)
        {
            PrintArea = $"$B$2:$O${CbamLayout.Product(Math.Max(1, products.Count))}",
            PrintTitles = "$8:$8",
        };
        Widths(s, ("A", 2), ("B", 2), ("C", 4), ("D", 24), ("E", 20), ("F", 11), ("G", 30), ("H", 26), ("I", 11), ("J", 11), ("K", 11),
            ("L", 9), ("M", 11), ("N", 11), ("O", 12));
        s.Text("B2", "Summary of products", CbamStyles.Title);
        s.RowHeights[8] = 52;
        for (var i = 0; i < ProductHeaders.Length; i++)
        {
            s.Text(R(((char)('D' + i)).ToString(), 8), ProductHeaders[i], CbamStyles.Header);
        }

        for (var i = 1; i <= products.Count; i++)
        {
            var product = products[i - 1];
            var n = f.ProcessNumber(product.ProcessKey);
            var p = f.Process(n);
            var row = CbamLayout.Product(i);
            string Io(string column) => string.Create(CultureInfo.InvariantCulture,
                $"IF(OR($D{row}=\"\",$D{row}=CONST_NA),\"\",INDEX(InputOutput!${column}$71:${column}$80,MATCH($D{row},InputOutput!$D$71:$D$80,0)))");
            s.Text(R("C", row), i.ToString(CultureInfo.InvariantCulture));
            s.Text(R("D", row), p.Name, CbamStyles.Input);
            s.Formula(R("E", row), $"IF(D{row}=\"\",\"\",INDEX(InputOutput!$C$71:$C$80,MATCH(D{row},InputOutput!$D$71:$D$80,0)))", p.GoodsCategory,
                CbamStyles.ComputedText);
            s.Text(R("F", row), product.CnCode, CbamStyles.Input);
            s.Text(R("G", row), product.CnName, CbamStyles.Input);
            s.Text(R("H", row), product.ProductName, CbamStyles.Input);
            s.Formula(R("I", row), Io("AK"), f.SeeDirect(n));
            s.Formula(R("J", row), Io("AM"), Cached(f.SeeIndirect(n)));
            s.Formula(R("K", row), $"IF(OR($D{row}=\"\",$D{row}=CONST_NA),\"\",SUM(I{row}:J{row}))", f.SeeDirect(n) + (f.SeeIndirect(n) ?? 0m));
            s.Formula(R("L", row), $"IF(E{row}=\"\",\"\",CONST_tCO2eq&\"/t\")", "tCO2e/t", CbamStyles.ComputedText);
            s.Text(R("N", row), p.Electricity?.FactorSource, CbamStyles.ComputedText);
            s.Formula(R("O", row), Io("AO"), Cached(f.EmbeddedElectricity(n)));
            names.Add(($"Tanpan_Product{i}_CnCode", Absolute(s.Name, "F", row)));
            names.Add(($"Tanpan_Product{i}_SEEDirect", Absolute(s.Name, "I", row)));
            names.Add(($"Tanpan_Product{i}_SEEIndirect", Absolute(s.Name, "J", row)));
            names.Add(($"Tanpan_Product{i}_SEETotal", Absolute(s.Name, "K", row)));
        }

        return s;
    }

    /// <summary>
    /// Summary_Communication (always in English in the template): 1 installation details (D12–G21), processes (Q12–S21),
    /// the emission totals (AA15–AI17) and 2 the summary of products (header row 25, rows from 26), each cell a
    /// reference to the sheet it summarises, as in the template.
    /// </summary>
    private static CbamSheet SummaryCommunication(CbamFigures f)
    {
        var c = f.Communication;
        var last = CbamLayout.CommunicationProduct(Math.Max(1, c.Products.Count));
        var s = new CbamSheet(CbamTemplateSheets.SummaryCommunication) { PrintArea = $"$B$2:$S${last},$AA$14:$AI$17", PrintTitles = "$2:$2" };
        Widths(s, ("A", 2), ("B", 2), ("C", 4), ("D", 24), ("E", 20), ("F", 11), ("G", 26), ("H", 22), ("I", 11), ("J", 11), ("K", 11),
            ("L", 9), ("M", 10), ("N", 10), ("O", 11), ("P", 2), ("Q", 6), ("R", 24), ("S", 20));
        s.Text("B2", "Communication with reporting declarants", CbamStyles.Title);
        s.Text("D5", "This sheet summarises the main information from sheets \"Summary_Processes\" and \"Summary_Products\" to be communicated to reporting declarants.");
        s.Text("C8", "1", CbamStyles.Section);
        s.Text("D8", "Summary of the installation and production processes", CbamStyles.Section);
        s.Text("C10", "1", CbamStyles.Section);
        s.Text("D10", "Installation details", CbamStyles.Section);
        s.Text("D11", "Parameter", CbamStyles.Header);
        s.Text("G11", "Value", CbamStyles.Header);
        (string Label, string Formula, object Cached)[] details =
        [
            ("Name of the installation (English name):", "Summary_Processes!G10", c.Installation.Name),
            ("Street, Number:", "Summary_Processes!G11", c.Installation.Street ?? ""),
            ("Economic activity:", "Summary_Processes!G12", c.Installation.EconomicActivity ?? ""),
            ("City:", "Summary_Processes!G13", c.Installation.City ?? ""),
            ("Country:", "A_InstData!S26", c.Installation.CountryCode),
            ("UNLOCODE:", "Summary_Processes!G15", c.Installation.UnLocode ?? ""),
            ("Coordinates of the main emission source (latitude):", "Summary_Processes!G16", (object?)c.Installation.Latitude ?? ""),
            ("Coordinates of the main emission source (longitude):", "Summary_Processes!G17", (object?)c.Installation.Longitude ?? ""),
            ("Reporting period start:", "Summary_Processes!L10", Serial(c.PeriodStart)),
            ("Reporting period end:", "Summary_Processes!L11", Serial(c.PeriodEnd)),
        ];
        for (var i = 0; i < details.Length; i++)
        {
            var (label, formula, cached) = details[i];
            s.Text(R("D", 12 + i), label);
            s.Formula(R("G", 12 + i), formula, cached, i >= 8 ? CbamStyles.InputDate : cached is decimal ? CbamStyles.Computed : CbamStyles.ComputedText);
        }

        s.Text("Q11", "(b) ");
        s.Text("R11", "Production process", CbamStyles.Header);
        s.Text("S11", "Aggregated goods category", CbamStyles.Header);
        for (var n = 1; n <= c.Processes.Count; n++)
        {
            s.Formula(R("Q", 11 + n), $"Summary_Processes!D{32 + n}", $"P{n}", CbamStyles.Label);
            s.Formula(R("R", 11 + n), $"Summary_Processes!E{32 + n}", f.Process(n).Name, CbamStyles.ComputedText);
            s.Formula(R("S", 11 + n), $"Summary_Processes!F{32 + n}", f.Process(n).GoodsCategory, CbamStyles.ComputedText);
        }

        s.Text("AA15", "Total direct emissions during reporting period:");
        s.Formula("AI15", "'C_Emissions&Energy'!L27", f.TotalDirect);
        s.Text("AA16", "Total indirect emissions during reporting period:");
        s.Formula("AI16", "'C_Emissions&Energy'!M27", Cached(c.IndirectEmissionsTonnes));
        s.Text("AA17", "Total emissions during reporting period:");
        s.Formula("AI17", "'C_Emissions&Energy'!N27", f.TotalDirect + (c.IndirectEmissionsTonnes ?? 0m));
        CommunicationProducts(s, f);
        return s;
    }

    private static void CommunicationProducts(CbamSheet s, CbamFigures f)
    {
        s.Text("C23", "2", CbamStyles.Section);
        s.Text("D23", "Summary of products", CbamStyles.Section);
        s.RowHeights[25] = 52;
        for (var i = 0; i < ProductHeaders.Length; i++)
        {
            s.Text(R(((char)('D' + i)).ToString(), 25), ProductHeaders[i], CbamStyles.Header);
        }

        for (var i = 1; i <= f.Communication.Products.Count; i++)
        {
            var product = f.Communication.Products[i - 1];
            var n = f.ProcessNumber(product.ProcessKey);
            var row = CbamLayout.CommunicationProduct(i);
            var source = CbamLayout.Product(i);
            s.Text(R("C", row), i.ToString(CultureInfo.InvariantCulture));
            object[] cached = [f.Process(n).Name, f.Process(n).GoodsCategory, product.CnCode, product.CnName ?? "", product.ProductName,
                f.SeeDirect(n), Cached(f.SeeIndirect(n)), f.SeeDirect(n) + (f.SeeIndirect(n) ?? 0m), "tCO2e/t", "",
                f.Process(n).Electricity?.FactorSource ?? "", Cached(f.EmbeddedElectricity(n))];
            for (var col = 0; col < cached.Length; col++)
            {
                var column = ((char)('D' + col)).ToString();
                s.Formula(R(column, row), $"IF(Summary_Products!{column}{source}=\"\",\"\",Summary_Products!{column}{source})", cached[col],
                    cached[col] is decimal ? CbamStyles.Computed : CbamStyles.ComputedText);
            }
        }
    }
}
