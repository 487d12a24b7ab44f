using System.Globalization;
using Tanpan.Core.Products;

namespace Tanpan.Documents.ProductReport;

public static partial class ProductFootprintReport
{
    private static void WriteInterpretation(Writer w)
    {
        var f = w.F;
        var unit = w.Unit(f.Product.DeclaredUnit);
        w.Chapter(4);
        var largest = LifeCycleStages.All.Where(f.ByStage.ContainsKey).MaxBy(s => f.Stage(s).Kilograms);
        if (largest is { } stage && f.Total.Kilograms != 0)
        {
            var share = w.Percent(Share(f.Stage(stage).Kilograms, f.Total.Kilograms));
            w.Docx.Paragraph(w.L($"熱點：{w.Stage(stage)}階段占碳足跡之 {share}，為減量之優先對象。", $"Hotspot: the {w.Stage(stage).ToLowerInvariant()} stage carries {share} of the footprint and is where reduction pays first."));
        }

        w.Docx.Paragraph(w.L(
            $"報廢及次級品：期間內報廢及次級品 {w.Amount(f.Scrap, f.Product.DeclaredUnit)} 僅予記錄，不分配排放；廢料非共同產品（ISO 14067），其生產排放由良品產量承擔。有價出售之次級品應列為獨立產品並參與分配。CBAM 對廢料投入視為零排放之規定為 CBAM 申報慣例，不適用於本研究。",
            $"Scrap and off-spec: {w.Amount(f.Scrap, f.Product.DeclaredUnit)} over the period are recorded and receive no allocation; waste is not a co-product (ISO 14067), so its production emissions are borne by the good output. Off-spec sold with economic value should be declared as a product of its own and allocated. CBAM's zero-emission convention for scrap inputs is a CBAM reporting rule and is not applied here."));
        w.Docx.Paragraph(w.L(
            "生質碳：僅當排放係數標示非化石氣體（如非化石 CH4）時計為生質；環境部係數集未提供生質燃料係數，供應商與次級資料庫係數以 CO2e 總量提供、視為化石，故生質排放通常為零。未量化生物碳移除與土地利用變化。",
            "Biogenic carbon: counted as biogenic only when a factor names a non-fossil gas (e.g. non-fossil CH4); the MOENV factor sets give no biomass-fuel factors and supplier and secondary factors come as a CO2e total treated as fossil, so biogenic emissions are usually zero. Biogenic removals and land-use change are not quantified."));
        w.Docx.Paragraph(w.L(
            "假設與限制：物料用量為含損耗之毛用量；供應商碳足跡與次級係數依其提供者之數值直接採用，未重新查證；本研究為搖籃到大門之部分碳足跡，不含配送、使用及廢棄處理（除非上表列出使用者提供之數值），不得用於比較性宣告；未進行不確定性與敏感度分析；電力以當年度全國電力排碳係數計算。",
            "Assumptions and limitations: material quantities are gross (losses included); supplier PCFs and secondary factors are used as their providers state them, not re-verified; this is a cradle-to-gate partial CFP without distribution, use and end of life (unless the tables above list user-supplied values) and must not be used for comparative assertions; no uncertainty or sensitivity analysis was done; electricity uses the national grid factor of the year."));
    }

    private static void WriteVerification(Writer w)
    {
        var f = w.F;
        var unit = w.Unit(f.Product.DeclaredUnit);
        w.Chapter(5);
        w.Docx.Heading(2, w.L("6.1 計算式", "6.1 How each figure is computed"));
        w.Docx.Paragraph(w.L(
            $"製造（每{unit}）= Σ 分配量 ÷ 良品產量；各盤查列之分配量 = 該列排放量 × 分配比例。原料取得（每{unit}）= Σ（物料用量 × 係數）；自製產品之係數為其搖籃到大門碳足跡。合計 = 各階段加總。所有數字以十進位精確計算，僅於顯示時四捨五入；同時產出之資料表（.xlsx）以公式重現上述計算。",
            $"Production (per {unit}) = Σ allocated ÷ good output; each inventory row's allocated amount = its emissions × the share. Raw-material acquisition (per {unit}) = Σ (quantity × factor); an own product's factor is its cradle-to-gate footprint. Total = the sum of the stages. Every figure is exact decimal, rounded only to show; the data sheet (.xlsx) produced with this report reproduces the calculation with formulas."));
        w.Docx.Table([w.L("參考資料", "Reference data"), w.L("版本／內容", "Version / value")],
        [
            [w.L("燃料排放係數集", "Fuel factor set"), $"{f.FactorSetId} ({f.FactorSetVersion})"],
            [w.L("全球暖化潛勢", "GWP set"), f.GwpSetId],
            [w.L("分配基準", "Allocation keys"), string.Join(w.L("、", ", "), f.Allocations.Select(a => w.Key(a.Key)).Distinct())],
            [w.L("物料清單來源", "BOM sources"), f.Bom.Count == 0 ? "—" : string.Join(w.L("；", "; "), f.Bom.Select(b => $"{b.Line.Material} ({b.Reference})"))],
        ]);
        w.Docx.Heading(2, w.L("6.2 盤查列追溯", "6.2 Inventory rows traced"));
        w.Docx.Paragraph(w.L(
            "下表列出分配予本產品之每一盤查列：活動數據檔之列號、廠區、製程或排放源、原燃物料、該列排放量、分配比例及分配量。",
            "Each inventory row allocated to this product: its line in the activity file, facility, process or source, material, the row's emissions, the share and the allocated amount."));
        w.Docx.Table(
            [w.L("列號", "Line"), w.L("廠區", "Facility"), w.L("製程／排放源", "Process / source"), w.L("原燃物料", "Material"),
                w.L("列排放量 (公噸CO2e)", "Row (tCO2e)"), w.L("分配比例", "Share"), w.L("分配量 (公噸CO2e)", "Allocated (tCO2e)")],
            f.RowTrace().Select(r => (IReadOnlyList<string>)
            [
                r.Line.ToString(CultureInfo.InvariantCulture), r.Facility, r.ProcessOrSource ?? "—", w.Material(r.MaterialKey),
                w.Tonnes(r.RowTotal.Tonnes), r.Share.ToString("0.######%", w.Culture), w.Tonnes(r.Allocated.Tonnes),
            ]));
    }
}
