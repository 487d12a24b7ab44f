using System.Globalization;
using Tanpan.Core.Factors;
using Tanpan.Core.Products;
using Tanpan.Documents.Register;

namespace Tanpan.Documents.ProductReport;

public static partial class ProductDataSheet
{
    private static void WriteRows(SheetWriter w, ProductFootprint f, Layout layout)
    {
        w.StartRow().Text("盤查列追溯 Inventory rows allocated to the product (公斤CO2e kg CO2e)", RegisterStyles.Title);
        w.StartRow().Text($"分配量 = 列排放量 × {AllocationSheet} 之分配比例 / allocated = row CO2e × the share on {AllocationSheet}");
        w.Headers("列號 Line", "廠區 Facility", "製程／排放源 Process / source", "原燃物料 Material", "分配基準 Key", "列排放量 Row CO2e", "分配比例 Share", "分配量 Allocated");
        for (var i = 0; i < f.Allocations.Count; i++)
        {
            var a = f.Allocations[i];
            foreach (var r in a.RowTrace())
            {
                w.StartRow().Number(r.Line).Text(r.Facility).Text(r.ProcessOrSource ?? "—").Text(FactorLibrary.Shipped.Materials.FindByKey(r.MaterialKey)?.NameZh ?? r.MaterialKey)
                    .Text(Key(r.Key)).Number(r.RowTotal.Kilograms, RegisterStyles.Tonnes)
                    .Formula(FormattableString.Invariant($"'{AllocationSheet}'!$G${FirstDataRow + i}"), r.Share, RegisterStyles.Factor)
                    .Formula(FormattableString.Invariant($"F{w.Row}*G{w.Row}"), r.Allocated.Kilograms, RegisterStyles.Tonnes);
            }
        }

        w.StartRow().Text("合計 Total").Skip(6);
        var sum = f.RowTrace().Aggregate(0m, (s, r) => s + r.Allocated.Kilograms);
        if (layout.RowTotal > FirstDataRow)
        {
            w.Formula(FormattableString.Invariant($"SUM(H{FirstDataRow}:H{layout.RowTotal - 1})"), sum, RegisterStyles.Tonnes);
        }
        else
        {
            w.Number(0, RegisterStyles.Tonnes);
        }
    }

    private const double ReasonRowPoints = 45;

    private static void WriteAllocations(SheetWriter w, ProductFootprint f, Layout layout)
    {
        w.StartRow().Text("製造階段分配 Allocation of production (ISO 14067:2018 §6.4.6; ISO 14044:2006 §4.3.4.2) (公斤CO2e kg CO2e)", RegisterStyles.Title);
        w.StartRow().Text($"分配池 = Σ {RowSheet}；分配比例 = 分子 ÷ 分母（直接指定為 1）；分配量 = 分配池 × 分配比例；每單位 = 分配量 ÷ 良品產量 / pool = Σ rows; share = numerator ÷ denominator (1 for direct); allocated = pool × share; per unit = allocated ÷ output");
        w.Headers("廠區 Facility", "基準 Key", "基準單位 Key unit", "分配池 Pool", "分子 Numerator", "分母 Denominator", "分配比例 Share", "分配量 Allocated",
            "每單位 Per unit", "期間（迄日不含）Period (end exclusive)", "承接尾差 Remainder", "理由 Reason");
        for (var i = 0; i < f.Allocations.Count; i++)
        {
            var a = f.Allocations[i];
            var (first, last) = layout.RowRanges[i];
            var row = w.StartRow(ReasonRowPoints).Row;   // the wrapped reason takes up to three lines
            w.Text(a.Facility).Text(Key(a.Key)).Text(a.KeyName);
            if (last >= first)
            {
                w.Formula(FormattableString.Invariant($"SUM('{RowSheet}'!F{first}:F{last})"), a.Pool.Kilograms, RegisterStyles.Tonnes);
            }
            else
            {
                w.Number(a.Pool.Kilograms, RegisterStyles.Tonnes);
            }

            w.Number(a.Numerator, RegisterStyles.Amount).Number(a.Denominator, RegisterStyles.Amount);
            if (a.Key == AllocationKey.Direct)
            {
                w.Number(1, RegisterStyles.Factor);
            }
            else
            {
                w.Formula(FormattableString.Invariant($"E{row}/F{row}"), a.Share, RegisterStyles.Factor);
            }

            w.Formula(FormattableString.Invariant($"D{row}*G{row}"), a.Allocated.Kilograms, RegisterStyles.Tonnes)
                .Formula(FormattableString.Invariant($"H{row}/{Output}"), a.Allocated.Kilograms / f.Output, RegisterStyles.Tonnes)
                .Text(FormattableString.Invariant($"{a.PeriodStart:yyyy-MM-dd} – {a.PeriodEnd:yyyy-MM-dd}"))
                .Text(a.TookRemainder ? "是 yes" : "")
                .Text(a.Reason, RegisterStyles.Wrapped);
        }

        var total = w.StartRow().Text("合計 Total").Skip(6).Row;
        var range = FormattableString.Invariant($"H{FirstDataRow}:H{total - 1}");
        w.Formula(f.Allocations.Count == 0 ? "0" : $"SUM({range})", f.ProductionTotal.Kilograms, RegisterStyles.Tonnes)
            .Formula(FormattableString.Invariant($"H{total}/{Output}"), f.Stage(LifeCycleStage.Production).Kilograms, RegisterStyles.Tonnes);
    }

