namespace Tanpan.Web.Features.Products.Pages;

/// <summary>A product's output at a facility in an inventory year, as typed.</summary>
public sealed class OutputForm
{
    public string? InventoryYearId { get; set; }

    public string? FacilityId { get; set; }

    public string? Quantity { get; set; }

    public string? RevenueNtd { get; set; }

    public string? ScrapQuantity { get; set; }
}
