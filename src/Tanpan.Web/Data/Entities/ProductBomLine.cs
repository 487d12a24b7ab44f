namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One line of a product's bill of materials: a material and its quantity per declared unit of the product, with the
/// source of its footprint — a supplier's PCF, a secondary factor (database and version) or another product of the
/// same organisation (<see cref="ComponentProductId"/>, whose own footprint is rolled up).
/// </summary>
public sealed class ProductBomLine : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProductId { get; set; }

    public required string Material { get; set; }

    /// <summary>Quantity of <see cref="Material"/> per declared unit of the product, in <see cref="Unit"/> (≥ 0).</summary>
    public decimal QuantityPerUnit { get; set; }

    /// <summary>A unit key of <c>Tanpan.Core.Units.Units</c> or a declared-unit key (piece).</summary>
    public required string Unit { get; set; }

    /// <summary>A <c>BomSourceKinds</c> key: supplier, secondary or product.</summary>
    public required string SourceKind { get; set; }

    /// <summary>kg CO2e per <see cref="Unit"/> of material (supplier PCF or secondary factor); null for an own product.</summary>
    public decimal? KgCo2ePerUnit { get; set; }

    /// <summary>The secondary database (e.g. ecoinvent) or the supplier's name.</summary>
    public string? FactorSource { get; set; }

    /// <summary>The database's version, or the supplier PCF's id (PACT footprint id).</summary>
    public string? FactorVersion { get; set; }

    /// <summary>The supplier PCF's stated primary-data share in percent (0–100); null when not stated.</summary>
    public decimal? PrimaryDataShare { get; set; }

    /// <summary>The organisation's own product this line is made of; its footprint is used per its declared unit.</summary>
    public Guid? ComponentProductId { get; set; }
}
