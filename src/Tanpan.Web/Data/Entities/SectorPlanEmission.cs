namespace Tanpan.Web.Data.Entities;

/// <summary>One year of seed 002's 表6: the sector's target and emissions in 百萬公噸 CO2e.</summary>
public sealed class SectorPlanEmission : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid PlanId { get; set; }

    /// <summary>Gregorian year.</summary>
    public int Year { get; set; }

    public decimal TargetMillionTonnes { get; set; }

    public decimal EmissionsMillionTonnes { get; set; }
}
