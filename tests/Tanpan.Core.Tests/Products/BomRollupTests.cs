using Tanpan.Core.Products;
using static Tanpan.Core.Tests.Products.FootprintWorld;

namespace Tanpan.Core.Tests.Products;

public class BomRollupTests
{
    // Two levels, hand-worked:
    //   鑄造廠 1,000 kWh × 0.509 = 509 kg over 100 t INGOT → 製造 5.09 kg/t;
    //   INGOT BOM: 1,000 kg primary aluminium × 12.5 kg/kg (secondary, test-db 1.0) → 原料取得 12,500 kg/t; INGOT = 12,505.09 kg/t.
    //   軋延廠 2,000 kWh × 0.509 = 1,018 kg over 50 t COIL → 製造 20.36 kg/t;
    //   COIL BOM: 1,050 kg INGOT (= 1.05 t) × 12,505.09 = 13,130.3445 kg; 2 kg paint × 3 kg/kg (supplier PCF, 50 % primary) = 6 kg;
    //   COIL = 20.36 + 13,130.3445 + 6 = 13,156.7045 kg/t.
    private static FootprintOutcome TwoLevels(params BomLine[] extra)
    {
        var inventory = Electricity(("鑄造廠", "熔爐", 1000m), ("軋延廠", "軋機", 2000m));
        var kg = DeclaredUnit.Kilogram;
        BomLine[] bom =
        [
            Secondary("INGOT", "primary aluminium", 1000m, kg, 12.5m, kg),
            Own("COIL", "INGOT", 1050m, kg),
            new("COIL", "paint", 2m, kg, new BomSource.SupplierPcf(3m, kg, "塗料供應商", "urn:pact:paint-1", 50m)),
            .. extra,
        ];
        return ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("COIL"), Tonnes("INGOT")],
            [Out("INGOT", "鑄造廠", 100), Out("COIL", "軋延廠", 50)], bom));
    }

    [Fact]
    public void Calculate_TwoLevels_IngotRolledIntoCoil()
    {
        var outcome = TwoLevels();

        outcome.Issues.ShouldBeEmpty();
        var ingot = outcome.Footprints.Single(f => f.Product.Code == "INGOT");
        ingot.Total.Kilograms.ShouldBe(12_505.09m);
        var coil = outcome.Footprints.Single(f => f.Product.Code == "COIL");
        coil.Stage(LifeCycleStage.Production).Kilograms.ShouldBe(20.36m);
        coil.Stage(LifeCycleStage.RawMaterialAcquisition).Kilograms.ShouldBe(13_136.3445m);
        coil.Total.Kilograms.ShouldBe(13_156.7045m);
        coil.CradleToGate.ShouldBe(coil.Total);
        var ingotLine = coil.Bom.Single(b => b.Line.Material == "INGOT");
        (ingotLine.Quantity, ingotLine.FactorUnit, ingotLine.KgCo2ePerUnit).ShouldBe((1.05m, DeclaredUnit.Tonne, 12_505.09m));
        coil.Bom.Single(b => b.Line.Material == "paint").Reference.ShouldBe("塗料供應商 urn:pact:paint-1");
        // The ingot's database line reaches the coil through the roll-up; the inventory's sets come along for PACT.
        coil.SecondarySources.ShouldBe([new FactorSource("test-db", "1.0")]);
        (coil.FactorSetId, coil.GwpSetId).ShouldBe(("moenv-6.0.4", "AR5"));
    }

    [Fact]
    public void Calculate_TwoLevels_GasesAndPrimaryShareFollowTheTree()
    {
        var coil = TwoLevels().Footprints.Single(f => f.Product.Code == "COIL");

        // Electricity is CO₂e reported as CO2: 20.36 + 1.05 × 5.09; the BOM factors have no split: 1.05 × 12,500 + 6.
        coil.ByGas["CO2"].Kilograms.ShouldBe(20.36m + 5.3445m);
        coil.ByGas[ProductFootprint.UnsplitGas].Kilograms.ShouldBe(13_125m + 6m);
        (coil.Fossil.Kilograms, coil.Biogenic.Kilograms).ShouldBe((13_156.7045m, 0m));
        // Primary: own production (100 %) + ingot's own production inside the ingot (5.3445 kg) + paint at 50 % (3 kg).
        coil.PrimaryDataShare.ShouldBe((20.36m + 5.3445m + 3m) / 13_156.7045m * 100m, 0.0000000001m);
    }

    [Fact]
    public void Calculate_Cycle_RefusedWithThePath()
    {
        var outcome = TwoLevels(Own("INGOT", "COIL", 0.1m, DeclaredUnit.Tonne));

        outcome.Succeeded.ShouldBeFalse();
        outcome.Footprints.ShouldBeEmpty();
        var issue = outcome.Issues.ShouldHaveSingleItem();
        issue.Key.ShouldBe("product.bom.cycle");
        issue.MessageEn.ShouldBe("the bill of materials refers to itself: INGOT → COIL → INGOT");
        issue.MessageZh.ShouldContain("循環");
    }

    [Fact]
    public void Calculate_SelfReference_IsACycle()
    {
        TwoLevels(Own("COIL", "COIL", 0.01m, DeclaredUnit.Tonne)).Issues.ShouldHaveSingleItem().MessageEn.ShouldEndWith("COIL → COIL");
    }

    [Fact]
    public void Calculate_UnitMismatch_Refused()
    {
        // INGOT is declared per tonne; a line giving it in pieces cannot be converted.
        var issue = TwoLevels(Own("COIL", "INGOT", 3m, DeclaredUnit.Piece) with { Line = 9 }).Issues.ShouldHaveSingleItem();
        (issue.Key, issue.Line).ShouldBe(("product.bom.unit", 9));
        issue.MessageEn.ShouldContain("piece");
    }

    [Fact]
    public void Calculate_FactorUnitMismatch_Refused()
    {
        var line = Secondary("COIL", "electricity", 100m, DeclaredUnit.KilowattHour, 0.5m, DeclaredUnit.Kilogram);
        TwoLevels(line).Issues.ShouldHaveSingleItem().Key.ShouldBe("product.bom.unit");
    }

    [Fact]
    public void Calculate_NegativeQuantity_Refused()
    {
        var issue = TwoLevels(Secondary("COIL", "oil", -1m, DeclaredUnit.Litre, 1m, DeclaredUnit.Litre)).Issues.ShouldHaveSingleItem();
        (issue.Key, issue.Subject).ShouldBe(("product.negative", "COIL/oil"));
    }

    [Fact]
    public void Calculate_UnknownComponent_Refused()
    {
        TwoLevels(Own("COIL", "BILLET", 1m, DeclaredUnit.Tonne)).Issues.ShouldHaveSingleItem().Key.ShouldBe("product.unknown");
    }

    [Fact]
    public void Calculate_Downstream_AddedAfterTheGate()
    {
        var inventory = Electricity(("廠", "公用", 2000m));
        var data = Data([Tonnes("A")], [Out("A", "廠", 10)]) with
        {
            Downstream = [new DownstreamValue("A", LifeCycleStage.Distribution, 40m, "PCR 預設運輸情境")],
        };
        var a = ProductFootprintCalculator.Calculate(inventory, data).Footprints.Single();

        (a.CradleToGate.Kilograms, a.Stage(LifeCycleStage.Distribution).Kilograms, a.Total.Kilograms).ShouldBe((101.8m, 40m, 141.8m));
    }

    [Fact]
    public void Calculate_DownstreamForProduction_Refused()
    {
        var inventory = Electricity(("廠", "公用", 2000m));
        var data = Data([Tonnes("A")], [Out("A", "廠", 10)]) with { Downstream = [new DownstreamValue("A", LifeCycleStage.Production, 1m, "x")] };
        ProductFootprintCalculator.Calculate(inventory, data).Issues.ShouldHaveSingleItem().Key.ShouldBe("product.downstream.stage");
    }
}
