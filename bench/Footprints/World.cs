using System.Globalization;
using Tanpan.Core.Inventory;
using Tanpan.Core.Products;

namespace Tanpan.Bench.Footprints;

/// <summary>
/// A deterministic product world: <c>products</c> products over 10 facilities (product i at facility i mod 10), a
/// 3-level BOM (40 % of products have only database lines; 30 % use two of those plus one; 30 % use two of the middle level,
/// one of the first and a supplier PCF), the first 20 sources of each facility assigned to one product each, and
/// <c>rows</c> electricity rows (2021 grid factor) spread over 200 sources per facility.
/// </summary>
internal sealed record World(InventoryResult Inventory, ProductData Data, double InventorySeconds)
{
    public const int Facilities = 10;
    private const int SourcesPerFacility = 200;

    public static World Build(int products, int rows)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var records = new List<RawActivityRecord>(rows);
        for (var r = 0; r < rows; r++)
        {
            var cells = new string?[RawActivityRecord.ColumnCount];
            cells[(int)ActivityColumn.Facility] = Facility(r % Facilities);
            cells[(int)ActivityColumn.SourceType] = "electricity";
            cells[(int)ActivityColumn.Material] = "電力";
            cells[(int)ActivityColumn.Activity] = (100 + (r * 7919L % 10_000)).ToString(CultureInfo.InvariantCulture);
            cells[(int)ActivityColumn.Unit] = "kWh";
            cells[(int)ActivityColumn.Year] = "2021";
            cells[(int)ActivityColumn.Source] = Source(r / Facilities % SourcesPerFacility);
            records.Add(new RawActivityRecord(r + 2, cells));
        }

        var inventory = InventoryCalculation.Run(records, new InventoryOptions()).Result ?? throw new InvalidOperationException("inventory failed");
        var seconds = clock.Elapsed.TotalSeconds;
        var level0 = products * 4 / 10;
        var level1 = products * 7 / 10;
        var list = new List<Product>(products);
        var outputs = new List<ProductOutput>(products);
        var bom = new List<BomLine>();
        var assignments = new List<ProcessAssignment>();
        for (var i = 0; i < products; i++)
        {
            var unit = i % 2 == 0 ? DeclaredUnit.Kilogram : DeclaredUnit.Piece;
            list.Add(new Product(Code(i), Code(i), unit, unit == DeclaredUnit.Kilogram ? 1m : 0.5m + (i % 7 / 10m)));
            outputs.Add(new ProductOutput(Code(i), Facility(i % Facilities), 2021, 1000 + (i * 37 % 9000)));
            var kg = DeclaredUnit.Kilogram;
            if (i < level0)
            {
                for (var j = 0; j < 3; j++)
                {
                    bom.Add(new BomLine(Code(i), $"M{j}", 0.1m * (j + 1), kg, new BomSource.SecondaryFactor(2m + j, kg, "bench-db", "1")));
                }
            }
            else if (i < level1)
            {
                Own(bom, list, i, (i - level0) % level0, 0.5m);
                Own(bom, list, i, i * 3 % level0, 0.25m);
                bom.Add(new BomLine(Code(i), "M9", 0.2m, kg, new BomSource.SecondaryFactor(1.5m, kg, "bench-db", "1")));
            }
            else
            {
                Own(bom, list, i, level0 + (i % (level1 - level0)), 0.5m);
                Own(bom, list, i, level0 + (i * 7 % (level1 - level0)), 0.3m);
                Own(bom, list, i, i % level0, 0.2m);
                bom.Add(new BomLine(Code(i), "S1", 0.05m, kg, new BomSource.SupplierPcf(8m, kg, "bench supplier", $"urn:bench:{i}", 50m)));
            }
        }

        for (var f = 0; f < Facilities; f++)
        {
            for (var s = 0; s < 20; s++)
            {
                var product = f + (Facilities * (s * 5 % Math.Max(1, products / Facilities)));
                if (product < products)
                {
                    assignments.Add(new ProcessAssignment(Facility(f), Source(s), Code(product)));
                }
            }
        }

        return new World(inventory, new ProductData(list, outputs, bom, assignments), seconds);
    }

    private static void Own(List<BomLine> bom, List<Product> products, int parent, int child, decimal quantity) =>
        bom.Add(new BomLine(Code(parent), Code(child), quantity, UnitOf(child), new BomSource.OwnProduct(Code(child))));

    private static DeclaredUnit UnitOf(int i) => i % 2 == 0 ? DeclaredUnit.Kilogram : DeclaredUnit.Piece;

    public static string Code(int i) => "P" + i.ToString("D5", CultureInfo.InvariantCulture);

    public static string Facility(int f) => "F" + f.ToString("D2", CultureInfo.InvariantCulture);

    public static string Source(int s) => "S" + s.ToString("D3", CultureInfo.InvariantCulture);
}
