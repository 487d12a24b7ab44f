namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One service an application asks for: its place in that service's queue and the officer's decisions
/// (<c>Features.Programmes.RequestStates</c>). A request in state <c>bureau-approved</c> (工業局核備) is where a later
/// guidance case starts.
/// </summary>
public sealed class ProgrammeRequest : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>For 抵換專案現場支援: the one stage chosen (<c>Features.Programmes.OffsetStages</c> key).</summary>
    public string? Stage { get; set; }

    /// <summary>A <c>Features.Programmes.RequestStates</c> key.</summary>
    public required string State { get; set; }

    /// <summary>True while the request holds one of the service's <see cref="ProgrammeService.Quota"/> places.</summary>
    public bool HoldsSeat { get; set; }

    /// <summary>Priority level, 1 first (the service's priority rule); the queue orders by it, then by <see cref="ArrivedAt"/>.</summary>
    public int PriorityLevel { get; set; }

    /// <summary>The rule outcomes at confirmation, one "key=met|not-met|not-checked" per line.</summary>
    public required string Checks { get; set; }

    /// <summary>When the applicant confirmed (the arrival that orders the queue); null while unconfirmed.</summary>
    public DateTimeOffset? ArrivedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedByUserId { get; set; }

    /// <summary>The officer's reason (required for a rejection).</summary>
    public string? Reason { get; set; }

    /// <summary>工業局核備: the date and the bureau's reference.</summary>
    public DateOnly? BureauApprovedOn { get; set; }

    public string? BureauReference { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
