using Tanpan.Core.Products;
using static Tanpan.Core.Tests.Products.FootprintWorld;

namespace Tanpan.Core.Tests.Products;

public class AllocationTests
{
    // Facility 軋延廠: 壓延 1,000 kWh × 0.509 = 509 kg (assigned to A); 公用 2,000 kWh × 0.509 = 1,018 kg (shared).
    // A, B, C each put out 10 t = 10,000 kg, so each takes 1,018 / 3 = 339.333… kg of the rest; the decimal
    // remainder goes to the largest key, ties to the lowest code: A. A = 509 + 339.333… ; per t ÷ 10.
    private static readonly Product[] Three = [Tonnes("A"), Tonnes("B"), Tonnes("C")];

    [Fact]
    public void Calculate_DirectThenMass_ThirdsSumExactlyToFacilityTotal()
    {
        var inventory = Electricity(("軋延廠", "壓延", 1000m), ("軋延廠", "公用", 2000m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data(Three,
            [Out("A", "軋延廠", 10), Out("B", "軋延廠", 10), Out("C", "軋延廠", 10)],
            assignments: [new ProcessAssignment("軋延廠", "壓延", "A")]));

        outcome.Issues.ShouldBeEmpty();
        var allocations = outcome.Footprints.SelectMany(f => f.Allocations).ToList();
        allocations.Sum(a => a.Allocated.Kilograms).ShouldBe(1527m);
        allocations.Sum(a => a.Allocated.Kilograms).ShouldBe(inventory.Total.Kilograms);
        var b = outcome.Footprints.Single(f => f.Product.Code == "B").Allocations.ShouldHaveSingleItem();
        (b.Key, b.Numerator, b.Denominator, b.Pool.Kilograms).ShouldBe((AllocationKey.Mass, 10_000m, 30_000m, 1018m));
        b.Allocated.Kilograms.ShouldBe(1018m * (10_000m / 30_000m));
        b.TookRemainder.ShouldBeFalse();
        var a = outcome.Footprints.Single(f => f.Product.Code == "A");
        a.Allocations.Select(x => x.Key).ShouldBe([AllocationKey.Direct, AllocationKey.Mass]);
        a.Allocations[0].Allocated.Kilograms.ShouldBe(509m);
        a.Allocations[1].TookRemainder.ShouldBeTrue();
        a.Allocations[1].Allocated.Kilograms.ShouldBe(1018m - (2 * b.Allocated.Kilograms));
        a.Stage(LifeCycleStage.Production).Kilograms.ShouldBe((509m + a.Allocations[1].Allocated.Kilograms) / 10m, 0.0000001m);
    }

    [Fact]
    public void Calculate_DirectAssignment_RowsNeverEnterTheSharedPool()
    {
        // All of 壓延 (509 kg) to A even though B puts out 9 × as much; B shares only 公用 (1,018 kg): 90 % = 916.2 kg.
        var inventory = Electricity(("廠", "壓延", 1000m), ("廠", "公用", 2000m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A"), Tonnes("B")],
            [Out("A", "廠", 1), Out("B", "廠", 9)], assignments: [new ProcessAssignment("廠", "壓延", "A")]));

        var b = outcome.Footprints.Single(f => f.Product.Code == "B");
        b.ProductionTotal.Kilograms.ShouldBe(916.2m);
        b.Allocations.Single().Rows.Select(r => r.Row.Source).ShouldBe(["公用"]);
        b.RowTrace().Single().Allocated.Kilograms.ShouldBe(916.2m);
        outcome.Footprints.Single(f => f.Product.Code == "A").ProductionTotal.Kilograms.ShouldBe(509m + 101.8m);
    }

    [Fact]
    public void Calculate_EconomicChosen_SharesByRevenue()
    {
        // 2,000 kWh = 1,018 kg; revenue 3 : 1 → A 763.5 kg, B 254.5 kg, whatever the masses.
        var inventory = Electricity(("廠", "公用", 2000m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A"), Tonnes("B")],
            [Out("A", "廠", 1, revenue: 300_000), Out("B", "廠", 99, revenue: 100_000)]), new FootprintOptions { Key = AllocationKey.Economic });

        var a = outcome.Footprints.Single(f => f.Product.Code == "A").Allocations.Single();
        (a.Key, a.KeyName, a.Numerator, a.Denominator, a.Allocated.Kilograms).ShouldBe((AllocationKey.Economic, "NTD", 300_000m, 400_000m, 763.5m));
    }

    [Fact]
    public void Calculate_NoMassForOneProduct_FallsBackToRevenue()
    {
        // A product without mass (a service, kWh sold) has no physical key: ISO 14044 4.3.4.2 step 3, economic.
        var inventory = Electricity(("廠", "公用", 2000m));
        var heat = new Product("H", "熱", DeclaredUnit.Megajoule, 0m);
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A"), heat],
            [Out("A", "廠", 1, revenue: 1), Out("H", "廠", 1000, revenue: 1)]));

