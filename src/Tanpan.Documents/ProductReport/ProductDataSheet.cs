using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Tanpan.Core.Products;
using Tanpan.Documents.Register;

namespace Tanpan.Documents.ProductReport;

/// <summary>
/// Writes the 產品碳足跡資料表 (.xlsx) of one product footprint: every figure a verifier recomputes is a formula over the
/// sheets before it, with the exact figure as its cached value (docs/product-footprints.md, "Documents"):
/// 產品資料 (product, declared unit, period, output, reference data) → 盤查列 (each allocated inventory row: its CO₂e ×
/// the share = allocated) → 製造分配 (pool = Σ its rows; share = numerator ÷ denominator; allocated = pool × share;
/// per unit = allocated ÷ output) → 原料 BOM (quantity × conversion × factor = contribution) → 結果 (stages, total,
/// cradle-to-gate, primary-data share). The stream only needs to be writable.
/// </summary>
public static partial class ProductDataSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string ProductSheet = "產品資料";
    public const string RowSheet = "盤查列";
    public const string AllocationSheet = "製造分配";
    public const string BomSheet = "原料 BOM";
    public const string ResultSheet = "結果";

    /// <summary>Data rows of the table sheets start under the title, the note and the header row.</summary>
    public const int FirstDataRow = 4;

    /// <summary>The cell of the good output on <see cref="ProductSheet"/> (the divisor of every per-unit figure).</summary>
    public const string OutputCell = "B10";

    public static void Write(Stream stream, ProductFootprint footprint, ProductDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(footprint);
        ArgumentNullException.ThrowIfNull(info);
        var layout = new Layout(footprint);
        using var package = new XlsxPackage(stream);
        void Add(string name, IReadOnlyList<double> widths, int frozenRows, Action<SheetWriter> write)
        {
            using var writer = package.AddSheet(name, widths, frozenRows);
            write(writer);
        }

        Add(ProductSheet, [36, 48], 0, w => WriteProduct(w, footprint, info));
        Add(RowSheet, [8, 16, 18, 16, 18, 16, 18, 18], 3, w => WriteRows(w, footprint, layout));
        Add(AllocationSheet, [14, 16, 10, 16, 16, 18, 12, 16, 12, 22, 8, 40], 3, w => WriteAllocations(w, footprint, layout));
        Add(BomSheet, [16, 12, 10, 12, 14, 10, 16, 18, 16, 30, 12], 3, w => WriteBom(w, footprint, layout));
        Add(ResultSheet, [30, 20, 60], 0, w => WriteResult(w, footprint, layout));

        // Cached values are there for readers that do not calculate; Excel and LibreOffice recalculate on open.
        package.Finish(RegisterStyles.Create(), new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true },
            $"產品碳足跡資料表 {footprint.Product.Code} {footprint.Product.Name}", info.GeneratedAt);
    }

    private static void WriteProduct(SheetWriter w, ProductFootprint f, ProductDocumentInfo info)
    {
        var p = f.Product;
        w.StartRow().Text("產品碳足跡資料表 Product carbon footprint data sheet", RegisterStyles.Title);
        w.Headers("項目 Item", "內容 Value");
        w.StartRow().Text("組織 Organisation").Text(info.OrganisationName);
        w.StartRow().Text("產品代碼 Product code").Text(p.Code);
        w.StartRow().Text("產品名稱 Product").Text(p.Name);
        w.StartRow().Text("宣告單位 Declared unit").Text($"1 {p.DeclaredUnit.NameZh} ({p.DeclaredUnit.Key})");
        w.StartRow().Text("每單位質量 kg per declared unit").Number(p.MassKgPerUnit, RegisterStyles.Amount);
        w.StartRow().Text("期間起 Period start").Text(f.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.StartRow().Text("期間迄（不含）Period end (exclusive)").Text(f.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.StartRow().Text("良品產量 Good output").Number(f.Output, RegisterStyles.Amount);   // row 10: OutputCell
        w.StartRow().Text("報廢量（未分配）Scrap (not allocated)").Number(f.Scrap, RegisterStyles.Amount);
        w.StartRow().Text("燃料係數集 Fuel factor set").Text($"{f.FactorSetId} ({f.FactorSetVersion})");
        w.StartRow().Text("全球暖化潛勢 GWP set").Text(f.GwpSetId);
        w.StartRow().Text("次級資料庫 Secondary databases").Text(f.SecondarySources.Count == 0 ? "—" : string.Join("; ", f.SecondarySources.Select(s => $"{s.Name} {s.Version}")));
        w.StartRow().Text("產出時間 Generated").Text(info.GeneratedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        w.StartRow().Text("單位 Units").Text("公斤CO2e kg CO2e；每單位 = 每宣告單位 per declared unit", RegisterStyles.Wrapped);
    }

    private static string Output => CellRefs.On(ProductSheet, 1, 10);

    private static string Key(AllocationKey key) => key switch
    {
        AllocationKey.Direct => "直接指定 direct",
        AllocationKey.Mass => "質量 mass",
        AllocationKey.OtherPhysical => "其他物理量 other physical",
        _ => "營收 economic",
    };

    /// <summary>Where each allocation and its rows land, so that formulas can point at rows written on other sheets.</summary>
    private sealed class Layout
    {
        public Layout(ProductFootprint f)
        {
            var row = FirstDataRow;
            foreach (var a in f.Allocations)
            {
                RowRanges.Add((row, row + a.Rows.Count - 1));
                row += a.Rows.Count;
            }

            RowTotal = row;
            AllocationTotal = FirstDataRow + f.Allocations.Count;
            BomTotal = FirstDataRow + f.Bom.Count;
        }

        /// <summary>Per allocation, its first and last row on <see cref="RowSheet"/> (last &lt; first when it has none).</summary>
        public List<(int First, int Last)> RowRanges { get; } = [];

        public int RowTotal { get; }

        public int AllocationTotal { get; }

        public int BomTotal { get; }
    }
}
