namespace Tanpan.Web.Data.Entities;

/// <summary>
/// One consented, revocable, audited permission for another organisation to reach this one's data (DESIGN, "Wave 2:
/// parties that share data"; docs/grants.md; decision 0022). The tenant is the GRANTOR: the grant lives, and is audited,
/// in the trail of the organisation whose data it opens. What it opens is its <see cref="Purpose"/>
/// (<c>Infrastructure.Grants.GrantPurposes</c>), narrowed to one subject where the purpose has one (a programme, a case).
/// </summary>
public sealed class Grant : ITenantOwned, IAudited, IVersioned
{
    public Guid Id { get; set; }

    /// <summary>The grantor: the organisation whose data the grant opens.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation whose members (or whose code, for read purposes) the grant lets in.</summary>
    public Guid GranteeOrganisationId { get; set; }

    /// <summary>A <c>GrantPurposes</c> key.</summary>
    public required string Purpose { get; set; }

    /// <summary>True for a grant that lets the grantee change data; false for read only.</summary>
    public bool Write { get; set; }

    /// <summary>What the grant is narrowed to, e.g. "programme" or "case"; null for the purpose's whole scope.</summary>
    public string? SubjectKind { get; set; }

    public Guid? SubjectId { get; set; }

    /// <summary>A <c>GrantStates</c> key: requested, active, declined or revoked.</summary>
    public required string State { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public Guid? RequestedByUserId { get; set; }

    /// <summary>Why the grant is asked for or given, in the words of the one who asked (shown to the grantor).</summary>
    public string? Note { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedByUserId { get; set; }

    /// <summary>The last day the grant is valid, in the grantor's time zone; null for no end.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public Guid? RevokedByUserId { get; set; }

    /// <inheritdoc />
    public int RowVersion { get; set; } = 1;
}
