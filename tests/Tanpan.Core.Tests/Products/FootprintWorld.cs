using Tanpan.Core.Inventory;
using Tanpan.Core.Products;
using Tanpan.Core.Units;
using static Tanpan.Core.Tests.Support.Records;

namespace Tanpan.Core.Tests.Products;

/// <summary>Small inventories with round numbers: grid electricity 2021 is 0.509 kg CO₂e/kWh (data/factors/electricity).</summary>
internal static class FootprintWorld
{
    public static readonly DeclaredUnit T = DeclaredUnit.Tonne;

    /// <summary>An inventory of electricity rows (facility, source, kWh), all 2021.</summary>
    public static InventoryResult Electricity(params (string Facility, string Source, decimal Kwh)[] rows) =>
        InventoryCalculation.Run(
            rows.Select((r, i) => Row(i + 2, r.Facility, "electricity", "電力", r.Kwh.ToString(System.Globalization.CultureInfo.InvariantCulture), "kWh", "2021", source: r.Source)).ToList(),
            new InventoryOptions()).Result!;

    public static Product Tonnes(string code) => new(code, code, T, 1000m);

    public static ProductOutput Out(string code, string facility, decimal quantity, decimal? revenue = null) =>
        new(code, facility, 2021, quantity) { Revenue = revenue is { } r ? Quantity<Money>.FromBase(r) : null };

    public static BomLine Secondary(string parent, string material, decimal quantity, DeclaredUnit unit, decimal kgPerUnit, DeclaredUnit factorUnit) =>
        new(parent, material, quantity, unit, new BomSource.SecondaryFactor(kgPerUnit, factorUnit, "test-db", "1.0"));

    public static BomLine Own(string parent, string child, decimal quantity, DeclaredUnit unit) =>
        new(parent, child, quantity, unit, new BomSource.OwnProduct(child));

    public static ProductData Data(IReadOnlyList<Product> products, IReadOnlyList<ProductOutput> outputs, IReadOnlyList<BomLine>? bom = null, IReadOnlyList<ProcessAssignment>? assignments = null) =>
        new(products, outputs, bom ?? [], assignments ?? []);
}
