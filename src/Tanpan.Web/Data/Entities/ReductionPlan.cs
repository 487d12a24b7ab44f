namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A reduction plan (減碳計畫): measures with start years against a base inventory, whose scope 1 + 2 emissions (of
/// one facility, or of the whole organisation) are the starting point of the pathway to <see cref="EndYear"/>.
/// </summary>
public sealed class ReductionPlan : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public Guid BaseInventoryYearId { get; set; }

    /// <summary>Only this facility's sources count; null = the whole organisation.</summary>
    public Guid? FacilityId { get; set; }

    /// <summary>The last year of the pathway.</summary>
    public int EndYear { get; set; }

    /// <summary>Business-as-usual growth of emissions, percent a year (may be negative).</summary>
    public decimal GrowthPercent { get; set; }

    /// <summary>Discount rate for NPV and the abatement curve, fraction a year (0.05 = 5 %).</summary>
    public decimal DiscountRate { get; set; }

    /// <summary>Whether the plant is recognised as high carbon-leakage (carbon-fee outlook).</summary>
    public bool HighLeakage { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public ICollection<PlanMeasure> Measures { get; } = [];

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
