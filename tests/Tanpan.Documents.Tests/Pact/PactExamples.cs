using Tanpan.Documents.Pact;

namespace Tanpan.Documents.Tests.Pact;

/// <summary>Footprints the PACT tests share: seed 001's aluminium coil (13.12 tCO₂e per tonne, i.e. 13.12 kg per kg).</summary>
internal static class PactExamples
{
    public static PactFootprint AluminiumCoil() => new()
    {
        Id = Guid.Parse("7f0c2a51-3a9e-4d1b-9a55-0d6f1f0b2c01"),
        Created = new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero),
        CompanyName = "範例鋁業股份有限公司",
        CompanyIds = ["urn:pact:tanpan:company:12345678"],
        ProductDescription = "鋁捲 1100-H14, 0.8 mm",
        ProductIds = ["urn:pact:tanpan:product:AL-COIL-08"],
        ProductName = "鋁捲",
        ProductClassifications = [PactUrns.CnCode("7606 12 99")],
        ProductCategoryCpc = "41532",
        DeclaredUnit = PactDeclaredUnit.Kilogram,
        DeclaredUnitAmount = 1m,
        ProductMassPerDeclaredUnit = 1m,
        ReferencePeriodStart = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ReferencePeriodEnd = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        PcfExcludingBiogenicUptake = 13.12m,
        FossilGhgEmissions = 13.12m,
        FossilCarbonContent = 0m,
        BiogenicCarbonContent = 0m,
        CharacterizationFactors = ["AR5"],
        CrossSectoralStandards = ["ISO14067", "GHGP-Product"],
        ExemptedEmissionsPercent = 0.5m,
        ExemptedEmissionsDescription = "辦公室用電",
        Geography = PactGeography.Country("TW"),
        BoundaryProcessesDescription = "Cradle-to-gate: ingot, casting, rolling",
        AllocationRulesDescription = "Mass allocation of the rolling mill (ISO 14044 4.3.4.2 step 2)",
        SecondaryEmissionFactorSources = [new PactEmissionFactorSource("ecoinvent", "3.10")],
        PrimaryDataShare = 62.5m,
        Dqi = new PactDataQuality(1.5m, 1m, 1m) { Completeness = 2m, Reliability = 1.5m, CoveragePercent = 95m },
        Comment = "seed 001",
    };
}
