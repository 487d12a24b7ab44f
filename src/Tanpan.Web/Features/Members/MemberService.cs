using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tanpan.Web.Data;
using Tanpan.Web.Data.Entities;
using Tanpan.Web.Features.Accounts;
using Tanpan.Web.Infrastructure;

namespace Tanpan.Web.Features.Members;

/// <summary>
/// Membership management shared by <see cref="MembersApi"/> and the pages: every member may see the list; only an
/// owner invites (a 7-day one-time invitation, which the invitee must accept — see <see cref="InvitationService"/>),
/// changes and removes members; any member may leave; the last owner can be neither removed, demoted nor leave.
/// Changes are audited by the data layer.
/// </summary>
public sealed class MemberService(AppDbContext db, TenantContext tenant, Passwords passwords, TimeProvider clock)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public bool IsOwner => tenant.Role == MembershipRole.Owner;

    public async Task<MemberOutcome<MembersResponse>> ListAsync(CancellationToken cancellationToken)
    {
        if (tenant.OrganisationId is null)
        {
            return MemberOutcome.Refused<MembersResponse>(NoOrganisation());
        }

        var members = await db.Memberships.Include(m => m.User).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var invitations = IsOwner
            ? (await db.Invitations.Where(i => i.AcceptedAt == null).ToListAsync(cancellationToken))
                .Where(i => i.ExpiresAt > now).OrderBy(i => i.Email, StringComparer.Ordinal).Select(Response).ToList()
            : [];
        return MemberOutcome.Of<MembersResponse>(new(
            [.. members.OrderBy(m => m.User!.DisplayName, StringComparer.CurrentCulture).ThenBy(m => m.Id).Select(Response)], invitations));
    }

    public async Task<MemberResponse?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is { } m ? Response(m) : null;

    /// <summary>
    /// Invites the address, whether or not it has an account: nobody joins an organisation without accepting. The
    /// answer (and the work done) is the same either way, so it does not tell the owner which addresses have accounts.
    /// </summary>
    public async Task<MemberOutcome<AddMemberResponse>> AddAsync(AddMemberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsOwner)
        {
            return MemberOutcome.Refused<AddMemberResponse>(OwnersOnly());
        }

        List<FieldError> errors = [];
        if (AccountService.CheckEmail(request.Email) is { } badEmail)
        {
            errors.Add(badEmail);
        }

        await CheckRoleAsync(request.Role, request.InventoryYearId, errors, cancellationToken);
        var email = request.Email?.Trim() ?? "";
        var normalized = email.ToUpperInvariant();

        // One query whether or not the address has an account: only this organisation's members are looked at.
        if (errors.Count == 0 && await db.Memberships.AnyAsync(m => m.User!.NormalizedEmail == normalized, cancellationToken))
        {
            errors.Add(new("email", "此帳號已是本組織的成員。", "This account is already a member of the organisation."));
        }

        if (errors.Count > 0)
        {
            return MemberOutcome.Invalid<AddMemberResponse>(errors);
        }

        var now = clock.GetUtcNow();
        var role = request.Role!.Value;
        var inventoryYearId = role == MembershipRole.Verifier ? request.InventoryYearId : null;

        // One open invitation per address: a new one replaces the old, whose link stops working.
        var open = await db.Invitations.Where(i => i.AcceptedAt == null).ToListAsync(cancellationToken);
        db.Invitations.RemoveRange(open.Where(i => string.Equals(i.Email.ToUpperInvariant(), normalized, StringComparison.Ordinal)));
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            Email = email,
            Role = role,
            InventoryYearId = inventoryYearId,
            TokenHash = TokenSecrets.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + InvitationLifetime,
            CreatedByUserId = tenant.UserId,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return MemberOutcome.Of<AddMemberResponse>(new(new(
            invitation.Id, email, role, inventoryYearId, invitation.ExpiresAt, token, $"/invite/{token}")));
    }

    public async Task<MemberOutcome<MemberResponse>> ChangeAsync(Guid id, ChangeMemberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await WritableAsync(id, cancellationToken) is var (membership, problem) && membership is null)
        {
            return MemberOutcome.Refused<MemberResponse>(problem!);
        }

        List<FieldError> errors = [];
        await CheckRoleAsync(request.Role, request.InventoryYearId, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return MemberOutcome.Invalid<MemberResponse>(errors);
        }

        if (request.Role != MembershipRole.Owner && await IsLastOwnerAsync(membership, cancellationToken))
        {
            return MemberOutcome.Refused<MemberResponse>(LastOwner());
        }

        membership.Role = request.Role!.Value;
        membership.InventoryYearId = membership.Role == MembershipRole.Verifier ? request.InventoryYearId : null;
        await db.SaveChangesAsync(cancellationToken);
        return MemberOutcome.Of<MemberResponse>(Response(membership));
    }

    public async Task<MemberOutcome<MemberResponse>> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await WritableAsync(id, cancellationToken) is var (membership, problem) && membership is null)
        {
            return MemberOutcome.Refused<MemberResponse>(problem!);
        }

        if (await IsLastOwnerAsync(membership, cancellationToken))
        {
            return MemberOutcome.Refused<MemberResponse>(LastOwner());
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return MemberOutcome.Of<MemberResponse>(Response(membership));
    }

    /// <summary>The signed-in user leaves the current organisation (any role); the last owner cannot (409).</summary>
    public async Task<MemberOutcome<MemberResponse>> LeaveAsync(CancellationToken cancellationToken)
    {
        if (tenant.OrganisationId is null || tenant.UserId is not Guid userId)
        {
            return MemberOutcome.Refused<MemberResponse>(NoOrganisation());
        }

        var membership = await db.Memberships.Include(m => m.User).SingleAsync(m => m.UserId == userId, cancellationToken);
        if (await IsLastOwnerAsync(membership, cancellationToken))
        {
            return MemberOutcome.Refused<MemberResponse>(Problems.Of(StatusCodes.Status409Conflict,
                "您是本組織唯一的擁有者，無法離開：請先指定另一位成員為擁有者。",
                "You are the organisation's only owner and cannot leave: make another member an owner first."));
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return MemberOutcome.Of<MemberResponse>(Response(membership));
    }

    /// <summary>Withdraws an open invitation (owner): its link stops working.</summary>
    public async Task<MemberOutcome<InvitationResponse>> RevokeInvitationAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!IsOwner)
        {
            return MemberOutcome.Refused<InvitationResponse>(OwnersOnly());
        }

        if (await db.Invitations.SingleOrDefaultAsync(i => i.Id == id && i.AcceptedAt == null, cancellationToken) is not { } invitation)
        {
            return MemberOutcome.Refused<InvitationResponse>(Problems.NotFound());
        }

        db.Invitations.Remove(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return MemberOutcome.Of<InvitationResponse>(Response(invitation));
    }

    /// <summary>The invitation behind a link, if it is unused and unexpired (a deliberate read across organisations).</summary>
    public async Task<InvitationDetails?> FindInvitationAsync(string? token, CancellationToken cancellationToken) =>
        await OpenInvitationAsync(token, cancellationToken) is { } invitation
            ? new(await db.Organisations.IgnoreQueryFilters().Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken),
                invitation.Email, invitation.Role, invitation.ExpiresAt)
            : null;

    /// <summary>Creates the invitee's account (the setup's rules) and membership, and uses up the link.</summary>
    public async Task<MemberOutcome<User>> AcceptAsync(string? token, string? displayName, string? password, CancellationToken cancellationToken)
    {
        if (await OpenInvitationAsync(token, cancellationToken) is not { } invitation)
        {
            return MemberOutcome.Refused<User>(InvitationInvalid());
        }

        List<FieldError> errors = [];
        errors.AddRange(new[] { AccountService.CheckDisplayName(displayName), Passwords.Check(password) }.OfType<FieldError>());
        if (errors.Count > 0)
        {
            return MemberOutcome.Invalid<User>(errors);
        }

        var normalized = invitation.Email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return MemberOutcome.Refused<User>(Problems.Of(StatusCodes.Status409Conflict,
                "此電子郵件已有帳號：請以該帳號登入後接受邀請。", "An account with this e-mail exists: sign in with it to accept the invitation."));
        }

        var now = clock.GetUtcNow();
        var user = new User { Id = Guid.CreateVersion7(now), Email = invitation.Email, DisplayName = displayName!.Trim(), CreatedAt = now };
        passwords.Set(user, password!);
        invitation.AcceptedAt = now;
        db.Users.Add(user);
        db.Memberships.Add(new Membership
        {
            Id = Guid.CreateVersion7(now), UserId = user.Id, Role = invitation.Role, InventoryYearId = invitation.InventoryYearId, CreatedAt = now,
        });

        // The request has no organisation (the invitee is not signed in); the invitation's is current while saving.
        var (previousUser, previousOrganisation, previousRole, previousName) = (tenant.UserId, tenant.OrganisationId, tenant.Role, tenant.OrganisationName);
        tenant.Set(user.Id, invitation.OrganisationId, invitation.Role);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            tenant.Set(previousUser, previousOrganisation, previousRole, previousName);
        }

        return MemberOutcome.Of<User>(user);
    }

    internal async Task<Invitation?> OpenInvitationAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = TokenSecrets.Hash(token);
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is { AcceptedAt: null } && invitation.ExpiresAt > clock.GetUtcNow() ? invitation : null;
    }

    private async Task<(Membership? Membership, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> WritableAsync(
        Guid id, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return membership is null ? (null, Problems.NotFound()) : !IsOwner ? (null, OwnersOnly()) : (membership, null);
    }

    private async Task<bool> IsLastOwnerAsync(Membership membership, CancellationToken cancellationToken) =>
        membership.Role == MembershipRole.Owner
        && !await db.Memberships.AnyAsync(m => m.Role == MembershipRole.Owner && m.Id != membership.Id, cancellationToken);

    private async Task CheckRoleAsync(MembershipRole? role, Guid? inventoryYearId, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (role is null || !Enum.IsDefined(role.Value) || role == MembershipRole.Consultant)   // a consultant's role comes from a grant, never a membership
        {
            errors.Add(new("role", "請選擇角色：擁有者、編輯者、檢視者或查驗者。", "Choose a role: owner, editor, viewer or verifier."));
        }
        else if (inventoryYearId is Guid year)
        {
            if (role != MembershipRole.Verifier)
            {
                errors.Add(new("inventoryYearId", "只有查驗者可限定於單一盤查年度。", "Only a verifier can be limited to one inventory."));
            }
            else if (!await db.InventoryYears.AnyAsync(y => y.Id == year, cancellationToken))
            {
                errors.Add(new("inventoryYearId", "找不到此盤查年度。", "No such inventory in this organisation."));
            }
        }
    }

    private static MemberResponse Response(Membership m) =>
        new(m.Id, m.UserId, m.User?.Email ?? "", m.User?.DisplayName ?? "", m.Role, m.InventoryYearId, m.CreatedAt);

    private static InvitationResponse Response(Invitation i) => new(i.Id, i.Email, i.Role, i.InventoryYearId, i.CreatedAt, i.ExpiresAt);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult OwnersOnly() => Problems.Of(StatusCodes.Status403Forbidden,
        "只有組織擁有者可以管理成員。", "Only an owner of the organisation can manage its members.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoOrganisation() => Problems.Of(StatusCodes.Status403Forbidden,
        "請先選擇目前的組織。", "Choose a current organisation first.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult LastOwner() => Problems.Of(StatusCodes.Status409Conflict,
        "組織至少要有一位擁有者：請先指定另一位擁有者。", "An organisation needs at least one owner: make another member an owner first.");

    internal static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult InvitationInvalid() => Problems.Of(StatusCodes.Status404NotFound,
        "邀請連結無效、已使用或已過期：請向組織擁有者索取新的連結。", "This invitation link is invalid, used or expired: ask an owner of the organisation for a new one.");
}
