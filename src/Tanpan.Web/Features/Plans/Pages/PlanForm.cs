namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>A plan as typed: the new-plan form and the plan page's settings form.</summary>
public sealed class PlanForm
{
    public string? Name { get; set; }

    public string? BaseInventoryId { get; set; }

    public string? FacilityId { get; set; }

    public string? EndYear { get; set; }

    public string? GrowthPercent { get; set; } = "0";

    public string? DiscountRate { get; set; } = "0.05";

    public bool HighLeakage { get; set; }

    /// <summary>The plan's version when the settings form was shown (hidden field; empty on a new plan).</summary>
    public string? Version { get; set; }
}
