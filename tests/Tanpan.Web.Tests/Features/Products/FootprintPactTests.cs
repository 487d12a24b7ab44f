using Tanpan.Documents.Pact;
using Tanpan.Web.Features.Products;
using Tanpan.Web.Tests.Data.Support;

namespace Tanpan.Web.Tests.Features.Products;

/// <summary>
/// A locked footprint as PACT writes it: every PACT figure is per one declared unit (v2.3 <c>pCfExcludingBiogenic</c>
/// "kgCO2e / declaredUnit"; v3.0 likewise) and PACT has no tonne, so seed 001's coil at 13,120 kg CO₂e per tonne is
/// written as 1,000 kilogram of product at 13.12 kg CO₂e per kilogram (mass 1 kg per kg); a piece keeps its figure.
/// </summary>
public sealed class FootprintPactTests
{
    [Fact]
    public void Map_TonneProduct_FiguresPerKilogram()
    {
        var pact = FootprintPact.Map(Snapshot("t", 1000m, 13_120m), Guid.NewGuid(), Guid.NewGuid(), "示範鋁業", Seed.Time, []);

        (pact.DeclaredUnit, pact.DeclaredUnitAmount, pact.ProductMassPerDeclaredUnit).ShouldBe((PactDeclaredUnit.Kilogram, 1000m, 1m));
        (pact.PcfExcludingBiogenicUptake, pact.FossilGhgEmissions).ShouldBe((13.12m, 13.12m));
        var json = PactWriter.Write(pact, PactVersion.V3);
        json.ShouldContain("\"pcfExcludingBiogenicUptake\":\"13.12\"", Case.Sensitive);
        PactReader.Validate(json).ShouldBeEmpty();
    }

    [Fact]
    public void Map_PieceProduct_FiguresAsComputed()
    {
        var pact = FootprintPact.Map(Snapshot("piece", 2m, 10.87m), Guid.NewGuid(), Guid.NewGuid(), "示範工廠", Seed.Time, []);

        (pact.DeclaredUnitAmount, pact.ProductMassPerDeclaredUnit, pact.PcfExcludingBiogenicUptake).ShouldBe((1m, 2m, 10.87m));
    }

    private static FootprintSnapshot Snapshot(string unit, decimal mass, decimal perUnitKg) => new(
        "COIL", "鋁捲", unit, mass, null, null, 2024, new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1), 100m,
        perUnitKg, perUnitKg, [], [], perUnitKg, 0m, 100m, null, [], [], "moenv-6.0.4", "6.0.4", "AR5", Seed.Time);
}
