namespace Tanpan.Web.Data.Entities;

/// <summary>
/// A customer's PACT credentials (OAuth 2 client credentials, PACT v3.0 "Authentication"): the customer's system
/// exchanges <see cref="ClientId"/> and its secret for short-lived bearer tokens and sees only the footprints granted
/// to it (<see cref="PactGrant"/>). Only the SHA-256 of the secret is stored; a revoked client never authenticates again.
/// </summary>
public sealed class PactClient : ITenantOwned, IAudited
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The customer's name as the organisation knows it.</summary>
    public required string Name { get; set; }

    /// <summary>The public client id (<c>pact_</c> + 16 random bytes, base64url); unique.</summary>
    public required string ClientId { get; set; }

    /// <summary>SHA-256 of the secret, 64 lower-case hex digits.</summary>
    public required string SecretHash { get; set; }

    /// <summary>
    /// The customer's PACT host (its base URL, https), where footprint-request answers are sent as CloudEvents; null
    /// when the customer only pulls.
    /// </summary>
    public string? EventsBaseUrl { get; set; }

    /// <summary>The client id Tanpan uses at the customer's token endpoint before sending an event; null when none is needed.</summary>
    public string? CallbackClientId { get; set; }

    /// <summary>That client's secret, encrypted with ASP.NET Core Data Protection (purpose "Tanpan.Pact.CallbackSecret").</summary>
    public string? CallbackSecretProtected { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Bookkeeping, not audited.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
