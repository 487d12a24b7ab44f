namespace Tanpan.Web.Data.Entities;

/// <summary>
/// An owner's invitation for an e-mail address without an account: a one-time link <c>/invite/{token}</c>
/// that lets the invitee set a name and password and become a member. Only the token's SHA-256 is stored.
/// </summary>
public sealed class Invitation : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Email { get; set; }

    public MembershipRole Role { get; set; }

    /// <summary>For a verifier: the one inventory the membership will be limited to.</summary>
    public Guid? InventoryYearId { get; set; }

    /// <summary>SHA-256 of the token, 64 lower-case hex digits; unique.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the link was used; a used invitation never works again.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Who invited. A plain id, not a foreign key: history outlives accounts.</summary>
    public Guid? CreatedByUserId { get; set; }
}
