using Tanpan.Core.Reduction.Planning;

namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A reduction target (減量目標): absolute or intensity, from a base year to a target year, either a linear
/// reduction of <see cref="AnnualReductionPercent"/> of the base a year or customer-set milestones; compared with
/// the organisation's inventories (the chosen scopes) and, when linked, a plan's pathway.
/// </summary>
public sealed class EmissionTarget : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public TargetKind Kind { get; set; }

    public int BaseYear { get; set; }

    public int TargetYear { get; set; }

    /// <summary>Linear pathway: percent of the base value a year; null when milestones are used.</summary>
    public decimal? AnnualReductionPercent { get; set; }

    /// <summary>Customer-set milestones, a JSON object of year → value (t CO₂e, or t CO₂e per unit for intensity).</summary>
    public string? MilestonesJson { get; set; }

    /// <summary>The scopes compared, comma-separated (default <c>1,2</c>).</summary>
    public required string Scopes { get; set; }

    /// <summary>A plan whose pathway fills the plan column; null for none.</summary>
    public Guid? PlanId { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
