using Tanpan.Core.Gases;
using Tanpan.Core.Sources;
using Tanpan.Documents.Inventories;
using static Tanpan.Documents.Register.RegisterLayout;

namespace Tanpan.Documents.Register;

/// <summary>6-彙總表 (every figure a SUMIF over 3-定量盤查) and the GWP appendix.</summary>
internal static partial class RegisterSheets
{
    public static readonly double[] SummaryWidths = [30, 14, 14, 14, 14, 14, 14, 14, 16];

    /// <summary>Every figure of the summary is a part of the inventory's total (or the total itself).</summary>
    public static IReadOnlyList<double> SummaryWidthsFor(InventoryDocument doc)
    {
        var fit = new ColumnFit(SummaryWidths);
        for (var column = 1; column < SummaryWidths.Length; column++)
        {
            fit.Fit(column, doc.Result.Total.Tonnes, RegisterStyles.Tonnes);
        }

        return fit.Widths;
    }

    public static readonly double[] GwpWidths = [14, 10, 10, 40];

    private static readonly SourceType[] Category1Types = [SourceType.Stationary, SourceType.Mobile, SourceType.Process, SourceType.Fugitive];

    public static void WriteSummary(SheetWriter w, InventoryDocument doc, RegisterLayout layout)
    {
        var rows = doc.Result.Rows;
        var groups = Enum.GetValues<GasGroup>();
        w.StartRow().Text("彙總表 Summary (公噸CO2e)", RegisterStyles.Title);
        w.StartRow().Text($"GWP {doc.Gwp.Id}；係數 {doc.FactorSet.Id}；每一數字為對 {Quantities} 的加總公式 / every figure sums {Quantities}.");

        // Seven gases, all categories, then category 1 only.
        w.Headers(["溫室氣體 Gas", .. groups.Select(g => g.ToString()), "合計 Total"]);
        GasRow(w, layout, "排放當量 All categories", null, groups.Select(g => Kg(rows.SelectMany(r => r.Gases.Where(x => GroupOf(r, x) == g)))).ToArray());
        var all = w.Row;
        w.StartRow().Text("佔比 Share");
        for (var c = 1; c <= groups.Length + 1; c++)
        {
            var col = CellRefs.Column(c);
            var cached = doc.Result.Total.Kilograms == 0 ? 0 : Kg(rows.SelectMany(r => r.Gases.Where(x => c > groups.Length || GroupOf(r, x) == groups[c - 1]))) / doc.Result.Total.Kilograms;
            w.Formula($"IF(${CellRefs.Column(groups.Length + 1)}${all}=0,0,{col}{all}/${CellRefs.Column(groups.Length + 1)}${all})", cached, RegisterStyles.Percent);
        }

        GasRow(w, layout, "類別1 Category 1", 1, groups.Select(g => Kg(rows.Where(r => r.Category == 1).SelectMany(r => r.Gases.Where(x => GroupOf(r, x) == g)))).ToArray());

        // Categories by emission type.
        w.SkipRows(1);
        w.Headers("類別 / 排放型式 Category / type", "排放量 Emissions", "佔比 Share");
        var firstType = w.Row + 1;
        var totalRow = firstType + Category1Types.Length + 2 + 4;   // 4 types, 2 imported-energy rows, categories 3–6
        foreach (var type in Category1Types.Concat([SourceType.Electricity, SourceType.Steam]))
        {
            var cached = rows.Where(r => r.Row.SourceType == type).Sum(r => r.Total.Tonnes);
            CategoryRow(w, $"類別{SourceTypes.Category(type)} {SourceTypes.NameZh(type)}",
                $"SUMIF({layout.Activity(TypeCol)},\"{SourceTypes.NameZh(type)}\",{layout.Activity(layout.TotalCol)})", cached, totalRow, doc.Result.Total.Tonnes);
        }

        for (var c = 3; c <= IsoCategories.Last; c++)
        {
            var cached = rows.Where(r => r.Category == c).Sum(r => r.Total.Tonnes);
            CategoryRow(w, $"類別{c} {IsoCategories.NameZh(c)}", $"SUMIF({layout.Activity(CategoryCol)},{c},{layout.Activity(layout.TotalCol)})", cached, totalRow, doc.Result.Total.Tonnes);
        }

        w.StartRow().Text("總排放量 Total").Formula($"SUM({layout.Activity(layout.TotalCol)})", rows.Sum(r => r.Total.Tonnes), RegisterStyles.Tonnes);

        // Scopes (GHG Protocol view of the same categories).
        w.SkipRows(1);
        w.Headers("範疇 Scope", "排放量 Emissions");
        for (var scope = 1; scope <= 3; scope++)
        {
            var categories = Enumerable.Range(1, 6).Where(c => IsoCategories.Scope(c) == scope).ToList();
            var formula = string.Join("+", categories.Select(c => $"SUMIF({layout.Activity(CategoryCol)},{c},{layout.Activity(layout.TotalCol)})"));
            w.StartRow().Text($"範疇{scope} Scope {scope}").Formula(formula, rows.Where(r => r.Scope == scope).Sum(r => r.Total.Tonnes), RegisterStyles.Tonnes);
        }

        // Data quality and uncertainty from sheets 4 and 5.
        w.SkipRows(1);
        w.Headers("數據品質與不確定性 Quality and uncertainty", "數值 Value");
        w.StartRow().Text("清冊等級總評分 Inventory grade")
            .Formula(CellRefs.On(Quality, QualityGradeCol, QualityTotalRow(layout)), doc.Quality.WeightedGrade, RegisterStyles.Amount);
        w.StartRow().Text("總不確定性下限 Lower bound (95 %)")
            .Formula(CellRefs.On(Uncertainty, UncertaintyLowerCol, UncertaintyTotalRow(layout)), doc.Quality.Uncertainty.Lower, RegisterStyles.Percent);
        w.StartRow().Text("總不確定性上限 Upper bound (95 %)")
            .Formula(CellRefs.On(Uncertainty, UncertaintyUpperCol, UncertaintyTotalRow(layout)), doc.Quality.Uncertainty.Upper, RegisterStyles.Percent);
    }

