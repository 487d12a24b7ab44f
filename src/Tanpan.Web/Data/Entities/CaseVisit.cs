namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A visit record (訪廠紀錄) of a <see cref="ProgrammeCase"/>: the date, who was there, what was found and what comes
/// next; its photos and documents are <see cref="CaseVisitFile"/> rows. Belongs to the agency; written by the case's
/// team (or the agency's officers).
/// </summary>
public sealed class CaseVisit : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The day of the visit (Taiwan time).</summary>
    public DateOnly VisitedOn { get; set; }

    /// <summary>The people present (names and roles, as written).</summary>
    public required string PeoplePresent { get; set; }

    public required string Findings { get; set; }

    public required string NextSteps { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
