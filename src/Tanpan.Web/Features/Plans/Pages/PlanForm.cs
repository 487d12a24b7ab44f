namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>A new plan as typed.</summary>
public sealed class PlanForm
{
    public string? Name { get; set; }

    public string? BaseInventoryId { get; set; }

    public string? FacilityId { get; set; }

    public string? EndYear { get; set; }

    public string? GrowthPercent { get; set; } = "0";

    public string? DiscountRate { get; set; } = "0.05";

    public bool HighLeakage { get; set; }
}
