namespace Tanpan.Web.Data.Entities;

/// <summary>A user's role in an organisation; one per user and organisation.</summary>
public sealed class Membership : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    public MembershipRole Role { get; set; }

    /// <summary>For a verifier: the one inventory they may see; null means all of the organisation's.</summary>
    public Guid? InventoryYearId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
