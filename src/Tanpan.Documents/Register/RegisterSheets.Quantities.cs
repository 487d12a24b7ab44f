using System.Globalization;
using Tanpan.Core.Inventory;
using Tanpan.Core.Sources;
using Tanpan.Documents.Inventories;
using static Tanpan.Documents.Register.RegisterLayout;

namespace Tanpan.Documents.Register;

/// <summary>3-定量盤查: every activity row with the arithmetic a verifier repeats, as formulas over the row's cells.</summary>
internal static partial class RegisterSheets
{
    public static IReadOnlyList<double> QuantityWidths(RegisterLayout layout, InventoryDocument doc)
    {
        var fit = new ColumnFit(
            [8, 7, 14, 18, 12, 12, 10, 6, 16, 14, 8, 12, 16, 8, 8, 16,
             .. Enumerable.Range(0, layout.GasSlots).SelectMany(_ => (double[])[9, 7, 14, 14, 7, 14]),
             14, 30, 50]);
        foreach (var r in doc.Result.Rows)
        {
            fit.Fit(ActivityCol, r.Row.Amount, RegisterStyles.Amount)
                .Fit(ConversionCol, r.Row.Unit.ToBase / r.ConvertedUnit.ToBase, RegisterStyles.Amount)
                .Fit(ConvertedCol, r.ConvertedAmount, RegisterStyles.Amount)
                .Fit(BasisCol, r.FactorBasis, RegisterStyles.Amount)
                .Fit(layout.TotalCol, r.Total.Tonnes, RegisterStyles.Tonnes);
            for (var s = 0; s < r.Gases.Count; s++)
            {
                fit.Fit(SlotCol(s, 2), r.Gases[s].KgPerUnit, RegisterStyles.Factor)
                    .Fit(SlotCol(s, 3), r.Gases[s].Kilograms, RegisterStyles.Amount)
                    .Fit(SlotCol(s, 4), r.Gases[s].Gwp ?? 1m, RegisterStyles.Plain)
                    .Fit(SlotCol(s, 5), r.Gases[s].Co2e.Kilograms, RegisterStyles.Amount);
            }
        }

        return fit.Widths;
    }

    public static void WriteQuantities(SheetWriter w, InventoryDocument doc, RegisterLayout layout)
    {
        w.StartRow().Text("定量盤查 Quantification of GHG emissions", RegisterStyles.Title);
        w.StartRow().Text(
            "換算後活動數據 = 活動數據 × 單位換算；計算基準 = 換算後 × 逸散率；排放量(kg) = 計算基準 × 排放係數；CO2e = 排放量 × GWP。" +
            " converted = activity × conversion; basis = converted × leak rate; kg = basis × factor; kg CO2e = kg × GWP.");
        var headers = new List<string>
        {
            "排放源編號 Source", "行號 Line", "廠區 Facility", "排放源 Source", "設備 Equipment", "原燃物料 Material", "排放型式 Type",
            "類別 Category", "資訊取得方式 Data source", "活動數據 Activity", "單位 Unit", "單位換算 Conversion", "換算後活動數據 Converted",
            "係數單位 Factor unit", "逸散率 Leak rate", "計算基準 Basis",
        };
        for (var s = 1; s <= layout.GasSlots; s++)
        {
            headers.AddRange([$"氣體{s} Gas", $"群組{s} Group", $"排放係數{s} (kg/單位)", $"排放量{s} (kg)", $"GWP{s}", $"排放當量{s} (kgCO2e)"]);
        }

        headers.AddRange(["排放當量 (公噸CO2e)", "係數 Factor", "係數來源 Factor source"]);
        w.Headers([.. headers]);

        foreach (var row in doc.Result.Rows)
        {
            WriteActivityRow(w, doc, layout, row);
        }
    }

    private static void WriteActivityRow(SheetWriter w, InventoryDocument doc, RegisterLayout layout, RowResult r)
    {
        w.StartRow();
        var n = w.Row;
        string At(int column) => CellRefs.Cell(column, n);
        var a = r.Row;
        w.Text(InventoryDocument.SourceId(doc.SourceOfLine[a.Line]))
            .Number(a.Line)
            .Text(a.Facility)
            .Text(a.Source ?? a.Process)
            .Text(a.Equipment)
            .Text(a.MaterialText == a.Material.Key ? a.Material.NameZh : a.MaterialText)   // the app stores the key; show the name
            .Text(SourceTypes.NameZh(a.SourceType))
            .Number(r.Category)
            .Text(a.DataSource)
            .Number(a.Amount, RegisterStyles.Amount)
            .Text(a.UnitText)
            .Number(a.Unit.ToBase / r.ConvertedUnit.ToBase, RegisterStyles.Amount)
            .Formula(Invariant($"{At(ActivityCol)}*{At(ConversionCol)}"), r.ConvertedAmount, RegisterStyles.Amount)
            .Text(FactorCitation.Unit(r.ConvertedUnit, english: false))
            .Number(r.Equipment?.LeakFraction ?? 1m, RegisterStyles.Amount)
            .Formula(Invariant($"{At(ConvertedCol)}*{At(LeakCol)}"), r.FactorBasis, RegisterStyles.Amount);
        var sum = new List<string>(layout.GasSlots);
        for (var s = 0; s < layout.GasSlots; s++)
        {
            sum.Add(At(SlotCol(s, 5)));
            if (s >= r.Gases.Count)
            {
                w.Skip(SlotWidth);
                continue;
            }

            var g = r.Gases[s];
            w.Text(g.Species)
                .Text(r.Factor.IsCo2e ? "CO2" : Core.Gases.GasSpecies.GroupOf(g.Species)?.ToString())
                .Number(g.KgPerUnit, RegisterStyles.Factor)
                .Formula(Invariant($"{At(BasisCol)}*{At(SlotCol(s, 2))}"), g.Kilograms, RegisterStyles.Amount)
                .Number(g.Gwp ?? 1m)
                .Formula(Invariant($"{At(SlotCol(s, 3))}*{At(SlotCol(s, 4))}"), g.Co2e.Kilograms, RegisterStyles.Amount);
        }

        w.Formula($"SUM({string.Join(',', sum)})/1000", r.Total.Tonnes, RegisterStyles.Tonnes)
            .Text(FactorCitation.Label(r.Factor, a.Material, english: false))
            .Text(FactorCitation.Source(r.Factor, english: false), RegisterStyles.Wrapped);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
