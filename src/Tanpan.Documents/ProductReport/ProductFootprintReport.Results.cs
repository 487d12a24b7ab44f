using Tanpan.Core.Products;
using Tanpan.Documents.Report;

namespace Tanpan.Documents.ProductReport;

public static partial class ProductFootprintReport
{
    private static void WriteInventory(Writer w)
    {
        var f = w.F;
        w.Chapter(2);
        w.Docx.Heading(2, w.L("3.1 數據來源", "3.1 Data sources"));
        w.Docx.Paragraph(w.L(
            $"製造階段採組織自有之一級活動數據（溫室氣體盤查），燃料排放係數採 {f.FactorSetId}（版本 {f.FactorSetVersion}），全球暖化潛勢採 {f.GwpSetId}；外購電力採經濟部能源署公告之當年度電力排碳係數。原料取得階段之來源如下表。",
            $"The production stage uses the organisation's own primary activity data (its GHG inventory) with fuel factors {f.FactorSetId} (version {f.FactorSetVersion}) and GWP set {f.GwpSetId}; purchased electricity uses the Energy Administration's grid factor of the year. Raw-material sources are listed below."));
        w.Docx.Table([w.L("物料", "Material"), w.L("來源類型", "Source type"), w.L("出處", "Reference"), w.L("一級數據比例", "Primary data")],
            f.Bom.Select(b => (IReadOnlyList<string>)[b.Line.Material, w.SourceKind(b.Line.Source), b.Reference, w.Percent(b.PrimaryDataShare / 100m)]));
        w.Docx.Paragraph(f.SecondarySources.Count == 0
            ? w.L("物料清單（含各層自製產品）未使用次級資料庫。", "No secondary database is used anywhere in the bill of materials.")
            : w.L("使用之次級資料庫及版本：", "Secondary databases and versions used: ")
                + string.Join(w.L("、", "; "), f.SecondarySources.Select(s => $"{s.Name} {s.Version}")));
        w.Docx.Heading(2, w.L("3.2 一級數據比例與數據品質", "3.2 Primary-data share and data quality"));
        var stated = f.Quality.Stated;
        w.Docx.Table([w.L("項目", "Item"), w.L("數值", "Value")],
        [
            [w.L("一級數據比例（占搖籃到大門碳足跡）", "Primary-data share (of the cradle-to-gate CFP)"), w.Percent(f.PrimaryDataShare / 100m)],
            [w.L("盤查數據品質等級（排放量加權，1 最佳至 3）", "Inventory data-quality grade (emission-weighted, 1 best to 3)"), f.Quality.InventoryGrade is { } g ? g.ToString("0.00", w.Culture) : "—"],
            [w.L("技術代表性（組織自評，1 至 5）", "Technological representativeness (stated, 1 to 5)"), Rating(stated?.Technological)],
            [w.L("時間代表性（組織自評，1 至 5）", "Temporal representativeness (stated, 1 to 5)"), Rating(stated?.Temporal)],
            [w.L("地理代表性（組織自評，1 至 5）", "Geographical representativeness (stated, 1 to 5)"), Rating(stated?.Geographical)],
        ]);
        w.Docx.Paragraph(w.L(
            "一級數據比例：製造階段以 100 % 計，供應商碳足跡以其聲明之比例計（未聲明者以 0 計），次級資料庫以 0 計，自製產品以其本身計算之比例計。盤查數據品質等級依環境部清冊方法（活動數據種類 × 儀器校正 × 係數種類）評分；代表性評等由組織自行聲明，Tanpan 不推估。",
            "Primary-data share: production counts 100 %, a supplier PCF at the supplier's stated share (0 when not stated), a secondary factor 0, an own product at its own computed share. The inventory grade follows the MOENV register method (activity-data type × calibration × factor type); the representativeness ratings are stated by the organisation, never derived by Tanpan."));

        string Rating(decimal? value) => value is { } v ? v.ToString("0.#", w.Culture) : w.L("未提供", "not stated");
    }

