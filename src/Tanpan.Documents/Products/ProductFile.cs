using Tanpan.Core.Inventory;
using Tanpan.Core.Products;
using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Documents.Products;

/// <summary>
/// Reads the products file (docs/product-footprints.md, "Products file"): one row per product and facility-year output,
/// with the product's code, name, declared unit, kg per declared unit, CN/CCC codes, the facility, year, good output,
/// revenue, scrap, the processes or sources assigned wholly to it and any per-unit values after the gate. Product
/// columns repeated over a product's rows must agree. Nothing is returned when any row is bad.
/// </summary>
public static class ProductFile
{
    internal static readonly CsvColumn[] Columns =
    [
        new("code", "產品代碼", true, "product_code", "料號"),
        new("name", "產品名稱", true, "product_name", "品名"),
        new("declared_unit", "宣告單位", true, "unit", "單位"),
        new("mass_kg_per_unit", "每單位質量", false, "每單位質量(kg)", "mass_kg", "單位重量"),
        new("cn_code", "CN碼", false, "cn"),
        new("ccc_code", "貨品分類號列", false, "ccc", "CCC碼"),
        new("facility", "廠區", true, "廠區名稱", "site", "plant"),
        new("year", "年度", true, "盤查年度"),
        new("quantity", "產量", true, "output", "良品產量"),
        new("revenue_ntd", "營收", false, "revenue", "營收(元)", "銷售額"),
        new("scrap", "報廢量", false, "off_spec", "不良品量"),
        new("assigned", "直接指定製程", false, "assigned_processes", "專屬製程"),
        new("distribution_kg_co2e", "配送銷售", false, "distribution"),
        new("use_kg_co2e", "使用", false, "use"),
        new("end_of_life_kg_co2e", "廢棄處理", false, "end_of_life"),
    ];

    public static (ProductData? Data, IReadOnlyList<ActivityIssue> Issues) Read(string path)
    {
        var issues = new List<ActivityIssue>();
        var products = new Dictionary<string, (Product Product, int Line)>(StringComparer.Ordinal);
        var order = new List<string>();
        var outputs = new List<ProductOutput>();
        var assignments = new List<ProcessAssignment>();
        var downstream = new Dictionary<(string, LifeCycleStage), DownstreamValue>();
        var seen = new HashSet<(string, string, int)>();
        ProductCsv.Read(path, "產品檔", "products file", Columns, issues, (line, cell) =>
        {
            var before = issues.Count;
            var product = ReadProduct(line, cell, issues);
            int? year = ActivityRowReader.TryParseYear(cell("year"), out var y) ? y : null;
            if (year is null)
            {
                issues.Add(new ActivityIssue(line, "year", $"年度「{cell("year")}」無效", $"year '{cell("year")}' is not valid"));
            }

            ProductCsv.Required(line, "facility", cell("facility"), issues);
            ProductCsv.Required(line, "quantity", cell("quantity"), issues);
            var quantity = ProductCsv.Number(line, "quantity", cell("quantity"), issues);
            var revenue = ProductCsv.Number(line, "revenue_ntd", cell("revenue_ntd"), issues);
            var scrap = ProductCsv.Number(line, "scrap", cell("scrap"), issues);
            var stages = new[] { ("distribution_kg_co2e", LifeCycleStage.Distribution), ("use_kg_co2e", LifeCycleStage.Use), ("end_of_life_kg_co2e", LifeCycleStage.EndOfLife) }
                .Select(s => (s.Item2, Value: ProductCsv.Number(line, s.Item1, cell(s.Item1), issues, nonNegative: false))).ToList();
            if (issues.Count > before || product is null)
            {
                return;
            }

            var key = TextKey.Normalize(product.Code);
            if (!products.TryGetValue(key, out var known))
            {
                products[key] = (product, line);
                order.Add(key);
            }
            else if (known.Product != product)
            {
                issues.Add(new ActivityIssue(line, "code", $"產品「{product.Code}」的名稱、單位、質量或代碼與第 {known.Line} 行不同",
                    $"product '{product.Code}': name, unit, mass or codes differ from line {known.Line}"));
                return;
            }

            if (!seen.Add((key, TextKey.Normalize(cell("facility")), year!.Value)))
            {
                issues.Add(new ActivityIssue(line, "facility", $"產品「{product.Code}」在廠區「{cell("facility")}」{year} 年的產量重複",
                    $"product '{product.Code}' has a second output row for facility '{cell("facility")}' in {year}"));
                return;
            }

            outputs.Add(new ProductOutput(product.Code, cell("facility"), year.Value, quantity!.Value)
            {
                Revenue = revenue is { } r ? Quantity<Money>.FromBase(r) : null,
                Scrap = scrap,
            });
            foreach (var process in cell("assigned").Split([';', '；', '、', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                assignments.Add(new ProcessAssignment(cell("facility"), process, product.Code));
            }

            foreach (var (stage, value) in stages.Where(s => s.Value is not null))
            {
                downstream[(key, stage)] = new DownstreamValue(product.Code, stage, value!.Value, $"{Path.GetFileName(path)} line {line}");
            }
        });

        if (issues.Count == 0 && products.Count == 0)
        {
            issues.Add(new ActivityIssue(1, "file", "產品檔沒有資料列", "the products file has no data rows"));
        }

        return issues.Count > 0
            ? (null, issues)
            : (new ProductData(order.Select(k => products[k].Product).ToList(), outputs, [], assignments) { Downstream = [.. downstream.Values] }, issues);
    }

    private static Product? ReadProduct(int line, Func<string, string> cell, List<ActivityIssue> issues)
    {
        ProductCsv.Required(line, "code", cell("code"), issues);
        ProductCsv.Required(line, "name", cell("name"), issues);
        var unit = DeclaredUnit.Parse(cell("declared_unit"));
        if (unit is null)
        {
            issues.Add(new ActivityIssue(line, "declared_unit", $"不明的宣告單位「{cell("declared_unit")}」（piece、kg、t、m2、kWh、L、m3、MJ）",
                $"unknown declared unit '{cell("declared_unit")}' (piece, kg, t, m2, kWh, L, m3, MJ)"));
            return null;
        }

        var mass = ProductCsv.Number(line, "mass_kg_per_unit", cell("mass_kg_per_unit"), issues) ?? unit.Kilograms;
        if (mass is null)
        {
            issues.Add(new ActivityIssue(line, "mass_kg_per_unit", $"宣告單位為 {unit.NameZh} 時須填每單位質量 (kg)", $"mass_kg_per_unit is required for the declared unit {unit.Key}"));
            return null;
        }

        if (unit.Kilograms is { } kg && mass != kg)
        {
            issues.Add(new ActivityIssue(line, "mass_kg_per_unit", $"宣告單位 {unit.NameZh} 的每單位質量必須是 {kg} kg", $"the mass of one {unit.Key} must be {kg} kg"));
            return null;
        }

        return cell("code").Length == 0 || cell("name").Length == 0 ? null : new Product(cell("code"), cell("name"), unit, mass.Value)
        {
            CnCode = cell("cn_code").Length > 0 ? cell("cn_code") : null,
            CccCode = cell("ccc_code").Length > 0 ? cell("ccc_code") : null,
        };
    }
}
