namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One stage of a <see cref="ProgrammeCase"/> with its due date: copied from the service's stage list at opening (due
/// dates from the opening date), then edited by the agency. <see cref="ReachedOn"/> is set when the case moves past it
/// (Taiwan time).
/// </summary>
public sealed class ProgrammeCaseStage : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The stage key (<c>Features.ProgrammeCases.CaseStages</c>).</summary>
    public required string Key { get; set; }

    /// <summary>Order within the case, 1 first.</summary>
    public int Position { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The day the stage was completed (the case moved past it), or null.</summary>
    public DateOnly? CompletedOn { get; set; }
}
