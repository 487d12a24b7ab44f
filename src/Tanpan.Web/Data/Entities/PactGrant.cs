namespace Tanpan.Web.Data.Entities;

/// <summary>One published footprint shared with one PACT client; deleting the grant withdraws it.</summary>
public sealed class PactGrant : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid PactClientId { get; set; }

    public Guid FootprintId { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public Guid? GrantedByUserId { get; set; }
}
