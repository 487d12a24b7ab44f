namespace Tanpan.Web.Features.Products;

/// <summary>
/// A product footprint as computed and stored in <c>ProductFootprintVersions.ResultJson</c>: what the footprint page
/// shows and PACT publishes, per declared unit, exact kg CO2e (round only to show). A locked version is read from this
/// and never computed again. Stages and gases are keyed as Core names them (<c>LifeCycleStages.Key</c>, gas species).
/// </summary>
public sealed record FootprintSnapshot(
    string ProductCode, string ProductName, string DeclaredUnit, decimal? MassKgPerUnit, string? CnCode, string? CccCode,
    int InventoryYear, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Output,
    decimal TotalKg, decimal CradleToGateKg, IReadOnlyList<FootprintFigure> ByStage, IReadOnlyList<FootprintFigure> ByGas,
    decimal FossilKg, decimal BiogenicKg, decimal PrimaryDataShare, decimal? InventoryGrade,
    IReadOnlyList<AllocationTrace> Allocations, IReadOnlyList<BomTrace> Bom,
    string FactorSetId, string FactorSetVersion, string GwpSetId, DateTimeOffset ComputedAt)
{
    /// <summary>Scrap and off-spec over the period, declared units: recorded, not allocated (docs/product-footprints.md).</summary>
    public decimal Scrap { get; init; }

    /// <summary>The secondary databases (name, version) of the BOM at any level (PACT <c>secondaryEmissionFactorSources</c>).</summary>
    public IReadOnlyList<FootprintFigureSource> SecondarySources { get; init; } = [];

    /// <summary>The data-quality ratings the organisation stated for the product (technological, temporal, geographical; 1–5), each null when not stated.</summary>
    public decimal?[] StatedRatings { get; init; } = [null, null, null];
}

/// <summary>A secondary emission-factor database and its version.</summary>
public sealed record FootprintFigureSource(string Name, string Version);

/// <summary>One figure per declared unit: a stage key (raw_material, production …) or a gas species.</summary>
public sealed record FootprintFigure(string Key, decimal KgPerUnit);

/// <summary>
/// One allocation (ISO 14067 §6.4.6): the facility, the key (Direct, Mass, OtherPhysical, Economic) and what it measures,
/// numerator ÷ denominator of the pool, what the product got, why, and the inventory rows it came from.
/// </summary>
public sealed record AllocationTrace(
    string Facility, string ProductCode, string Key, string KeyName, decimal Numerator, decimal Denominator, decimal Share, decimal PoolKg, decimal AllocatedKg,
    string Reason, bool TookRemainder, IReadOnlyList<RowShare> Rows);

/// <summary>An inventory row's part of an allocation: the activity entry and its source, the row's CO2e and the share allocated.</summary>
public sealed record RowShare(Guid? EntryId, Guid? SourceId, string Facility, string? Process, string MaterialKey, decimal RowKg, decimal AllocatedKg);

/// <summary>What one BOM line adds per declared unit: quantity in the factor's unit × kg CO2e per unit, with its source.</summary>
public sealed record BomTrace(
    string Material, decimal QuantityPerUnit, string Unit, string SourceKind, string Reference, decimal Quantity, string FactorUnit, decimal KgCo2ePerUnit,
    decimal KgPerUnit, decimal PrimaryDataShare, string? Database = null, string? DatabaseVersion = null);

/// <summary>Why footprints cannot be computed (Core's product issues and the inventory's entry issues), in both languages.</summary>
public sealed record FootprintIssue(string MessageZh, string MessageEn);

/// <summary>Every product's footprint for one inventory, as computed now (allocation review), or the issues.</summary>
public sealed record InventoryFootprints(
    Guid InventoryYearId, int Year, IReadOnlyList<FootprintSnapshot> Footprints, IReadOnlyList<FacilityTotal> Facilities, IReadOnlyList<FootprintIssue> Issues);

/// <summary>A facility's production emissions (the pool every allocation of it shares), kg CO2e.</summary>
public sealed record FacilityTotal(string Facility, decimal Kilograms);
