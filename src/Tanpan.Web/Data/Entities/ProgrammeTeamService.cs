namespace Tanpan.Web.Data.Entities;

/// <summary>One <see cref="ProgrammeService"/> a <see cref="ProgrammeTeam"/> delivers; a case of that service may be assigned only to such a team.</summary>
public sealed class ProgrammeTeamService : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid TeamId { get; set; }

    public Guid ServiceId { get; set; }
}
