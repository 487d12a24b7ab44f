using System.Globalization;
using Tanpan.Documents.Cbam.Workbook;

namespace Tanpan.Documents.Cbam;

public static partial class CbamTemplateWriter
{
    private static readonly (string Label, string InstDataCell)[] SummaryInstallation =
    [
        ("Name of the installation (English name):", "I20"), ("Street, Number:", "I21"), ("Economic activity:", "I22"), ("City:", "I25"),
        ("Country:", "I26"), ("UNLOCODE:", "I27"), ("Coordinates of the main emission source (latitude):", "I28"),
        ("Coordinates of the main emission source (longitude):", "I29"),
    ];

    private static readonly (string Short, string Text)[] Abbreviations =
    [
        ("SE (direct)", "Specific direct emissions of the production process, i.e. excluding any embedded emissions from any precursors consumed."),
        ("SEE (direct)", "Specific embedded direct emissions of the production process, i.e. including any embedded emissions from any precursors consumed."),
        ("SE (indirect)", "Specific indirect emissions of the production process, i.e. excluding any embedded indirect emissions from any precursors."),
        ("SEE (indirect)", "Specific embedded indirect emissions of the production process, i.e. including any embedded indirect emissions from any precursors."),
        ("Electricity consumed", "Specific electricity consumption within the production process."),
        ("Embedded electricity", "Specific embedded electricity consumption of the production process, i.e. including any embedded electricity consumption of precursors."),
    ];

    /// <summary>Summary_Processes: 1 the installation (rows 10–17), 2 processes (33–42), 3 the SEE table (102–111, 115–134).</summary>
    private static CbamSheet SummaryProcesses(CbamFigures f, List<(string, string)> names)
    {
        _ = names;
        var c = f.Communication;
        var s = new CbamSheet(CbamTemplateSheets.SummaryProcesses) { PrintArea = "$B$2:$N$134", PrintTitles = "$2:$2" };
        Widths(s, ("A", 2), ("B", 2), ("C", 4), ("D", 6), ("E", 40), ("F", 24), ("G", 14), ("H", 14), ("I", 14), ("J", 14), ("K", 22),
            ("L", 14), ("M", 12), ("N", 12));
        s.Text("B2", "Summary of production processes", CbamStyles.Title);
        s.Text("C6", "1", CbamStyles.Section);
        s.Text("D6", "Summary of the installation, processes and production routes", CbamStyles.Section);
        s.Text("C8", "1", CbamStyles.Section);
        s.Text("D8", "Summary of the installation", CbamStyles.Section);
        for (var i = 0; i < SummaryInstallation.Length; i++)
        {
            var (label, cell) = SummaryInstallation[i];
            var row = 10 + i;
            s.Text(R("E", row), label);
            object cached = cell switch
            {
                "I28" => (object?)c.Installation.Latitude ?? "",
                "I29" => (object?)c.Installation.Longitude ?? "",
                _ => InstallationText(c.Installation, cell),
            };
            s.Formula(R("G", row), $"IF(A_InstData!{cell}=\"\",\"\",A_InstData!{cell})", cached, cached is decimal ? CbamStyles.Computed : CbamStyles.ComputedText);
        }

        for (var row = 10; row <= 17; row++)
        {
            s.Merges.Add($"G{row}:J{row}");
        }

        s.Text("K10", "Reporting period start:");
        s.Formula("L10", "A_InstData!I9", Serial(c.PeriodStart), CbamStyles.InputDate);
        s.Text("K11", "Reporting period end:");
        s.Formula("L11", "A_InstData!L9", Serial(c.PeriodEnd), CbamStyles.InputDate);

        s.Text("C19", "2", CbamStyles.Section);
        s.Text("D19", "Summary of the production processes, included precursors and production routes, where relevant", CbamStyles.Section);
        GoodsSummary(s, f);
        s.RowHeights[32] = 26;
        s.Text("D32", "(b) ");
        s.Text("E32", "Production process", CbamStyles.Header);
        s.Text("F32", "Aggregated goods category", CbamStyles.Header);
        for (var n = 1; n <= c.Processes.Count; n++)
        {
            var row = 32 + n;
            var inst = CbamLayout.InstProcess(n);
            s.Formula(R("D", row), $"A_InstData!D{inst}", $"P{n}", CbamStyles.Label);
            s.Formula(R("E", row), $"IF(A_InstData!L{inst}=\"\",\"\",A_InstData!L{inst})", f.Process(n).Name, CbamStyles.ComputedText);
            s.Formula(R("F", row), $"IF(A_InstData!E{inst}=\"\",\"\",A_InstData!E{inst})", f.Process(n).GoodsCategory, CbamStyles.ComputedText);
        }

        s.Text("D90", "The following abbreviations are used in the tables below:");
        for (var i = 0; i < Abbreviations.Length; i++)
        {
            s.Text(R("E", 91 + i), Abbreviations[i].Short);
            s.Text(R("F", 91 + i), Abbreviations[i].Text);
        }

        SeeTable(s, f);
        return s;
    }

