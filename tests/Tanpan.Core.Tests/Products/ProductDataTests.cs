using Tanpan.Core.Products;
using static Tanpan.Core.Tests.Products.FootprintWorld;

namespace Tanpan.Core.Tests.Products;

public class ProductDataTests
{
    [Theory]
    [InlineData("piece", "piece"), InlineData("pcs", "piece"), InlineData("件", "piece"), InlineData("kg", "kg"), InlineData("公斤", "kg")]
    [InlineData("t", "t"), InlineData("公噸", "t"), InlineData("m2", "m2"), InlineData("m²", "m2"), InlineData("kWh", "kWh"), InlineData("度", "kWh")]
    [InlineData("L", "L"), InlineData("l", "L"), InlineData("m3", "m3"), InlineData("m³", "m3"), InlineData("MJ", "MJ"), InlineData("ｋｇ", "kg")]
    public void Parse_Spellings_CanonicalUnit(string text, string key) => DeclaredUnit.Parse(text)!.Key.ShouldBe(key);

    [Theory]
    [InlineData("bbl"), InlineData(""), InlineData("ton kilometer"), InlineData("hour")]
    public void Parse_UnknownUnit_IsNull(string text) => DeclaredUnit.Parse(text).ShouldBeNull();

    [Fact]
    public void PactNames_TonneIsAThousandKilograms_PieceHasNoV2Name()
    {
        (DeclaredUnit.Tonne.PactV3Name, DeclaredUnit.Tonne.PactV2Name, DeclaredUnit.Tonne.PactAmount).ShouldBe(("kilogram", "kilogram", 1000m));
        (DeclaredUnit.Piece.PactV3Name, DeclaredUnit.Piece.PactV2Name).ShouldBe(("piece", null));
        DeclaredUnit.SquareMetre.PactV3Name.ShouldBe("square meter");
        DeclaredUnit.Kilogram.ConvertTo(1050m, DeclaredUnit.Tonne).ShouldBe(1.05m);
        DeclaredUnit.KilowattHour.ConvertTo(1m, DeclaredUnit.Megajoule).ShouldBe(3.6m);
    }

    [Fact]
    public void Calculate_MassNotFittingUnit_Refused()
    {
        var inventory = Electricity(("廠", "公用", 1m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([new Product("A", "A", T, 999m)], [Out("A", "廠", 1)]));
        outcome.Issues.ShouldHaveSingleItem().Key.ShouldBe("product.mass");
    }

    [Fact]
    public void Calculate_NegativeOutput_Refused()
    {
        var inventory = Electricity(("廠", "公用", 1m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A")], [Out("A", "廠", -5)]));
        outcome.Issues.Select(i => i.Key).ShouldContain("product.negative");
        outcome.Footprints.ShouldBeEmpty();
    }

    [Fact]
    public void Calculate_DuplicateCodeOrProcessAssignedTwice_Refused()
    {
        var inventory = Electricity(("廠", "公用", 1m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A"), Tonnes("a"), Tonnes("B")], [Out("A", "廠", 1), Out("B", "廠", 1)],
            assignments: [new ProcessAssignment("廠", "公用", "A"), new ProcessAssignment("廠", " 公用 ", "B")]));
        outcome.Issues.Select(i => i.Key).ShouldBe(["product.duplicate", "product.assignment.duplicate"]);
    }

    [Fact]
    public void Calculate_ProductWithoutOutput_Refused()
    {
        var inventory = Electricity(("廠", "公用", 1m));
        var outcome = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A"), Tonnes("B")], [Out("A", "廠", 1)]));
        var issue = outcome.Issues.ShouldHaveSingleItem();
        (issue.Key, issue.Subject).ShouldBe(("product.output.missing", "B"));
    }

    [Fact]
    public void Calculate_Period_IsTheInventoryYearEndExclusive()
    {
        var inventory = Electricity(("廠", "公用", 1m));
        var f = ProductFootprintCalculator.Calculate(inventory, Data([Tonnes("A")], [Out("A", "廠", 1)])).Footprints.Single();
        (f.PeriodStart, f.PeriodEnd).ShouldBe((new DateOnly(2021, 1, 1), new DateOnly(2022, 1, 1)));
        f.Allocations.Single().PeriodEnd.ShouldBe(new DateOnly(2022, 1, 1));
        f.Quality.InventoryGrade.ShouldNotBeNull();
    }
}
