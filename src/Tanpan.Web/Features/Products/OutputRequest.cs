namespace Tanpan.Web.Features.Products;

/// <summary>A product's output at one facility in one inventory year: good quantity (declared units), revenue (NT$), scrap and off-spec.</summary>
public sealed record OutputRequest(Guid? InventoryYearId, Guid? FacilityId, decimal? Quantity, decimal? RevenueNtd, decimal? ScrapQuantity);
