using Tanpan.Documents.Cbam.Workbook;

namespace Tanpan.Documents.Cbam;

public static partial class CbamTemplateWriter
{
    private static readonly string[] InstallationLabels =
    [
        "Name of the installation (optional):", "Name of the installation (English name):", "Street, Number:", "Economic activity:",
        "Post code:", "P.O. Box:", "City:", "Country:", "UNLOCODE:", "Coordinates of the main emission source (latitude):",
        "Coordinates of the main emission source (longitude):", "Name of authorized representative:", "Email:", "Telephone:",
    ];

    /// <summary>A_InstData: 1 reporting period, 2 about the installation, 4 goods and processes, 5 purchased precursors.</summary>
    private static CbamSheet InstData(CbamFigures f, List<(string, string)> names)
    {
        var c = f.Communication;
        var s = new CbamSheet(CbamTemplateSheets.InstData) { PrintArea = "$B$2:$O$122", PrintTitles = "$6:$6" };
        Widths(s, ("A", 2), ("B", 2), ("C", 4), ("D", 6), ("E", 30), ("F", 12), ("G", 12), ("H", 9), ("I", 14), ("J", 12), ("K", 12),
            ("L", 26), ("M", 12), ("N", 12), ("O", 2), ("S", 8));
        s.Text("B2", "InstData", CbamStyles.Title);
        s.Text("C6", "A.", CbamStyles.Title);
        s.Text("E6", "Sheet \"A_InstData\" - General information, production processes and purchased precursors ", CbamStyles.Title);

        s.Text("C9", "1", CbamStyles.Section);
        s.Text("D9", "Reporting period", CbamStyles.Section);
        s.Text("H9", "Start:");
        s.Date("I9", c.PeriodStart);
        s.Merges.Add("I9:J9");
        s.Text("K9", "End:");
        s.Date("L9", c.PeriodEnd);

        s.Text("C17", "2", CbamStyles.Section);
        s.Text("D17", "About the installation", CbamStyles.Section);
        var i = c.Installation;
        object?[] values = [i.LocalName, i.Name, i.Street, i.EconomicActivity, i.PostCode, i.PoBox, i.City, i.CountryName, i.UnLocode, i.Latitude, i.Longitude,
            i.Representative, i.Email, i.Telephone];
        for (var n = 0; n < InstallationLabels.Length; n++)
        {
            var row = 19 + n;
            s.Text(R("D", row), CbamLayout.Roman(n + 1));
            s.Text(R("E", row), InstallationLabels[n]);
            s.Merges.Add($"I{row}:N{row}");
            if (values[n] is decimal number)
            {
                s.Number(R("I", row), number);
            }
            else
            {
                s.Text(R("I", row), values[n] as string ?? "", CbamStyles.Input);
            }
        }

        // The template turns the country name into its code here (S26) with c_CodeLists; the code is written as given.
        s.Text("S26", i.CountryCode);
        names.Add(("Tanpan_PeriodStart", Absolute(s.Name, "I", 9)));
        names.Add(("Tanpan_PeriodEnd", Absolute(s.Name, "L", 9)));
        names.Add(("Tanpan_InstallationName", Absolute(s.Name, "I", 20)));
        names.Add(("Tanpan_InstallationCountry", Absolute(s.Name, "I", 26)));
        names.Add(("Tanpan_InstallationUnLocode", Absolute(s.Name, "I", 27)));

        GoodsAndProcesses(s, f);
        Purchased(s, f);
        names.Add(("CNTR_ListProdProcID", $"{s.Name}!$D$83:$D$92"));
        names.Add(("CNTR_ListPurchPrecID", $"{s.Name}!$D$102:$D$121"));
        return s;
    }

