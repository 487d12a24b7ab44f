namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One computed footprint of a product from one inventory year: a draft until locked; a locked version keeps its
/// result (<see cref="ResultJson"/>, with the factor set version and GWP set it was computed with) and is never
/// computed again, so its figures do not drift when reference data or the inventory change.
/// </summary>
public sealed class ProductFootprintVersion : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProductId { get; set; }

    public Guid InventoryYearId { get; set; }

    /// <summary>1, 2, … per product and inventory year.</summary>
    public int Version { get; set; }

    /// <summary><c>draft</c> or <c>locked</c>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public DateTimeOffset? LockedAt { get; set; }

    /// <summary>Who locked it. A plain id, not a foreign key: history outlives accounts.</summary>
    public Guid? LockedByUserId { get; set; }

    public required string FactorSetId { get; set; }

    public required string FactorSetVersion { get; set; }

    public required string GwpSetId { get; set; }

    /// <summary>kg CO2e per declared unit, cradle to gate (for lists; the full result is in <see cref="ResultJson"/>).</summary>
    public decimal KgCo2ePerUnit { get; set; }

    /// <summary>The id of the PACT footprint this locked version was published as (Features.Pact); null until published.</summary>
    public Guid? PublishedPactId { get; set; }

    /// <summary>The result as computed (JSON of <c>Features.Products.FootprintSnapshot</c>).</summary>
    public required string ResultJson { get; set; }
}
