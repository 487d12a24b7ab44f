using Tanpan.Web.Data.Entities;
using Tanpan.Web.Infrastructure.Roles;

namespace Tanpan.Web.Infrastructure;

/// <summary>
/// The one place answering "may this member read/write this": owners and editors write; viewers read; verifiers read
/// only the inventory their membership names. Which routes a role reaches at all is <see cref="Roles.RoleTable"/>; which inventory a verifier sees is <see cref="Roles.VerifierScope"/>.
/// </summary>
internal static class MemberAccess
{
    public static bool CanWrite(this TenantContext tenant) => tenant.Role is MembershipRole.Owner or MembershipRole.Editor;

    /// <summary>Owners, editors and viewers read the organisation's operational data (meters, tariffs); a verifier reads only its inventory.</summary>
    public static bool CanRead(this TenantContext tenant) => tenant.Role is MembershipRole.Owner or MembershipRole.Editor or MembershipRole.Viewer;
}
