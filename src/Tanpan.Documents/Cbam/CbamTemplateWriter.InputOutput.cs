using System.Globalization;
using Tanpan.Documents.Cbam.Workbook;

namespace Tanpan.Documents.Cbam;

public static partial class CbamTemplateWriter
{
    /// <summary>
    /// InputOutput (hidden, as in the template): rows 71–80 for P1–P10 and 81–100 for PP1–PP20, D = the name the
    /// summaries look up, and the template's result columns AJ SE (direct), AK SEE (direct), AL SE (indirect),
    /// AM SEE (indirect), AN electricity consumed, AO embedded electricity. Where the template solves the whole
    /// input-output system with a matrix inverse (CNTR_Matrix_Inv), each process's row here states its own equation,
    /// SEE = (AttrEm + Σ M_prec × SEE_prec) ÷ AL, over the precursors' rows — the same result for the acyclic chains the
    /// writer accepts. E–I hold AttrEm (direct, indirect), AL and the embedded emissions of the precursors.
    /// </summary>
    private static CbamSheet InputOutput(CbamFigures f, List<(string, string)> names)
    {
        var s = new CbamSheet(CbamTemplateSheets.InputOutput) { Hidden = true };
        string[] heads = ["Goods category", "Name", "AttrEm (direct)", "AttrEm (indirect)", "AL", "Embedded direct from precursors",
            "Embedded indirect from precursors"];
        for (var i = 0; i < heads.Length; i++)
        {
            s.Text(R(((char)('C' + i)).ToString(), 70), heads[i], CbamStyles.Header);
        }

        foreach (var (column, title) in ResultHeaders)
        {
            s.Text(R(column, 70), title, CbamStyles.Header);
        }

        for (var n = 1; n <= f.Communication.Processes.Count; n++)
        {
            ProcessRow(s, f, n);
            var summary = CbamLayout.SummaryProcess(n);
            names.Add(($"Tanpan_P{n}_AttrEmDirect", Absolute(s.Name, "E", CbamLayout.InputOutputProcess(n))));
            names.Add(($"Tanpan_P{n}_SEEDirect", Absolute(CbamTemplateSheets.SummaryProcesses, "H", summary)));
            names.Add(($"Tanpan_P{n}_SEEIndirect", Absolute(CbamTemplateSheets.SummaryProcesses, "J", summary)));
        }

        for (var k = 1; k <= f.Communication.PurchasedPrecursors.Count; k++)
        {
            var pp = f.Purchased(k);
            var row = CbamLayout.InputOutputPurchased(k);
            var b = CbamLayout.PurchasedBlock(k);
            s.Text(R("C", row), pp.GoodsCategory);
            s.Text(R("D", row), pp.Name);
            s.Formula(R("AK", row), $"E_PurchPrec!L{b + 35}", pp.SeeDirect);
            s.Formula(R("AM", row), $"E_PurchPrec!L{b + 38}", Cached(f.PurchasedSeeIndirect(k)));
            var electricity = $"IF(E_PurchPrec!L{b + 36}=\"\",\"\",E_PurchPrec!L{b + 36})";
            s.Formula(R("AN", row), electricity, Cached(pp.SpecificElectricityMwhPerTonne));
            s.Formula(R("AO", row), electricity, Cached(pp.SpecificElectricityMwhPerTonne));
        }

        return s;
    }

    private static readonly (string Column, string Title)[] ResultHeaders =
    [
        ("AJ", "SE (direct)"), ("AK", "SEE (direct)"), ("AL", "SE (indirect)"), ("AM", "SEE (indirect)"), ("AN", "Electricity consumed"),
        ("AO", "Embedded electricity"),
    ];

    private static void ProcessRow(CbamSheet s, CbamFigures f, int n)
    {
        var p = f.Process(n);
        var row = CbamLayout.InputOutputProcess(n);
        var b = CbamLayout.ProcessBlock(n);
        string E(int r) => R("E", r);
        s.Text(R("C", row), p.GoodsCategory);
        s.Text(R("D", row), p.Name);
        s.Formula(E(row), $"D_Processes!T{b + 43}+D_Processes!T{b + 47}+D_Processes!T{b + 51}+D_Processes!T{b + 61}", CbamFigures.AttributedDirect(p));
        s.Formula(R("F", row), $"IF(D_Processes!M{b + 39},D_Processes!T{b + 55},\"\")", Cached(CbamFigures.AttributedIndirect(p)));
        s.Formula(R("G", row), $"D_Processes!L{b + 13}", p.ActivityLevel);
        s.Formula(R("H", row), Embedded(f, n, "AK", plain: true), f.EmbeddedDirect(n));
        s.Formula(R("I", row), Embedded(f, n, "AM", plain: false), f.EmbeddedIndirect(n));
        var (e, fr, g, h, i) = (E(row), R("F", row), R("G", row), R("H", row), R("I", row));
        s.Formula(R("AJ", row), $"{e}/{g}", f.SeDirect(n));
        s.Formula(R("AK", row), $"({e}+{h})/{g}", f.SeeDirect(n));
        s.Formula(R("AL", row), $"IF({fr}=\"\",\"\",{fr}/{g})", Cached(f.SeIndirect(n)));
        s.Formula(R("AM", row), $"IF({fr}=\"\",\"\",({fr}+{i})/{g})", Cached(f.SeeIndirect(n)));
        s.Formula(R("AN", row), $"IF({fr}=\"\",\"\",D_Processes!L{b + 54}/{g})", Cached(f.Electricity(n)));
        var embedded = string.Concat(p.Precursors.Select(u => $"+{Mass(f, n, u.PrecursorKey)}*N(AO{CbamLayout.InputOutputRow(f, u.PrecursorKey)})"));
        s.Formula(R("AO", row), $"IF({fr}=\"\",\"\",(D_Processes!L{b + 54}{embedded})/{g})", Cached(f.EmbeddedElectricity(n)));
    }

    /// <summary>Σ mass × the precursor's value in <paramref name="column"/> (AK or AM) over the precursors process <paramref name="n"/> consumes.</summary>
    private static string Embedded(CbamFigures f, int n, string column, bool plain)
    {
        var terms = f.Process(n).Precursors.Select(u =>
        {
            var value = $"{column}{CbamLayout.InputOutputRow(f, u.PrecursorKey).ToString(CultureInfo.InvariantCulture)}";
            return $"{Mass(f, n, u.PrecursorKey)}*{(plain ? value : $"N({value})")}";
        }).ToList();
        return terms.Count == 0 ? "0" : string.Join("+", terms);
    }

    /// <summary>The cell holding the tonnes of <paramref name="key"/> process <paramref name="n"/> consumes: the producer's D_Processes (c) row, or E_PurchPrec (b).</summary>
    private static string Mass(CbamFigures f, int n, string key)
    {
        if (f.IsProcess(key))
        {
            var q = f.ProcessNumber(key);
            var index = f.Consumers[q - 1].ToList().FindIndex(c => c.Consumer.Key == f.Process(n).Key);
            return $"D_Processes!L{CbamLayout.ProcessBlock(q) + 21 + index}";
        }

        return $"E_PurchPrec!L{CbamLayout.PurchasedBlock(f.PurchasedNumber(key)) + 13 + n}";
    }
}
