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

    public void Set(Guid? userId, Guid? organisationId, MembershipRole? role, string? organisationName = null)
    {
        UserId = userId;
        OrganisationId = organisationId;
        Role = role;
        OrganisationName = organisationId is null ? null : organisationName;
    }
}