    public static void WriteGwp(SheetWriter w, InventoryDocument doc)
    {
        w.StartRow().Text($"附錄 全球暖化潛勢 GWP100 ({doc.Gwp.Id})", RegisterStyles.Title);
        w.StartRow().Text($"{doc.Gwp.Title}；AR5 = 環境部 113年2月5日公告 附表四。電力、蒸汽係數已為 CO2e，不再乘 GWP。");
        w.Headers("氣體 Gas", "群組 Group", "GWP", "本清冊使用 Used");
        var used = doc.Result.Rows.SelectMany(r => r.Gases.Select(g => g.Species)).ToHashSet(StringComparer.Ordinal);
        foreach (var species in doc.Gwp.Species.Order(StringComparer.Ordinal))
        {
            w.StartRow().Text(species).Text(GasSpecies.GroupOf(species)?.ToString()).Number(doc.Gwp.Find(species) ?? 0m).Text(used.Contains(species) ? "是 yes" : "");
        }
    }

    private static void GasRow(SheetWriter w, RegisterLayout layout, string label, int? category, decimal[] kilograms)
    {
        w.StartRow().Text(label);
        var groups = Enum.GetValues<GasGroup>();
        for (var g = 0; g < groups.Length; g++)
        {
            var terms = Enumerable.Range(0, layout.GasSlots).Select(s => category is null
                ? $"SUMIF({layout.Activity(SlotCol(s, 1))},\"{groups[g]}\",{layout.Activity(SlotCol(s, 5))})"
                : $"SUMIFS({layout.Activity(SlotCol(s, 5))},{layout.Activity(SlotCol(s, 1))},\"{groups[g]}\",{layout.Activity(CategoryCol)},{category})");
            w.Formula($"({string.Join("+", terms)})/1000", kilograms[g] / 1000m, RegisterStyles.Tonnes);
        }

        w.Formula($"SUM(B{w.Row}:{CellRefs.Column(groups.Length)}{w.Row})", kilograms.Sum() / 1000m, RegisterStyles.Tonnes);
    }

    private static void CategoryRow(SheetWriter w, string label, string formula, decimal cached, int totalRow, decimal total) =>
        w.StartRow().Text(label).Formula(formula, cached, RegisterStyles.Tonnes)
            .Formula($"IF($B${totalRow}=0,0,B{w.Row}/$B${totalRow})", total == 0 ? 0 : cached / total, RegisterStyles.Percent);

    private static GasGroup? GroupOf(Core.Inventory.RowResult row, Core.Inventory.GasEmission gas) =>
        row.Factor.IsCo2e ? GasGroup.CO2 : GasSpecies.GroupOf(gas.Species);

    private static decimal Kg(IEnumerable<Core.Inventory.GasEmission> gases) => gases.Sum(g => g.Co2e.Kilograms);
}
