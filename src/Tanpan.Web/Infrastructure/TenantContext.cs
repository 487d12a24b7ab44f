using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Infrastructure;

/// <summary>
/// Who is acting and in which organisation, for one request (scoped). Authentication sets it;
/// <see cref="Data.AppDbContext"/> filters and stamps rows with <see cref="OrganisationId"/>. With no
/// organisation set, tenant-owned queries return nothing and saving a tenant-owned row throws.
/// </summary>
public sealed class TenantContext
{
    public Guid? UserId { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public MembershipRole? Role { get; private set; }

    /// <summary>
    /// The current organisation's name as read with the membership at the start of the request (for the layout's
    /// header); null when set without it.
    /// </summary>
    public string? OrganisationName { get; private set; }

    /// <summary>
    /// The grant through which the user acts in <see cref="OrganisationId"/> when it is not a member there (a consultant
    /// in a client's workspace, a consulting team in an agency's cases; docs/grants.md); null for members.
    /// </summary>
    public Guid? GrantId { get; private set; }

    /// <summary>True where code reads another organisation's data under a read grant: saving anything throws.</summary>
    public bool ReadOnly { get; private set; }

    public void Set(Guid? userId, Guid? organisationId, MembershipRole? role, string? organisationName = null, Guid? grantId = null)
    {
        UserId = userId;
        OrganisationId = organisationId;
        Role = role;
        OrganisationName = organisationId is null ? null : organisationName;
        GrantId = organisationId is null ? null : grantId;
        ReadOnly = false;
    }

    /// <summary>Makes <paramref name="organisationId"/> current for reading only, under <paramref name="grantId"/> (a fresh scope of <c>GrantService.AsGrantorAsync</c>).</summary>
    public void SetReadOnly(Guid organisationId, Guid grantId)
    {
        Set(null, organisationId, MembershipRole.Viewer, null, grantId);
        ReadOnly = true;
    }
}
