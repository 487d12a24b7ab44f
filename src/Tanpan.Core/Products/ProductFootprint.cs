using Tanpan.Core.Units;

namespace Tanpan.Core.Products;

/// <summary>
/// The footprint of one product per declared unit over a reference period (ISO 14067:2018 §6.3): <see cref="Total"/>
/// by life-cycle stage, by gas species (CO₂e; BOM lines given only as CO₂e are under <see cref="UnsplitGas"/>),
/// fossil and biogenic, with the primary-data share, data quality, the allocations used and the BOM trace.
/// Every figure is exact decimal; round only to show.
/// </summary>
/// <param name="Product">The product.</param>
/// <param name="PeriodStart">Reference period start (inclusive).</param>
/// <param name="PeriodEnd">Reference period end (exclusive).</param>
/// <param name="Output">Good output over the period in declared units (all facilities).</param>
/// <param name="Total">CO₂e per declared unit over every stage present.</param>
/// <param name="ByStage">Per stage, CO₂e per declared unit: 原料取得 and 製造 always, later stages only when supplied.</param>
/// <param name="ByGas">Per gas species, CO₂e per declared unit.</param>
/// <param name="Fossil">Fossil CO₂e per declared unit.</param>
/// <param name="Biogenic">Biogenic CO₂e per declared unit (non-fossil CH₄ and the like; see docs/product-footprints.md).</param>
/// <param name="PrimaryDataShare">Percent (0–100) of the cradle-to-gate CO₂e computed from primary data.</param>
/// <param name="Quality">Data-quality figures.</param>
/// <param name="Allocations">The allocations giving this product its production emissions.</param>
/// <param name="Bom">What each BOM line contributes per declared unit.</param>
public sealed record ProductFootprint(
    Product Product,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Output,
    Co2e Total,
    IReadOnlyDictionary<LifeCycleStage, Co2e> ByStage,
    IReadOnlyDictionary<string, Co2e> ByGas,
    Co2e Fossil,
    Co2e Biogenic,
    decimal PrimaryDataShare,
    DataQuality Quality,
    IReadOnlyList<Allocation> Allocations,
    IReadOnlyList<BomContribution> Bom)
{
    /// <summary>
    /// Scrap and off-spec produced over the period, declared units: recorded, not allocated (waste is not a co-product,
    /// ISO 14067; its emissions are carried by <see cref="Output"/>). Zero when none was given.
    /// </summary>
    public decimal Scrap { get; init; }

    /// <summary>The inventory's fuel factor set (e.g. <c>moenv-6.0.4</c>) and its version.</summary>
    public string FactorSetId { get; init; } = "";

    public string FactorSetVersion { get; init; } = "";

    /// <summary>The GWP set of the inventory (AR4, AR5, AR6): PACT <c>ipccCharacterizationFactors</c>.</summary>
    public string GwpSetId { get; init; } = "";

    /// <summary>The secondary databases (name, version) in this product's BOM at any level: PACT <c>secondaryEmissionFactorSources</c>.</summary>
    public IReadOnlyList<FactorSource> SecondarySources { get; init; } = [];

    /// <summary>The <see cref="ByGas"/> key for CO₂e given without a gas split (supplier PCFs, secondary factors).</summary>
    public const string UnsplitGas = "CO2e";

    /// <summary>Raw-material acquisition + production per declared unit (what PACT's PCF is).</summary>
    public Co2e CradleToGate => Stage(LifeCycleStage.RawMaterialAcquisition) + Stage(LifeCycleStage.Production);

    /// <summary>The production emissions allocated to the product over the period (all facilities), not per unit.</summary>
    public Co2e ProductionTotal => Allocations.Aggregate(Co2e.Zero, (sum, a) => sum + a.Allocated);

    /// <summary>The stage's CO₂e per declared unit, zero when absent.</summary>
    public Co2e Stage(LifeCycleStage stage) => ByStage.TryGetValue(stage, out var value) ? value : Co2e.Zero;

    /// <summary>Every inventory row's allocated share, from <see cref="Allocations"/>.</summary>
    public IEnumerable<AllocatedRow> RowTrace() => Allocations.SelectMany(a => a.RowTrace());
}
