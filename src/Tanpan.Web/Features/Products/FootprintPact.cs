using Tanpan.Core.Products;
using Tanpan.Documents.Pact;
using Tanpan.Web.Features.Pact;

namespace Tanpan.Web.Features.Products;

/// <summary>
/// A locked footprint version as PACT's neutral <see cref="PactFootprint"/> (docs/pact.md, docs/product-footprints.md):
/// the cradle-to-gate figure per declared unit (PACT's PCF is cradle to gate: v3.0 CarbonFootprint), the declared unit as
/// PACT spells it (a tonne is 1000 kilogram: PACT has no tonne, and every PACT figure is per one declared unit — v2.3
/// <c>pCfExcludingBiogenic</c> "kgCO2e / declaredUnit", v3.0 <c>pcfExcludingBiogenicUptake</c> likewise — so a product
/// declared per tonne is written with <c>declaredUnitAmount</c> 1000 kilogram and its figures ÷ 1000, per kilogram), the
/// inventory year as the reference period (end exclusive), the GWP set as <c>ipccCharacterizationFactors</c>, ISO 14067
/// as the standard, Taiwan as the geography, the allocation reasons and the secondary sources used.
/// </summary>
internal static class FootprintPact
{
    public static PactFootprint Map(FootprintSnapshot s, Guid productId, Guid organisationId, string companyName, DateTimeOffset now, IReadOnlyList<Guid> preceding)
    {
        var unit = DeclaredUnit.Parse(s.DeclaredUnit)!;
        var pactUnit = PactDeclaredUnits.FromWire(unit.PactV3Name)!.Value;
        // The BOM's databases at any level (Core), else the product's own lines (snapshots stored before Core listed them).
        var bom = s.SecondarySources.Count > 0
            ? s.SecondarySources.Select(x => new PactEmissionFactorSource(x.Name, x.Version))
            : s.Bom.Where(b => b.Database is not null).Select(b => new PactEmissionFactorSource(b.Database!, b.DatabaseVersion ?? ""));
        var secondary = bom.Prepend(new PactEmissionFactorSource($"MOENV {s.FactorSetId}", s.FactorSetVersion)).Distinct().ToList();
        return new PactFootprint
        {
            Id = Guid.Empty, // the publisher gives each publication a new id (PACT: a changed footprint is a new one)
            Created = now,
            CompanyName = companyName,
            CompanyIds = [PactIds.Company(organisationId)],
            ProductDescription = $"{s.ProductName} ({s.ProductCode})",
            ProductIds = [PactIds.Product(productId)],
            ProductName = s.ProductName,
            ProductClassifications = s.CnCode is { } cn ? [PactUrns.CnCode(cn)] : [],
            DeclaredUnit = pactUnit,
            DeclaredUnitAmount = unit.PactAmount,
            ProductMassPerDeclaredUnit = s.MassKgPerUnit is { } mass ? mass / unit.PactAmount : 0m,
            ReferencePeriodStart = new DateTimeOffset(s.PeriodStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            ReferencePeriodEnd = new DateTimeOffset(s.PeriodEnd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            PcfExcludingBiogenicUptake = s.CradleToGateKg / unit.PactAmount,
            FossilGhgEmissions = s.FossilKg / unit.PactAmount,
            FossilCarbonContent = 0m,
            CharacterizationFactors = [s.GwpSetId.ToUpperInvariant()],
            CrossSectoralStandards = ["ISO14067"],
            Geography = PactGeography.Country("TW"),
            AllocationRulesDescription = string.Join(" ", s.Allocations.Select(a => Half(a.Reason)).Distinct(StringComparer.Ordinal)),
            SecondaryEmissionFactorSources = secondary,
            PrimaryDataShare = s.PrimaryDataShare,
            Dqi = s.StatedRatings is [decimal technological, decimal temporal, decimal geographical]
                ? new PactDataQuality(technological, geographical, temporal) : null, // only ratings the organisation stated
            Comment = $"Tanpan product footprint of inventory {s.InventoryYear}; fossil carbon content not assessed (reported as 0).",
            PrecedingPfIds = preceding,
        };
    }

    /// <summary>The English half of a Core reason written "中文 / English" (PACT documents are exchanged in English).</summary>
    private static string Half(string reason) => reason.IndexOf("/ ", StringComparison.Ordinal) is var at and >= 0 ? reason[(at + 2)..].Trim() : reason;
}
