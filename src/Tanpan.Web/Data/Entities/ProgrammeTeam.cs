namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A consulting team (輔導團隊) linked to a <see cref="Programme"/> by the agency (docs/programme-cases.md). The team is
/// an organisation of its own (<see cref="TeamOrganisationId"/>: the consultancy's Tanpan organisation, whose members
/// are its consultants); linking it gives that organisation a <c>case-delivery</c> grant on the programme, through which
/// its members see the cases assigned to it and nothing else of the agency. Belongs to the agency (the tenant).
/// </summary>
public sealed class ProgrammeTeam : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>The consulting team's own organisation.</summary>
    public Guid TeamOrganisationId { get; set; }

    /// <summary>The team's name as the agency shows it (e.g. the 輔導單位 of seed 004's services).</summary>
    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