        outcome.Footprints.SelectMany(f => f.Allocations).ShouldAllBe(x => x.Key == AllocationKey.Economic && x.Share == 0.5m);
        outcome.Footprints.Single(f => f.Product.Code == "H").Allocations.Single().Reason.ShouldContain("no physical key");
    }

    [Fact]
    public void Calculate_NoKeyAtAll_IsAnIssueNotAGuess()
    {
        var inventory = Electricity(("廠", "公用", 2000m));
        var heat = new Product("H", "熱", DeclaredUnit.Megajoule, 0m);
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A"), heat], [Out("A", "廠", 1), Out("H", "廠", 1000)]));

        outcome.Succeeded.ShouldBeFalse();
        outcome.Footprints.ShouldBeEmpty();
        outcome.Issues.ShouldHaveSingleItem().Key.ShouldBe("product.allocation.no_key");
    }

    [Fact]
    public void Calculate_EmissionsWithoutAnyOutput_AreRefused()
    {
        var inventory = Electricity(("廠", "公用", 2000m), ("倉庫", "照明", 10m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A")], [Out("A", "廠", 1)]));

        var issue = outcome.Issues.ShouldHaveSingleItem();
        (issue.Key, issue.Subject).ShouldBe(("product.allocation.no_output", "倉庫"));
    }

    [Fact]
    public void Calculate_Scrap_GetsNoShare()
    {
        // ISO 14067: waste is not a co-product. A 10 t good + 5 t scrap, B 10 t: the rest splits 50/50, not 60/40.
        var inventory = Electricity(("廠", "公用", 2000m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A"), Tonnes("B")],
            [Out("A", "廠", 10) with { Scrap = 5 }, Out("B", "廠", 10)]));

        outcome.Footprints.Select(f => f.ProductionTotal.Kilograms).ShouldBe([509m, 509m]);
        outcome.Footprints[0].Stage(LifeCycleStage.Production).Kilograms.ShouldBe(50.9m);
        (outcome.Footprints[0].Output, outcome.Footprints[0].Scrap).ShouldBe((10m, 5m));
    }

    [Fact]
    public void Calculate_SevenWaysPrimeOutputs_AlwaysExact()
    {
        // Outputs 1…7 t over a pool of 1,018 kg: sevenths and friends never divide evenly in decimal.
        var inventory = Electricity(("廠", "公用", 2000m), ("廠", "空壓", 333.33m));
        var products = Enumerable.Range(1, 7).Select(i => Tonnes($"P{i}")).ToList();
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data(products, products.Select((p, i) => Out(p.Code, "廠", i + 1)).ToList()));

        outcome.Footprints.Sum(f => f.ProductionTotal.Kilograms).ShouldBe(inventory.Total.Kilograms);
        outcome.Footprints.SelectMany(f => f.Allocations).Single(a => a.TookRemainder).ProductCode.ShouldBe("P7");
        foreach (var f in outcome.Footprints)
        {
            f.ByGas.Values.Sum(v => v.Kilograms).ShouldBe(f.Total.Kilograms, 0.000000000000001m);
        }
    }

    [Fact]
    public void Calculate_OtherPhysicalKey_SharesByTheNamedQuantity()
    {
        // 1,018 kg by machine hours 300 : 700 → A 305.4 kg, B 712.6 kg (masses 1 : 99 would give 10.18 and 1,007.82).
        var inventory = Electricity(("廠", "公用", 2000m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A"), Tonnes("B")],
            [Out("A", "廠", 1) with { OtherPhysical = 300 }, Out("B", "廠", 99) with { OtherPhysical = 700 }]),
            new FootprintOptions { Key = AllocationKey.OtherPhysical, OtherPhysicalName = "機台小時 machine hours" });

        var a = outcome.Footprints.Single(f => f.Product.Code == "A").Allocations.Single();
        (a.Key, a.KeyName, a.Allocated.Kilograms).ShouldBe((AllocationKey.OtherPhysical, "機台小時 machine hours", 305.4m));
    }

    [Fact]
    public void Calculate_ZeroEmissionFacilityWithoutOutput_NeedsNoProduct()
    {
        // A facility whose rows add up to 0 kg (0 kWh) has nothing to allocate, so no product output is needed there.
        var inventory = Electricity(("廠", "公用", 2000m), ("倉庫", "備用", 0m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A")], [Out("A", "廠", 1)]));

        outcome.Issues.ShouldBeEmpty();
        outcome.Footprints.Single().ProductionTotal.Kilograms.ShouldBe(1018m);
    }
}

