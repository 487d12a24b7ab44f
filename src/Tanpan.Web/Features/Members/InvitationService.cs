using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Members;

/// <summary>
/// The invitee's side of an invitation for an address that has an account: the signed-in user sees the open
/// invitations addressed to their e-mail (in every organisation — a deliberate cross-tenant read) and accepts or
/// declines each. Nobody becomes a member without this step. Accepting and declining are audited like any change.
/// </summary>
public sealed class InvitationService(AppDbContext db, TenantContext tenant, MemberService members, TimeProvider clock)
{
    /// <summary>Open (unused, unexpired) invitations to the user's address, newest first.</summary>
    public async Task<List<MyInvitation>> MineAsync(Guid userId, CancellationToken cancellationToken)
    {
        var normalized = await NormalizedEmailAsync(userId, cancellationToken);
        var now = clock.GetUtcNow();
        var open = await db.Invitations.IgnoreQueryFilters()
            .Where(i => i.AcceptedAt == null) // open invitations are few; the address is compared case-insensitively below
            .Join(db.Organisations.IgnoreQueryFilters(), i => i.OrganisationId, o => o.Id, (i, o) => new { i, o.Name })
            .ToListAsync(cancellationToken);
        return [.. open.Where(x => x.i.ExpiresAt > now && string.Equals(x.i.Email.ToUpperInvariant(), normalized, StringComparison.Ordinal))
            .OrderByDescending(x => x.i.CreatedAt)
            .Select(x => new MyInvitation(x.i.Id, x.i.OrganisationId, x.Name, x.i.Role, x.i.ExpiresAt))];
    }

    /// <summary>The open invitation behind a link, if it is addressed to this user; else null.</summary>
    public async Task<MyInvitation?> FindByTokenAsync(Guid userId, string? token, CancellationToken cancellationToken) =>
        await members.OpenInvitationAsync(token, cancellationToken) is { } invitation
            ? (await MineAsync(userId, cancellationToken)).SingleOrDefault(i => i.Id == invitation.Id)
            : null;

    /// <summary>Joins the invitation's organisation with its role; 404 unless it is open and addressed to this user.</summary>
    public async Task<MemberOutcome<MyInvitation>> AcceptAsync(Guid userId, Guid invitationId, CancellationToken cancellationToken)
    {
        if (await OpenForAsync(userId, invitationId, cancellationToken) is not { } found)
        {
            return MemberOutcome.Refused<MyInvitation>(MemberService.InvitationInvalid());
        }

        var (invitation, mine) = found;

        var now = clock.GetUtcNow();
        invitation.AcceptedAt = now;
        var alreadyMember = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.OrganisationId == invitation.OrganisationId, cancellationToken);
        if (!alreadyMember)
        {
            db.Memberships.Add(new Membership
            {
                Id = Guid.CreateVersion7(now), UserId = userId, Role = invitation.Role, InventoryYearId = invitation.InventoryYearId, CreatedAt = now,
            });
        }

        await SaveInAsync(invitation.OrganisationId, invitation.Role, cancellationToken);
        return MemberOutcome.Of<MyInvitation>(mine);
    }

    /// <summary>Declines: the invitation is removed (its link stops working) and the owner sees it gone from the list.</summary>
    public async Task<MemberOutcome<MyInvitation>> DeclineAsync(Guid userId, Guid invitationId, CancellationToken cancellationToken)
    {
        if (await OpenForAsync(userId, invitationId, cancellationToken) is not { } found)
        {
            return MemberOutcome.Refused<MyInvitation>(MemberService.InvitationInvalid());
        }

        var (invitation, mine) = found;

        db.Invitations.Remove(invitation);
        await SaveInAsync(invitation.OrganisationId, null, cancellationToken);
        return MemberOutcome.Of<MyInvitation>(mine);
    }

    private async Task<(Invitation Invitation, MyInvitation Mine)?> OpenForAsync(Guid userId, Guid invitationId, CancellationToken cancellationToken)
    {
        if ((await MineAsync(userId, cancellationToken)).SingleOrDefault(i => i.Id == invitationId) is not { } mine)
        {
            return null;
        }

        var invitation = await db.Invitations.IgnoreQueryFilters().SingleAsync(i => i.Id == invitationId, cancellationToken);
        return (invitation, mine);
    }

    private async Task<string> NormalizedEmailAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(cancellationToken) ?? "\0";

    /// <summary>The data layer saves tenant rows only for the current organisation (decision 0005): the invitation's, while saving.</summary>
    private async Task SaveInAsync(Guid organisationId, MembershipRole? role, CancellationToken cancellationToken)
    {
        var (previousUser, previousOrganisation, previousRole, previousName) = (tenant.UserId, tenant.OrganisationId, tenant.Role, tenant.OrganisationName);
        tenant.Set(previousUser, organisationId, role);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            tenant.Set(previousUser, previousOrganisation, previousRole, previousName);
        }
    }
}
