namespace Tanpan.Web.Features.Plans.Pages;

/// <summary>A new target as typed: a yearly percentage or milestones one <c>year=value</c> a line.</summary>
public sealed class TargetForm
{
    public string? Name { get; set; }

    public string? Kind { get; set; } = "Absolute";

    public string? BaseYear { get; set; }

    public string? TargetYear { get; set; }

    public string? AnnualReductionPercent { get; set; } = "4.2";

    public string? Milestones { get; set; }

    public string? Scopes { get; set; } = "1,2";

    public string? PlanId { get; set; }

    /// <summary>The target's version when the edit form was shown (hidden field; empty on a new target).</summary>
    public string? Version { get; set; }
}
