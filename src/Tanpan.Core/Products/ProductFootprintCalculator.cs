using Tanpan.Core.Inventory;
using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>
/// Turns an organisation inventory into cradle-to-gate footprints per declared unit (ISO 14067:2018 §6.3–6.4):
/// 製造 = the production categories' rows of the year (ISO 14064-1 categories 1 and 2 by default), split among products
/// by <see cref="FacilityAllocator"/> (direct assignment, then physical, then economic: ISO 14044:2006 §4.3.4.2 as
/// ISO 14067 §6.4.6 requires) and divided by each product's good output; 原料取得 = the BOM rolled up across levels
/// (<see cref="BomRollup"/>); later stages as the user supplies them. Pure and exact (decimal); nothing is rounded.
/// </summary>
public static class ProductFootprintCalculator
{
    public static FootprintOutcome Calculate(InventoryResult inventory, ProductData data, FootprintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new FootprintOptions();
        if (inventory.Rows.Count != inventory.RowCount)
        {
            throw new ArgumentException("Product footprints need every row's trace: calculate the inventory with KeepRows.", nameof(inventory));
        }

        var products = new Dictionary<string, Product>(StringComparer.Ordinal);
        var issues = ProductDataCheck.Run(data, products);
        var years = inventory.Rows.Select(r => r.Row.Year).Distinct().Order().ToList();
        var year = options.Year ?? (years.Count == 1 ? years[0] : years.Count == 0 ? data.Outputs.Select(o => o.Year).DefaultIfEmpty(0).Max() : (int?)null);
        if (year is null)
        {
            issues.Add(ProductIssues.Years(years));
        }

        if (issues.Count > 0)
        {
            return new FootprintOutcome([], issues);
        }

        var start = new DateOnly(year!.Value, 1, 1);
        var end = start.AddYears(1);
        var shares = Allocate(inventory, data, options, products, year.Value, start, end, issues);
        var outputs = data.Outputs.Where(o => o.Year == year).GroupBy(o => TextKey.Normalize(o.ProductCode)).ToDictionary(g => g.Key, g => g.Sum(o => o.Quantity));
        foreach (var (key, product) in products)
        {
            if (outputs.GetValueOrDefault(key) <= 0)
            {
                issues.Add(ProductIssues.NoOutput(product.Code, year.Value));
            }
        }

        if (issues.Count > 0)
        {
            return new FootprintOutcome([], issues);
        }

        var production = products.ToDictionary(p => p.Key, p => Production(p.Value, shares.GetValueOrDefault(p.Key), outputs[p.Key]), StringComparer.Ordinal);
        var rollup = new BomRollup(data, products, production, start, end);
        var footprints = data.Products.Select(p => rollup.Footprint(TextKey.Normalize(p.Code))).ToList();
        return new FootprintOutcome(footprints, []);
    }

    private static Dictionary<string, ProductShare> Allocate(InventoryResult inventory, ProductData data, FootprintOptions options,
        Dictionary<string, Product> products, int year, DateOnly start, DateOnly end, List<ProductIssue> issues)
    {
        var assigned = new Dictionary<(string, string), string>();
        foreach (var a in data.Assignments)
        {
            assigned[(TextKey.Normalize(a.Facility), TextKey.Normalize(a.ProcessOrSource))] = TextKey.Normalize(a.ProductCode);
        }

        var outputs = data.Outputs.Where(o => o.Year == year).GroupBy(o => TextKey.Normalize(o.Facility)).ToDictionary(g => g.Key, g => g.ToList());
        var allocator = new FacilityAllocator(options, start, end, code => products[TextKey.Normalize(code)]);
        var shares = new Dictionary<string, ProductShare>(StringComparer.Ordinal);
        var facilities = inventory.Rows
            .Where(r => r.Row.Year == year && options.ProductionCategories.Contains(r.Category))
            .GroupBy(r => TextKey.Normalize(r.Row.Facility));
        foreach (var facility in facilities)
        {
            var rows = facility.ToList();
            allocator.Allocate(rows[0].Row.Facility, rows, assigned, outputs.GetValueOrDefault(facility.Key) ?? [], shares, issues);
        }

        return shares;
    }

    private static ProductionPerUnit Production(Product product, ProductShare? share, decimal output)
    {
        if (share is null)
        {
            return new ProductionPerUnit(product, output, Co2e.Zero, new Dictionary<string, Co2e>(StringComparer.Ordinal), null, []);
        }

        var gases = share.Gases.ToDictionary(g => g.Key, g => g.Value / output, StringComparer.Ordinal);
        var grade = share.GradeWeight > 0 ? share.GradeWeighted / share.GradeWeight : (decimal?)null;
        return new ProductionPerUnit(product, output, share.Total / output, gases, grade, share.Allocations);
    }
}
