using Tanpan.Core.Inventory;
using Tanpan.Core.Products;

namespace Tanpan.Documents.Products;

/// <summary>
/// Reads the BOM file (docs/product-footprints.md, "BOM file"): per line the parent product, the material, the quantity
/// per declared unit of the parent and its unit, and the source of the material's footprint — <c>supplier</c> (a PCF
/// received: factor, its unit, the supplier, the footprint id, optionally its primary-data share), <c>secondary</c> (a
/// database factor: factor, unit, database, version) or <c>product</c> (another product in the products file: the code in
/// <c>reference</c>, or the material name when that is empty). Nothing is returned when any line is bad.
/// </summary>
public static class BomFile
{
    internal static readonly CsvColumn[] Columns =
    [
        new("parent_code", "產品代碼", true, "parent", "product_code"),
        new("material", "物料", true, "物料名稱", "component", "原料"),
        new("quantity", "用量", true, "quantity_per_unit", "每單位用量"),
        new("unit", "單位", true, "用量單位"),
        new("source", "來源", true, "footprint_source", "係數來源"),
        new("factor_kg_co2e", "係數", false, "factor", "kg_co2e_per_unit", "排放係數"),
        new("factor_unit", "係數單位", false),
        new("reference", "出處", false, "supplier", "database", "供應商", "資料庫"),
        new("version", "版本", false, "footprint_id", "編號"),
        new("primary_data_share", "一級數據比例", false, "pds"),
    ];

    public static (IReadOnlyList<BomLine>? Lines, IReadOnlyList<ActivityIssue> Issues) Read(string path)
    {
        var issues = new List<ActivityIssue>();
        var lines = new List<BomLine>();
        ProductCsv.Read(path, "物料清單檔", "BOM file", Columns, issues, (line, cell) =>
        {
            if (ReadLine(line, cell, issues) is { } bom)
            {
                lines.Add(bom);
            }
        });
        return issues.Count > 0 ? (null, issues) : (lines, issues);
    }

    private static BomLine? ReadLine(int line, Func<string, string> cell, List<ActivityIssue> issues)
    {
        var before = issues.Count;
        ProductCsv.Required(line, "parent_code", cell("parent_code"), issues);
        ProductCsv.Required(line, "material", cell("material"), issues);
        ProductCsv.Required(line, "quantity", cell("quantity"), issues);
        var quantity = ProductCsv.Number(line, "quantity", cell("quantity"), issues);
        var unit = Unit(line, "unit", cell("unit"), issues);
        var factorUnit = cell("factor_unit").Length > 0 ? Unit(line, "factor_unit", cell("factor_unit"), issues) : unit;
        var kind = cell("source").ToLowerInvariant() switch
        {
            "supplier" or "供應商" or "pact" or "supplier_pcf" => "supplier",
            "secondary" or "次級" or "次級資料" or "database" or "資料庫" => "secondary",
            "product" or "自製" or "自製品" or "own" or "本公司產品" => "product",
            _ => null,
        };
        if (kind is null)
        {
            issues.Add(new ActivityIssue(line, "source", $"來源「{cell("source")}」無效（supplier、secondary 或 product）", $"source '{cell("source")}' must be supplier, secondary or product"));
        }

        decimal? factor = null;
        if (kind is "supplier" or "secondary")
        {
            ProductCsv.Required(line, "factor_kg_co2e", cell("factor_kg_co2e"), issues);
            ProductCsv.Required(line, "reference", cell("reference"), issues);
            factor = ProductCsv.Number(line, "factor_kg_co2e", cell("factor_kg_co2e"), issues);
        }

        if (kind is "secondary")
        {
            ProductCsv.Required(line, "version", cell("version"), issues);
        }

        var share = ProductCsv.Number(line, "primary_data_share", cell("primary_data_share"), issues);
        if (issues.Count > before)
        {
            return null;
        }

        BomSource source = kind switch
        {
            "supplier" => new BomSource.SupplierPcf(factor!.Value, factorUnit!, cell("reference"), cell("version").Length > 0 ? cell("version") : null, share),
            "secondary" => new BomSource.SecondaryFactor(factor!.Value, factorUnit!, cell("reference"), cell("version")),
            _ => new BomSource.OwnProduct(cell("reference").Length > 0 ? cell("reference") : cell("material")),
        };
        return new BomLine(cell("parent_code"), cell("material"), quantity!.Value, unit!, source) { Line = line };
    }

    private static DeclaredUnit? Unit(int line, string column, string text, List<ActivityIssue> issues)
    {
        var unit = DeclaredUnit.Parse(text);
        if (unit is null)
        {
            issues.Add(new ActivityIssue(line, column, $"不明的單位「{text}」（piece、kg、t、m2、kWh、L、m3、MJ）", $"unknown unit '{text}' (piece, kg, t, m2, kWh, L, m3, MJ)"));
        }

        return unit;
    }
}
