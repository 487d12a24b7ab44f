namespace Tanpan.Web.Data.Entities;

/// <summary>A 行動綱領政策內涵 of a plan with its planned budget for the plan period in 萬元 (seed 002 表5 column A).</summary>
public sealed class SectorPlanPolicy : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid PlanId { get; set; }

    /// <summary>Order in the file (the report keeps it).</summary>
    public int Position { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public decimal? PlannedBudgetTenThousandNtd { get; set; }

    public string? BudgetPeriod { get; set; }
}