    private static void GoodsAndProcesses(CbamSheet s, CbamFigures f)
    {
        s.Text("C55", "4", CbamStyles.Section);
        s.Text("D55", "Aggregated goods categories and relevant production processes", CbamStyles.Section);
        s.Text("D57", "(a)");
        s.Text("E57", "List of aggregated goods categories, relevant precursors and corresponding production routes");
        s.Text("D61", "ID", CbamStyles.Header);
        s.Text("E61", "Aggregated goods category", CbamStyles.Header);
        s.Text("G61", "Route", CbamStyles.Header);
        for (var r = 1; r <= 6; r++)
        {
            s.Text(R(((char)('H' + r)).ToString(), 61), $"Route {r}", CbamStyles.Header);
        }

        var goods = Goods(f);
        for (var g = 1; g <= 10; g++)
        {
            var row = CbamLayout.Goods(g);
            s.Text(R("D", row), $"G{g}");
            if (g <= goods.Count)
            {
                s.Text(R("E", row), goods[g - 1].Category, CbamStyles.Input);
                var routes = goods[g - 1].Routes;
                s.Text(R("G", row), RouteStatus(routes), CbamStyles.ComputedText);
                for (var r = 0; r < routes.Count; r++)
                {
                    s.Text(R(((char)('I' + r)).ToString(), row), routes[r], CbamStyles.Input);
                }
            }
        }

        s.Text("D77", "(b)");
        s.Text("E77", "Relevant production processes");
        s.Text("D81", "ID", CbamStyles.Header);
        s.Text("E81", "Aggregated goods category", CbamStyles.Header);
        s.Text("F81", "Included goods categories listed under (a)", CbamStyles.Header);
        s.Text("L81", "Name", CbamStyles.Header);
        for (var n = 1; n <= CbamFigures.MaxProcesses; n++)
        {
            var row = CbamLayout.InstProcess(n);
            s.Text(R("D", row), $"P{n}");
            if (n <= f.Communication.Processes.Count)
            {
                s.Text(R("E", row), f.Process(n).GoodsCategory, CbamStyles.Input);
                s.Text(R("L", row), f.Process(n).Name, CbamStyles.Input);
            }
        }
    }

    private static void Purchased(CbamSheet s, CbamFigures f)
    {
        s.Text("C96", "5", CbamStyles.Section);
        s.Text("D96", "Purchased precursors", CbamStyles.Section);
        s.Text("D101", "ID", CbamStyles.Header);
        s.Text("E101", "Production process", CbamStyles.Header);
        s.Text("F101", "Country code", CbamStyles.Header);
        for (var r = 1; r <= 5; r++)
        {
            s.Text(R(((char)('F' + r)).ToString(), 101), $"Route {r}", CbamStyles.Header);
        }

        s.Text("L101", "Name", CbamStyles.Header);
        for (var k = 1; k <= CbamFigures.MaxPurchased; k++)
        {
            var row = CbamLayout.InstPurchased(k);
            s.Text(R("D", row), $"PP{k}");
            if (k <= f.Communication.PurchasedPrecursors.Count)
            {
                var pp = f.Purchased(k);
                s.Text(R("E", row), pp.GoodsCategory, CbamStyles.Input);
                s.Text(R("F", row), pp.CountryCode, CbamStyles.Input);
                s.Text(R("G", row), pp.Route, CbamStyles.Input);
                s.Text(R("L", row), pp.Name, CbamStyles.Input);
            }
        }
    }

    /// <summary>A_InstData 4(a): the aggregated goods categories of the processes, in order of first use, with their routes (at most 6).</summary>
    private static List<(string Category, List<string> Routes)> Goods(CbamFigures f) =>
        [.. f.Communication.Processes.GroupBy(p => p.GoodsCategory, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(p => p.Route).OfType<string>().Distinct(StringComparer.Ordinal).Take(6).ToList()))];

    /// <summary>The template's G62: "All production routes" where the category has no routes to choose, else "Please select".</summary>
    private static string RouteStatus(List<string> routes) => routes.Count == 0 ? "All production routes" : "Please select";

    private static void Widths(CbamSheet s, params (string Column, double Width)[] widths)
    {
        foreach (var (column, width) in widths)
        {
            s.Width(column, width);
        }
    }
}
