namespace Tanpan.Web.Features.Products;

/// <summary>A facility's process (as the inventory's register names it) tied to one product in one inventory year.</summary>
public sealed record AssignmentRequest(Guid? ProductId, Guid? FacilityId, string? Process);
