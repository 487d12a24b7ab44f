namespace Tanpan.Web.Data.Entities;

/// <summary>A personal access token for the API. Only its SHA-256 is stored.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    public required string Name { get; set; }

    /// <summary>SHA-256 of the token, 64 lower-case hex digits; unique.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>When it was revoked; a revoked token never authenticates again.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
