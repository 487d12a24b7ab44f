namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A product (產品) of the organisation whose carbon footprint (ISO 14067) is computed from the inventory: its code
/// (unique in the organisation), declared unit (PACT <c>declaredUnitOfMeasurement</c>) and the mass of one declared unit.
/// </summary>
public sealed class Product : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's own product code (料號), unique within the organisation.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>A <c>Features.Products.DeclaredUnits</c> key: piece, kg, t, m2, kWh, L, m3, MJ.</summary>
    public required string DeclaredUnit { get; set; }

    /// <summary>Kilograms of product per declared unit (PACT <c>productMassPerDeclaredUnit</c>); the mass allocation key.</summary>
    public decimal? MassKgPerDeclaredUnit { get; set; }

    /// <summary>EU Combined Nomenclature code (8 digits), for CBAM and PACT product classifications.</summary>
    public string? CnCode { get; set; }

    /// <summary>Taiwan's 貨品分類號列 (CCC code, 11 digits).</summary>
    public string? CccCode { get; set; }

    /// <summary>
    /// Data-quality ratings the organisation states for the product (PACT v3 <c>dqi</c>: technological, temporal and
    /// geographical representativeness, 1 best – 5 worst); null when not stated. Tanpan does not invent them.
    /// </summary>
    public decimal? DqrTechnological { get; set; }

    public decimal? DqrTemporal { get; set; }

    public decimal? DqrGeographical { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
