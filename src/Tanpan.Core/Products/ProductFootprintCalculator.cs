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
        var year = options.Year ?? Year(inventory, data, issues);

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
        var rollup = new BomRollup(inventory, data, products, production, start, end);
        var scrap = data.Outputs.Where(o => o.Year == year && o.Scrap is not null).GroupBy(o => TextKey.Normalize(o.ProductCode))
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Scrap!.Value));
        var footprints = data.Products.Select(p => TextKey.Normalize(p.Code))
            .Select(key => rollup.Footprint(key) with { Scrap = scrap.GetValueOrDefault(key) }).ToList();
        return new FootprintOutcome(footprints, []);
    }

    /// <summary>The inventory's one year (the outputs' latest when it has no rows), or null after an issue when it has several.</summary>
    private static int? Year(InventoryResult inventory, ProductData data, List<ProductIssue> issues)
    {
        if (inventory.Rows.Count == 0)
        {
            return data.Outputs.Select(o => o.Year).DefaultIfEmpty(0).Max();
        }

        var first = inventory.Rows[0].Row.Year;
        foreach (var r in inventory.Rows)
        {
            if (r.Row.Year != first)
            {
                issues.Add(ProductIssues.Years(inventory.Rows.Select(x => x.Row.Year).Distinct().Order()));
                return null;
            }
        }

        return first;
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
        foreach (var facility in Facilities(inventory, options, year, assigned))
        {
            allocator.Allocate(facility, outputs.GetValueOrDefault(facility.Key) ?? [], shares, issues);
        }

        return shares;
    }

    /// <summary>One pass over the inventory: the production rows of the year per facility (names compared as <see cref="TextKey"/>), sorted into pools.</summary>
    private static Dictionary<string, FacilityRows>.ValueCollection Facilities(InventoryResult inventory, FootprintOptions options, int year, Dictionary<(string, string), string> assigned)
    {
        var grades = new Dictionary<(string?, Factors.FactorOrigin), int>();
        var byName = new Dictionary<string, FacilityRows>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, FacilityRows>(StringComparer.Ordinal);
        FacilityRows? last = null;
        foreach (var r in inventory.Rows)
        {
            var row = r.Row;
            if (row.Year != year || !options.ProductionCategories.Contains(r.Category))
            {
                continue;
            }

            if (last is null || !ReferenceEquals(last.Name, row.Facility))
            {
                if (!byName.TryGetValue(row.Facility, out last))
                {
                    var key = TextKey.Normalize(row.Facility);
                    if (!byKey.TryGetValue(key, out last))
                    {
                        byKey[key] = last = new FacilityRows(row.Facility, key, assigned, grades);
                    }

                    byName[row.Facility] = last;
                }
            }

            last.Add(r);
        }

        return byKey.Values;
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