    /// <summary>Summary_Processes 2(a), rows 21–30: the goods categories of A_InstData 4(a) and their routes.</summary>
    private static void GoodsSummary(CbamSheet s, CbamFigures f)
    {
        s.RowHeights[20] = 26;
        s.Text("D20", "(a) ");
        s.Text("E20", "Aggregated good produced", CbamStyles.Header);
        s.Text("F20", "Routes", CbamStyles.Header);
        for (var r = 1; r <= 6; r++)
        {
            s.Text(R(((char)('F' + r)).ToString(), 20), $"Route {r}", CbamStyles.Header);
        }

        var goods = Goods(f);
        for (var g = 1; g <= goods.Count; g++)
        {
            var (row, inst) = (20 + g, CbamLayout.Goods(g));
            s.Formula(R("D", row), $"A_InstData!D{inst}", $"G{g}", CbamStyles.Label);
            s.Formula(R("E", row), $"IF(A_InstData!E{inst}=\"\",\"\",A_InstData!E{inst})", goods[g - 1].Category, CbamStyles.ComputedText);
            s.Formula(R("F", row), $"IF($E{row}=\"\",\"\",IF(A_InstData!G{inst}=\"\",\"\",A_InstData!G{inst}))", RouteStatus(goods[g - 1].Routes),
                CbamStyles.ComputedText);
            for (var r = 0; r < goods[g - 1].Routes.Count; r++)
            {
                var (to, from) = (((char)('G' + r)).ToString(), ((char)('I' + r)).ToString());
                s.Formula(R(to, row), $"IF($E{row}=\"\",\"\",IF(A_InstData!{from}{inst}=\"\",\"\",A_InstData!{from}{inst}))", goods[g - 1].Routes[r],
                    CbamStyles.ComputedText);
            }
        }
    }

    private static void SeeTable(CbamSheet s, CbamFigures f)
    {
        s.RowHeights[100] = 26;
        s.RowHeights[113] = 26;
        string[] heads = ["Aggregated goods category", "SE (direct)", "SEE (direct)", "SE (indirect)", "SEE (indirect)", "Electricity consumed", "Embedded electricity"];
        string[] units = ["", "tCO2e/t", "tCO2e/t", "tCO2e/t", "tCO2e/t", "MWh/t", "MWh/t"];
        for (var i = 0; i < heads.Length; i++)
        {
            s.Text(R(((char)('F' + i)).ToString(), 100), heads[i], CbamStyles.Header);
            s.Text(R(((char)('F' + i)).ToString(), 101), units[i]);
        }

        s.Text("D101", "(a)");
        s.Text("E101", "Production process", CbamStyles.Header);
        string[] io = ["AJ", "AK", "AL", "AM", "AN", "AO"];
        for (var n = 1; n <= f.Communication.Processes.Count; n++)
        {
            var row = CbamLayout.SummaryProcess(n);
            s.Text(R("D", row), $"P{n}");
            s.Formula(R("E", row), R("E", 32 + n), f.Process(n).Name, CbamStyles.ComputedText);
            s.Formula(R("F", row), R("F", 32 + n), f.Process(n).GoodsCategory, CbamStyles.ComputedText);
            object[] cached = [f.SeDirect(n), f.SeeDirect(n), Cached(f.SeIndirect(n)), Cached(f.SeeIndirect(n)), Cached(f.Electricity(n)),
                Cached(f.EmbeddedElectricity(n))];
            for (var i = 0; i < io.Length; i++)
            {
                s.Formula(R(((char)('G' + i)).ToString(), row), Lookup(row, io[i], 100), cached[i]);
            }
        }

        s.Text("F113", "Type of precursor", CbamStyles.Header);
        s.Text("H113", "SEE (direct)", CbamStyles.Header);
        s.Text("J113", "SEE (indirect)", CbamStyles.Header);
        s.Text("K113", "Electricity consumed", CbamStyles.Header);
        s.Text("D114", "(b)");
        s.Text("E114", "Purchased precursors", CbamStyles.Header);
        for (var k = 1; k <= f.Communication.PurchasedPrecursors.Count; k++)
        {
            var row = CbamLayout.SummaryPurchased(k);
            var inst = CbamLayout.InstPurchased(k);
            var pp = f.Purchased(k);
            s.Text(R("D", row), $"PP{k}");
            s.Formula(R("E", row), $"IF(A_InstData!L{inst}=\"\",\"\",A_InstData!L{inst})", pp.Name, CbamStyles.ComputedText);
            s.Formula(R("F", row), $"IF(A_InstData!E{inst}=\"\",\"\",A_InstData!E{inst})", pp.GoodsCategory, CbamStyles.ComputedText);
            s.Formula(R("H", row), Lookup(row, "AK", 100), pp.SeeDirect);
            s.Formula(R("J", row), Lookup(row, "AM", 100), Cached(f.PurchasedSeeIndirect(k)));
            s.Formula(R("K", row), Lookup(row, "AN", 100), Cached(pp.SpecificElectricityMwhPerTonne));
        }
    }

    /// <summary>The template's lookup: IF($E102="","",INDEX(InputOutput!AJ$71:AJ$100,MATCH($E102,InputOutput!$D$71:$D$100,0))).</summary>
    private static string Lookup(int row, string column, int last) =>
        string.Create(CultureInfo.InvariantCulture,
            $"IF($E{row}=\"\",\"\",INDEX(InputOutput!{column}$71:{column}${last},MATCH($E{row},InputOutput!$D$71:$D${last},0)))");

    private static decimal Serial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    private static string InstallationText(CbamTemplateInstallation i, string cell) => cell switch
    {
        "I20" => i.Name,
        "I21" => i.Street ?? "",
        "I22" => i.EconomicActivity ?? "",
        "I25" => i.City ?? "",
        "I26" => i.CountryName,
        "I27" => i.UnLocode ?? "",
        _ => "",
    };
}
