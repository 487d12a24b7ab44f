namespace Tanpan.Web.Data.Entities;

/// <summary>
/// What one facility made of one product in one inventory year: the good output in declared units (the physical
/// allocation key with the product's mass), its revenue (the economic key) and the scrap and off-spec quantity.
/// </summary>
public sealed class ProductOutput : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProductId { get; set; }

    public Guid InventoryYearId { get; set; }

    public Guid FacilityId { get; set; }

    /// <summary>Good output in the product's declared units (≥ 0).</summary>
    public decimal Quantity { get; set; }

    /// <summary>Revenue of that output in NT$; null when not given (economic allocation then impossible).</summary>
    public decimal? RevenueNtd { get; set; }

    /// <summary>Scrap and off-spec made alongside, in declared units (≥ 0); it carries no share of its own (ISO 14067 6.4.6.1).</summary>
    public decimal ScrapQuantity { get; set; }
}
