namespace Tanpan.Web.Data.Entities;

/// <summary>
/// The API key of one gateway (閘道器): it may write readings to the organisation's meters and nothing else.
/// Only its SHA-256 is stored; a revoked key never authenticates again.
/// </summary>
public sealed class GatewayKey : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    /// <summary>SHA-256 of the key, 64 lower-case hex digits; unique.</summary>
    public required string KeyHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Bookkeeping, not audited.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
