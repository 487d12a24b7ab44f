using Tanpan.Documents.Pact;
using Tanpan.Web.Features.Pact;

namespace Tanpan.Web.Tests.Features.Pact;

/// <summary>Footprints for the PACT web tests: seed 001's aluminium coil, 13.12 kg CO₂e per kg, reference year 2025.</summary>
internal static class PactFootprints
{
    public static PactFootprint Coil(Guid organisationId, string productUrn = "urn:pact:tanpan:product:AL-COIL", Guid? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(),
        Created = new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero),
        CompanyName = "範例鋁業股份有限公司",
        CompanyIds = [PactIds.Company(organisationId)],
        ProductDescription = "鋁捲 0.8 mm",
        ProductIds = [productUrn],
        ProductName = "鋁捲",
        ProductClassifications = [PactUrns.CnCode("76061299")],
        ProductCategoryCpc = "41532",
        DeclaredUnit = PactDeclaredUnit.Kilogram,
        DeclaredUnitAmount = 1m,
        ProductMassPerDeclaredUnit = 1m,
        ReferencePeriodStart = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ReferencePeriodEnd = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        PcfExcludingBiogenicUptake = 13.12m,
        FossilGhgEmissions = 13.12m,
        FossilCarbonContent = 0m,
        CrossSectoralStandards = ["ISO14067"],
        Geography = PactGeography.Country("TW"),
    };
}
