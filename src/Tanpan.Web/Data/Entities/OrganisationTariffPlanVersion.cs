namespace Tanpan.Web.Data.Entities;

/// <summary>One stored version of an <see cref="OrganisationTariffPlan"/> (append-only; deleted with the plan).</summary>
public sealed class OrganisationTariffPlanVersion : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid TariffPlanId { get; set; }

    public int Version { get; set; }

    public required string Csv { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
