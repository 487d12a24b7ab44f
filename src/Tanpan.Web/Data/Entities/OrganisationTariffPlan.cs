namespace Tanpan.Web.Data.Entities;

/// <summary>
/// An organisation's own time-of-use plan (docs/monitoring.md#user-defined-tariff-plans): the CSV as uploaded, in the
/// shape of the shipped energy-rate file, checked by <c>UserTariffPlans.Parse</c> before it is stored. Meters name it by
/// <see cref="PlanId"/> (never one of the shipped ids). Replacing the CSV raises <see cref="Version"/>; every version is
/// kept in <see cref="OrganisationTariffPlanVersion"/>.
/// </summary>
public sealed class OrganisationTariffPlan : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The CSV's <c>plan_id</c>: lower-case letters, digits, <c>_</c> and <c>-</c>; unique within the organisation.</summary>
    public required string PlanId { get; set; }

    public required string NameZh { get; set; }

    /// <summary>1 for the first upload, +1 for each replacement.</summary>
    public int Version { get; set; }

    /// <summary>The current version's CSV text.</summary>
    public required string Csv { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
