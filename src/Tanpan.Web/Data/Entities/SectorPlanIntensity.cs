namespace Tanpan.Web.Data.Entities;

/// <summary>The sector's carbon-intensity indicator: reduction in <see cref="Year"/> against <see cref="BaseYear"/>, target and achieved (%).</summary>
public sealed class SectorPlanIntensity : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid PlanId { get; set; }

    public int Year { get; set; }

    public int BaseYear { get; set; }

    public decimal TargetReductionPercent { get; set; }

    public decimal? AchievedReductionPercent { get; set; }
}
