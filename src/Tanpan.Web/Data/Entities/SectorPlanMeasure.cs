namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One 具體措施 of a plan as seed 002's 附件 lists it (Core <c>ActionMeasure</c>): money in 萬元, reduction in 萬公噸 CO2e,
/// kind and status as the Core's English keys (reduction, capacity-building; achieved, not-achieved, not-assessed).
/// </summary>
public sealed class SectorPlanMeasure : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid PlanId { get; set; }

    public int Position { get; set; }

    public required string Number { get; set; }

    public required string Name { get; set; }

    public required string PolicyCode { get; set; }

    public required string Kind { get; set; }

    public required string Agency { get; set; }

    public string? Unit { get; set; }

    public string? CoAgency { get; set; }

    public string? Period { get; set; }

    public string? Expected { get; set; }

    public string? Result { get; set; }

    public required string Status { get; set; }

    public decimal? BudgetTenThousandNtd { get; set; }

    public string? BudgetSource { get; set; }

    public decimal? PrivateInvestmentTenThousandNtd { get; set; }

    public decimal? ReductionTenThousandTonnes { get; set; }

    public string? ReductionBasis { get; set; }

    public int? People { get; set; }

    public int? Sessions { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
