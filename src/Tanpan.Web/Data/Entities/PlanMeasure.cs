namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A measure of a plan: a <c>Tanpan.Core.Reduction.MeasureCatalog</c> kind with its inputs as typed (JSON object of
/// text values, evaluated through <c>MeasureCalculator</c> at every read), lifetime, start year and, once done, the
/// date it was implemented.
/// </summary>
public sealed class PlanMeasure : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid PlanId { get; set; }

    public ReductionPlan? Plan { get; set; }

    public required string Kind { get; set; }

    public string? Label { get; set; }

    /// <summary>The measure's inputs, a JSON object of key → text (e.g. <c>{"count":"200","hours":"4000"}</c>).</summary>
    public required string ParametersJson { get; set; }

    public int LifetimeYears { get; set; }

    public int StartYear { get; set; }

    public DateOnly? ImplementedOn { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
