using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>
/// Splits one facility's production emissions among products in the order ISO 14044:2006 §4.3.4.2 gives (ISO
/// 14067:2018 §6.4.6): rows of an assigned process or source go wholly to their product; the rest is shared by the
/// chosen key over the products the facility put out in the year. The rest's last cent (the decimal remainder of the
/// divisions) goes to the product with the largest key value (ties: the lowest code, ordinal), so the allocations sum
/// exactly to the facility total.
/// </summary>
internal sealed class FacilityAllocator(FootprintOptions options, DateOnly start, DateOnly end, Func<string, Product> product)
{
    /// <summary>Allocates the rows of one facility, adding each product's share to <paramref name="shares"/>; false after adding an issue.</summary>
    public bool Allocate(FacilityRows rows, List<ProductOutput> outputs, Dictionary<string, ProductShare> shares, List<ProductIssue> issues)
    {
        var facility = rows.Name;
        var facilityTotal = rows.Total;
        var rest = rows.Rest;
        var allocated = Co2e.Zero;
        foreach (var (code, pool) in rows.Direct.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var a = new Allocation(facility, product(code).Code, AllocationKey.Direct, "kg CO2e", pool.Total.Kilograms, facilityTotal, pool.Total, pool.Total, start, end,
                "製程／排放源直接指定給本產品 / process or source assigned to this product (ISO 14044 4.3.4.2 step 1)") { Rows = pool.Rows };
            Share(shares, code).Add(a, pool.Gases, pool.Grade);
            allocated += pool.Total;
        }

        if (rest.Rows.Count > 0 && !ShareRest(facility, rest, Co2e.FromKilograms(facilityTotal) - allocated, outputs, shares, issues))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Shares what direct assignment left. <paramref name="pool"/> is the facility total minus the direct pools (not the
    /// rest rows summed again), so that direct + shared is the facility total to the last digit whatever decimal rounding did.
    /// </summary>
    private bool ShareRest(string facility, RowPool rest, Co2e pool, List<ProductOutput> outputs, Dictionary<string, ProductShare> shares,
        List<ProductIssue> issues)
    {
        var sharing = outputs.Where(o => o.Quantity > 0)
            .GroupBy(o => TextKey.Normalize(o.ProductCode))
            .OrderBy(g => product(g.Key).Code, StringComparer.Ordinal)
            .ToList();
        if (sharing.Count == 0)
        {
            // Rows that add up to nothing (a 0 kg extinguisher refill) need no product to carry them.
            if (pool == Co2e.Zero && rest.Gases.Values.All(g => g == Co2e.Zero))
            {
                return true;
            }

            issues.Add(ProductIssues.NoProducts(facility, pool.Kilograms));
            return false;
        }

        var (key, keyName, reason, values) = ChooseKey(sharing);
        if (values is null)
        {
            issues.Add(ProductIssues.NoKey(facility, product(sharing.First(g => g.Any(o => o.Revenue is null)).Key).Code));
            return false;
        }

        var denominator = values.Sum();
        if (denominator <= 0)
        {
            issues.Add(ProductIssues.NoKey(facility, product(sharing[0].Key).Code));
            return false;
        }

        var gases = rest.Gases;
        var grade = rest.Grade;
        var remainderAt = 0;
        for (var i = 1; i < values.Count; i++)
        {
            remainderAt = values[i] > values[remainderAt] ? i : remainderAt;
        }

        var givenGases = new Dictionary<string, Co2e>(StringComparer.Ordinal);
        var given = Co2e.Zero;
        for (var i = 0; i < sharing.Count; i++)
        {
            if (i == remainderAt)
            {
                continue;
            }

            var share = values[i] / denominator;
            var productGases = gases.ToDictionary(g => g.Key, g => g.Value * share, StringComparer.Ordinal);
            var amount = productGases.Values.Aggregate(Co2e.Zero, (s, v) => s + v);
            foreach (var (species, value) in productGases)
            {
                givenGases[species] = givenGases.GetValueOrDefault(species) + value;
            }

            given += amount;
            Add(i, amount, productGases, tookRemainder: false);
        }

        var last = gases.ToDictionary(g => g.Key, g => g.Value - givenGases.GetValueOrDefault(g.Key), StringComparer.Ordinal);
        Add(remainderAt, pool - given, last, tookRemainder: true);
        return true;

        void Add(int i, Co2e amount, Dictionary<string, Co2e> productGases, bool tookRemainder)
        {
            var code = sharing[i].Key;
            var a = new Allocation(facility, product(code).Code, key, keyName, values[i], denominator, pool, amount, start, end, reason)
            {
                Rows = rest.Rows,
                TookRemainder = tookRemainder,
            };
            Share(shares, code).Add(a, productGases, (grade.Weighted * values[i] / denominator, grade.Weight * values[i] / denominator));
        }
    }

    /// <summary>The key values per product: the chosen physical key when every product has it, else revenue (ISO 14044 4.3.4.2 step 3).</summary>
    private (AllocationKey Key, string Name, string Reason, List<decimal>? Values) ChooseKey(List<IGrouping<string, ProductOutput>> sharing)
    {
        if (options.Key == AllocationKey.Mass && sharing.All(g => product(g.Key).MassKgPerUnit > 0))
        {
            return (AllocationKey.Mass, "kg", "依產出質量分配（產量 × 每單位質量）/ physical allocation by output mass = quantity × kg per unit (ISO 14044 4.3.4.2 step 2)",
                sharing.Select(g => g.Sum(o => o.Quantity) * product(g.Key).MassKgPerUnit).ToList());
        }

        if (options.Key == AllocationKey.OtherPhysical && sharing.All(g => g.All(o => o.OtherPhysical is not null)))
        {
            var name = options.OtherPhysicalName ?? "physical key";
            return (AllocationKey.OtherPhysical, name, $"依物理量「{name}」分配 / physical allocation by {name} (ISO 14044 4.3.4.2 step 2)",
                sharing.Select(g => g.Sum(o => o.OtherPhysical!.Value)).ToList());
        }

        var reason = options.Key == AllocationKey.Economic
            ? "依營收分配（使用者選擇）/ economic allocation by revenue, as chosen (ISO 14044 4.3.4.2 step 3)"
            : "缺少物理分配基準，改依營收分配 / no physical key for every product, so economic allocation by revenue (ISO 14044 4.3.4.2 step 3)";
        return sharing.All(g => g.All(o => o.Revenue is not null))
            ? (AllocationKey.Economic, "NTD", reason, sharing.Select(g => g.Sum(o => o.Revenue!.Value.BaseValue)).ToList())
            : (AllocationKey.Economic, "NTD", reason, null);
    }

    private static ProductShare Share(Dictionary<string, ProductShare> shares, string code) =>
        shares.TryGetValue(code, out var s) ? s : shares[code] = new ProductShare();
}