    private static void WriteBom(SheetWriter w, ProductFootprint f, Layout layout)
    {
        w.StartRow().Text("原料取得 Raw-material acquisition: bill of materials (每宣告單位 per declared unit)", RegisterStyles.Title);
        w.StartRow().Text("換算後用量 = 用量 × 換算係數；貢獻 = 換算後用量 × 係數（公斤CO2e／係數單位）/ converted = quantity × conversion; contribution = converted × factor");
        w.Headers("物料 Material", "用量 Quantity", "用量單位 Unit", "換算係數 Conversion", "換算後用量 Converted", "係數單位 Factor unit",
            "係數 kg CO2e / factor unit", "貢獻 kg CO2e per unit", "來源 Source", "出處 Reference", "一級數據比例 Primary data %");
        foreach (var b in f.Bom)
        {
            var row = w.StartRow().Row;
            var source = b.Line.Source switch
            {
                BomSource.SupplierPcf => "供應商碳足跡 supplier PCF",
                BomSource.SecondaryFactor => "次級資料庫 secondary",
                _ => "自製產品（其搖籃到大門碳足跡）own product (its cradle-to-gate CFP)",
            };
            w.Text(b.Line.Material).Number(b.Line.QuantityPerUnit, RegisterStyles.Amount).Text(b.Line.Unit.Key)
                .Number(b.Line.Unit.ConvertTo(1m, b.FactorUnit), RegisterStyles.Amount)
                .Formula(FormattableString.Invariant($"B{row}*D{row}"), b.Quantity, RegisterStyles.Amount)
                .Text(b.FactorUnit.Key).Number(b.KgCo2ePerUnit, RegisterStyles.Amount)
                .Formula(FormattableString.Invariant($"E{row}*G{row}"), b.PerUnit.Kilograms, RegisterStyles.Tonnes)
                .Text(source, RegisterStyles.Wrapped).Text(b.Reference, RegisterStyles.Wrapped).Number(b.PrimaryDataShare, RegisterStyles.Amount);
        }

        w.StartRow().Text("合計 Total").Skip(6).Formula(f.Bom.Count == 0 ? "0" : FormattableString.Invariant($"SUM(H{FirstDataRow}:H{layout.BomTotal - 1})"),
            f.Stage(LifeCycleStage.RawMaterialAcquisition).Kilograms, RegisterStyles.Tonnes);
    }

    private static void WriteResult(SheetWriter w, ProductFootprint f, Layout layout)
    {
        var unit = f.Product.DeclaredUnit;
        w.StartRow().Text($"結果 Results (公斤CO2e／{unit.NameZh} kg CO2e per {unit.Key})", RegisterStyles.Title);
        w.Headers("項目 Item", "公斤CO2e／單位 kg CO2e per unit", "計算 How");
        var raw = w.StartRow().Row;
        w.Text("原料取得 Raw-material acquisition").Formula(CellRefs.On(BomSheet, 7, layout.BomTotal), f.Stage(LifeCycleStage.RawMaterialAcquisition).Kilograms, RegisterStyles.Tonnes)
            .Text($"{BomSheet} 合計 total");
        var production = w.StartRow().Row;
        w.Text("製造 Production").Formula(CellRefs.On(AllocationSheet, 8, layout.AllocationTotal), f.Stage(LifeCycleStage.Production).Kilograms, RegisterStyles.Tonnes)
            .Text($"{AllocationSheet} 合計 ÷ 良品產量 total ÷ good output");
        foreach (var stage in LifeCycleStages.All.Where(s => !LifeCycleStages.IsCradleToGate(s) && f.ByStage.ContainsKey(s)))
        {
            w.StartRow().Text($"{LifeCycleStages.NameZh(stage)} {LifeCycleStages.NameEn(stage)}").Number(f.Stage(stage).Kilograms, RegisterStyles.Tonnes)
                .Text("使用者提供之每單位數值 per-unit value supplied by the user");
        }

        var last = w.Row;
        w.StartRow().Text("合計 Total").Formula(FormattableString.Invariant($"SUM(B{raw}:B{last})"), f.Total.Kilograms, RegisterStyles.Tonnes);
        var gate = w.StartRow().Text("搖籃到大門 Cradle to gate").Formula(FormattableString.Invariant($"B{raw}+B{production}"), f.CradleToGate.Kilograms, RegisterStyles.Tonnes)
            .Text("原料取得 + 製造 raw material + production").Row;
        var bomShares = f.Bom.Count == 0 ? "" : FormattableString.Invariant($"+SUMPRODUCT('{BomSheet}'!H{FirstDataRow}:H{layout.BomTotal - 1},'{BomSheet}'!K{FirstDataRow}:K{layout.BomTotal - 1})");
        w.StartRow().Text("一級數據比例 % Primary-data share %")
            .Formula(FormattableString.Invariant($"IF(B{gate}=0,0,(B{production}*100{bomShares})/B{gate})"), f.PrimaryDataShare, RegisterStyles.Amount)
            .Text("製造 100 %，物料依其比例 production 100 %, materials at their share");

        w.SkipRows(1);
        w.Headers("溫室氣體 Gas", "公斤CO2e／單位 kg CO2e per unit");
        foreach (var (gas, value) in f.ByGas.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.StartRow().Text(gas == ProductFootprint.UnsplitGas ? "CO2e（未分氣體 not split）" : gas).Number(value.Kilograms, RegisterStyles.Tonnes);
        }

        w.StartRow().Text("化石 Fossil").Number(f.Fossil.Kilograms, RegisterStyles.Tonnes);
        w.StartRow().Text("生質 Biogenic").Number(f.Biogenic.Kilograms, RegisterStyles.Tonnes);
        w.StartRow().Text("盤查數據品質等級 Inventory quality grade (1–3)").Text(f.Quality.InventoryGrade is { } g ? g.ToString("0.00", CultureInfo.InvariantCulture) : "—");
    }
}
