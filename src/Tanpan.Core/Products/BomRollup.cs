using Tanpan.Core.Inventory;
using Tanpan.Core.Text;
using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>
/// Rolls a BOM up across levels: a line adds quantity (converted into its factor's unit) × kg CO₂e per unit to the
/// parent's 原料取得 stage; for another product of the organisation the factor is that product's own cradle-to-gate
/// footprint per declared unit, computed first (memoised; cycles were refused before). Supplier and secondary factors
/// carry no gas split and count as fossil (docs/product-footprints.md).
/// </summary>
internal sealed class BomRollup(
    InventoryResult inventory, ProductData data, Dictionary<string, Product> products, Dictionary<string, ProductionPerUnit> production, DateOnly start, DateOnly end)
{
    private readonly Dictionary<string, List<BomLine>> _lines = data.Bom.GroupBy(l => TextKey.Normalize(l.ParentCode)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    private readonly ILookup<string, DownstreamValue> _downstream = data.Downstream.ToLookup(d => TextKey.Normalize(d.ProductCode), StringComparer.Ordinal);
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public ProductFootprint Footprint(string key)
    {
        var gate = GateOf(key);
        var product = products[key];
        var prod = production[key];
        var byStage = new Dictionary<LifeCycleStage, Co2e>
        {
            [LifeCycleStage.RawMaterialAcquisition] = gate.RawMaterial,
            [LifeCycleStage.Production] = prod.PerUnit,
        };
        var gases = new Dictionary<string, Co2e>(gate.Gases, StringComparer.Ordinal);
        var fossil = gate.Fossil;
        foreach (var d in _downstream[key])
        {
            var value = Co2e.FromKilograms(d.KgCo2ePerUnit);
            byStage[d.Stage] = byStage.GetValueOrDefault(d.Stage) + value;
            gases[ProductFootprint.UnsplitGas] = gases.GetValueOrDefault(ProductFootprint.UnsplitGas) + value;
            fossil += value;
        }

        var total = byStage.Values.Aggregate(Co2e.Zero, (s, v) => s + v);
        return new ProductFootprint(product, start, end, prod.Output, total, byStage, gases, fossil, gate.Biogenic, gate.PrimaryDataShare,
            new DataQuality(prod.Grade, product.StatedRatings), prod.Allocations, gate.Bom)
        {
            FactorSetId = inventory.FactorSetId,
            FactorSetVersion = inventory.FactorSetVersion,
            GwpSetId = inventory.GwpSetId,
            SecondarySources = [.. gate.Sources.Select(s => new FactorSource(s.Item1, s.Item2))],
        };
    }

    /// <summary>True for gas species that are not fossil: <c>CH4_non_fossil</c> (data/factors/gwp) and any species named biogenic.</summary>
    public static bool IsBiogenic(string species) =>
        species.Contains("non_fossil", StringComparison.OrdinalIgnoreCase) || species.Contains("biogenic", StringComparison.OrdinalIgnoreCase);

    private Gate GateOf(string key)
    {
        if (_gates.TryGetValue(key, out var known))
        {
            return known;
        }

        var prod = production[key];
        var gases = new Dictionary<string, Co2e>(prod.Gases, StringComparer.Ordinal);
        var biogenic = gases.Where(g => IsBiogenic(g.Key)).Aggregate(Co2e.Zero, (s, g) => s + g.Value);
        var fossil = prod.PerUnit - biogenic;
        var raw = Co2e.Zero;
        var primary = prod.PerUnit.Kilograms * 100m;
        var bom = new List<BomContribution>();
        var sources = new SortedSet<(string, string)>();
        foreach (var line in _lines.GetValueOrDefault(key) ?? [])
        {
            var (unit, kg, share) = line.Source switch
            {
                BomSource.SupplierPcf s => (s.Unit, s.KgCo2ePerUnit, s.PrimaryDataShare ?? 0m),
                BomSource.SecondaryFactor f => (f.Unit, f.KgCo2ePerUnit, 0m),
                BomSource.OwnProduct p => Child(p.ProductCode),
                _ => throw new InvalidOperationException("Unknown BOM source."),
            };
            var quantity = line.Unit.ConvertTo(line.QuantityPerUnit, unit);
            var perUnit = Co2e.FromKilograms(quantity * kg);
            bom.Add(new BomContribution(line, quantity, unit, kg, perUnit, share));
            raw += perUnit;
            primary += perUnit.Kilograms * share;
            if (line.Source is BomSource.SecondaryFactor secondary)
            {
                sources.Add((secondary.Database, secondary.Version));
            }

            if (line.Source is BomSource.OwnProduct own)
            {
                var child = GateOf(TextKey.Normalize(own.ProductCode));
                sources.UnionWith(child.Sources);
                foreach (var (species, value) in child.Gases)
                {
                    gases[species] = gases.GetValueOrDefault(species) + (value * quantity);
                }

                fossil += child.Fossil * quantity;
                biogenic += child.Biogenic * quantity;
            }
            else
            {
                gases[ProductFootprint.UnsplitGas] = gases.GetValueOrDefault(ProductFootprint.UnsplitGas) + perUnit;
                fossil += perUnit;
            }
        }

        var gate = raw + prod.PerUnit;
        var gateShare = gate.Kilograms == 0 ? 0m : primary / gate.Kilograms;
        return _gates[key] = new Gate(raw, gases, fossil, biogenic, gateShare, bom, sources);
    }

    private (DeclaredUnit Unit, decimal Kg, decimal Share) Child(string code)
    {
        var key = TextKey.Normalize(code);
        var child = GateOf(key);
        return (products[key].DeclaredUnit, (child.RawMaterial + production[key].PerUnit).Kilograms, child.PrimaryDataShare);
    }

    private sealed record Gate(Co2e RawMaterial, Dictionary<string, Co2e> Gases, Co2e Fossil, Co2e Biogenic, decimal PrimaryDataShare, List<BomContribution> Bom, SortedSet<(string, string)> Sources);
}