    private static void WriteResults(Writer w)
    {
        var f = w.F;
        var unit = w.Unit(f.Product.DeclaredUnit);
        w.Chapter(3);
        w.Docx.Heading(2, w.L("4.1 依生命週期階段", "4.1 By life-cycle stage"));
        var stages = LifeCycleStages.All.Where(f.ByStage.ContainsKey).ToList();
        w.Docx.Table([w.L("編號", "No."), w.L("階段", "Stage"), w.L($"公斤CO2e／{unit}", $"kg CO2e per {unit}"), w.L("佔比", "Share")],
        [
            .. stages.Select((s, i) => (IReadOnlyList<string>)[StageId(i), w.Stage(s), w.Kg(f.Stage(s).Kilograms), w.Percent(Share(f.Stage(s).Kilograms, f.Total.Kilograms))]),
            [w.L("合計", "Total"), "", w.Kg(f.Total.Kilograms), w.Percent(f.Total.Kilograms == 0 ? 0m : 1m)],
        ]);
        var bars = stages.Select((s, i) => (StageId(i), f.Stage(s).Kilograms, Share(f.Stage(s).Kilograms, f.Total.Kilograms))).ToList();
        var png = HotspotChart.Render(bars, w.Culture, "kg");
        w.Docx.Image(png, HotspotChart.Width, HotspotChart.HeightFor(bars.Count), w.L("各階段碳足跡長條圖", "Bar chart of the footprint by stage"));
        w.Docx.Caption(w.L($"圖 1 各生命週期階段之碳足跡（公斤CO2e／{unit}），編號對照上表。", $"Figure 1. Footprint by life-cycle stage (kg CO2e per {unit}); numbers as in the table above."));

        w.Docx.Heading(2, w.L("4.2 依溫室氣體", "4.2 By greenhouse gas"));
        w.Docx.Table([w.L("溫室氣體", "Gas"), w.L($"公斤CO2e／{unit}", $"kg CO2e per {unit}"), w.L("佔比", "Share")],
            f.ByGas.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)
                [w.Gas(g.Key), w.Kg(g.Value.Kilograms), w.Percent(Share(g.Value.Kilograms, f.Total.Kilograms))]));
        w.Docx.Heading(2, w.L("4.3 化石與生質", "4.3 Fossil and biogenic"));
        w.Docx.Table([w.L("來源", "Origin"), w.L($"公斤CO2e／{unit}", $"kg CO2e per {unit}")],
        [
            [w.L("化石", "Fossil"), w.Kg(f.Fossil.Kilograms)],
            [w.L("生質", "Biogenic"), w.Kg(f.Biogenic.Kilograms)],
        ]);

        w.Docx.Heading(2, w.L("4.4 製造階段之分配", "4.4 Allocation of the production stage"));
        w.Docx.Paragraph(w.L(
            $"製造階段 = 分配予本產品之排放量合計 {w.Tonnes(f.ProductionTotal.Tonnes)} 公噸CO2e ÷ 良品產量 {w.Amount(f.Output, f.Product.DeclaredUnit)}。分配比例 = 分子 ÷ 分母；分配量 = 分配池 × 分配比例。",
            $"Production = the emissions allocated to this product, {w.Tonnes(f.ProductionTotal.Tonnes)} tCO2e, ÷ good output {w.Amount(f.Output, f.Product.DeclaredUnit)}. Share = numerator ÷ denominator; allocated = pool × share."));
        // One column per allocation (at most three per table): nine fields do not fit side by side on an A4 page.
        foreach (var chunk in f.Allocations.Select((a, i) => (a, i)).Chunk(3))
        {
            w.Docx.Table([w.L("項目", "Item"), .. chunk.Select(x => w.L($"分配 {x.i + 1}", $"Allocation {x.i + 1}"))],
            [
                [w.L("廠區", "Facility"), .. chunk.Select(x => x.a.Facility)],
                [w.L("基準", "Key"), .. chunk.Select(x => w.Key(x.a.Key))],
                [w.L("分子", "Numerator"), .. chunk.Select(x => $"{w.Number(x.a.Numerator)} {w.KeyUnit(x.a.KeyName)}")],
                [w.L("分母", "Denominator"), .. chunk.Select(x => $"{w.Number(x.a.Denominator)} {w.KeyUnit(x.a.KeyName)}")],
                [w.L("分配比例", "Share"), .. chunk.Select(x => x.a.Share.ToString("0.######%", w.Culture))],
                [w.L("分配池 (公噸CO2e)", "Pool (tCO2e)"), .. chunk.Select(x => w.Tonnes(x.a.Pool.Tonnes))],
                [w.L("分配量 (公噸CO2e)", "Allocated (tCO2e)"), .. chunk.Select(x => w.Tonnes(x.a.Allocated.Tonnes) + (x.a.TookRemainder ? " *" : ""))],
                [w.L("期間", "Period"), .. chunk.Select(_ => w.Period)],
                [w.L("理由", "Reason"), .. chunk.Select(x => w.Reason(x.a))],
            ]);
        }

        if (f.Allocations.Any(a => a.TookRemainder))
        {
            w.Docx.Paragraph(w.L("* 承接該廠區除不盡之尾差（至多小數第 28 位數個單位）。", "* Took its facility's division remainder (a few units of the 28th decimal at most)."));
        }

        w.Docx.Heading(2, w.L("4.5 原料取得（物料清單）之貢獻", "4.5 Raw-material acquisition (bill of materials)"));
        w.Docx.Table(
            [w.L("物料", "Material"), w.L("用量／單位產品", "Quantity per unit"), w.L("係數 (公斤CO2e／單位)", "Factor (kg CO2e per unit)"), w.L($"貢獻 (公斤CO2e／{unit})", $"Contribution (kg CO2e per {unit})"), w.L("出處", "Reference")],
            [
                .. f.Bom.Select(b => (IReadOnlyList<string>)
                [
                    b.Line.Material, w.Amount(b.Quantity, b.FactorUnit), $"{w.Number(b.KgCo2ePerUnit)} / {w.Unit(b.FactorUnit)}", w.Kg(b.PerUnit.Kilograms),
                    $"{w.SourceKind(b.Line.Source)}：{b.Reference}".Replace("：", w.L("：", ": "), StringComparison.Ordinal),
                ]),
                [w.L("合計", "Total"), "", "", w.Kg(f.Stage(LifeCycleStage.RawMaterialAcquisition).Kilograms), ""],
            ]);
    }

    private static string StageId(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static decimal Share(decimal part, decimal total) => total == 0 ? 0 : part / total;
}
