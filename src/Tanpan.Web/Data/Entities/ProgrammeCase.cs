namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A guidance case (輔導案): one <see cref="ProgrammeRequest"/> in state <c>bureau-approved</c> (工業局核備; seed 004
/// 注意事項四: guidance starts after it) being delivered by a consulting team (docs/programme-cases.md). Belongs to the
/// agency. Its stages (<see cref="ProgrammeCaseStage"/>) follow the service's stage list; moving between them changes
/// <see cref="StageKey"/> on this audited row, so the audit trail keeps who moved it and when. The client's name and
/// organisation are copied at opening so the team's pages never read the application itself.
/// </summary>
public sealed class ProgrammeCase : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProgrammeId { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>The request that became this case (one case per request).</summary>
    public Guid RequestId { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>The consulting team's organisation (a <see cref="ProgrammeTeam"/> of the programme that delivers the service).</summary>
    public Guid TeamOrganisationId { get; set; }

    /// <summary>The agency's officer responsible for the case (a member of the agency), if named.</summary>
    public Guid? OfficerUserId { get; set; }

    /// <summary>The client's own Tanpan organisation (<see cref="ProgrammeApplication.ApplicantOrganisationId"/>), if it applied from there.</summary>
    public Guid? ClientOrganisationId { get; set; }

    /// <summary>The factory's name at opening (附表1 工廠名稱).</summary>
    public required string ClientName { get; set; }

    /// <summary>案件編號 of the application.</summary>
    public int? ApplicationNumber { get; set; }

    /// <summary>The current stage: a key of the service's stage list (<c>Features.ProgrammeCases.CaseStages</c>).</summary>
    public required string StageKey { get; set; }

    /// <summary>The day the case was opened, in Taiwan time (Asia/Taipei).</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>
    /// The day the case reached its closing stage (結案), in Taiwan time (Asia/Taipei, the organisation's time zone);
    /// null while open. The three yearly 成效追蹤表 (seed 004) are scheduled from it.
    /// </summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The workspace grant the team requested from the client (a row in the client's tenant), once requested.</summary>
    public Guid? WorkspaceGrantId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
