using Tanpan.Core.Inventory;
using Tanpan.Core.Products;
using static Tanpan.Core.Tests.Products.FootprintWorld;
using static Tanpan.Core.Tests.Support.Records;

namespace Tanpan.Core.Tests.Products;

/// <summary>
/// The seed 001 aluminium sample (samples/products/README.md) through Core, with real fuel factors whose gas splits
/// carry many decimals: allocations close on each facility to the last digit, gases on each product's total.
/// </summary>
public class SeedAluminiumTests
{
    private static readonly InventoryResult Inventory =
        InventoryCalculation.Run(Sample("products/aluminium-2021-activity.csv"), new InventoryOptions()).Result!;

    private static readonly FootprintOutcome Outcome = ProductFootprintCalculator.Calculate(Inventory, Data(
        [Tonnes("PLATE"), Tonnes("COIL"), Tonnes("FOIL"), Tonnes("BAR"), Tonnes("ZINC")],
        [Out("PLATE", "鋁軋延廠", 80_000), Out("COIL", "鋁軋延廠", 120_000), Out("FOIL", "鋁軋延廠", 20_000), Out("BAR", "鋁軋延廠", 30_000), Out("ZINC", "鋅陽極廠", 10_000)],
        [
            new BomLine("COIL", "鋁錠", 1.03m, T, new BomSource.SupplierPcf(12_000m, T, "鋁錠供應商", null)),
            Own("FOIL", "COIL", 1.05m, T),
        ],
        [new ProcessAssignment("鋁軋延廠", "箔軋", "FOIL")]));

    [Fact]
    public void Calculate_EachFacility_AllocationsSumExactlyToItsTotal()
    {
        Outcome.Issues.ShouldBeEmpty();
        var byFacility = Outcome.Footprints.SelectMany(f => f.Allocations).GroupBy(a => a.Facility)
            .ToDictionary(g => g.Key, g => g.Aggregate(0m, (sum, a) => sum + a.Allocated.Kilograms));
        foreach (var (facility, total) in Inventory.ByFacility)
        {
            byFacility[facility].ShouldBe(total.Kilograms, facility);
        }
    }

    [Fact]
    public void Calculate_Coil_ThirteenPointTwelveTonnesPerTonne()
    {
        // 鋁軋延廠 197,635 t − 箔軋 7,635 t = 190,000 t (to ±0.01 t: the activity is whole m³) over 250,000 t → 760 kg/t;
        // + 1.03 × 12,000 = 13,120 kg/t. Foil: 760 + 7,635,000 / 20,000 + 1.05 × 13,120 = 14,917.75 kg/t.
        var coil = Outcome.Footprints.Single(f => f.Product.Code == "COIL");
        coil.Total.Kilograms.ShouldBe(13_120m, 0.05m);
        var foil = Outcome.Footprints.Single(f => f.Product.Code == "FOIL");
        foil.Total.Kilograms.ShouldBe(760m + 381.75m + (1.05m * coil.Total.Kilograms), 0.05m);
        foil.Allocations[0].Rows.ShouldHaveSingleItem().Row.Process.ShouldBe("箔軋");
    }

    [Fact]
    public void Calculate_EveryProduct_GasesAddUpToTheTotal()
    {
        foreach (var f in Outcome.Footprints)
        {
            f.ByGas.Values.Sum(v => v.Kilograms).ShouldBe(f.Total.Kilograms, 0.000000000001m, f.Product.Code);
            f.ByGas.Keys.ShouldContain("CH4");
        }
    }
}
