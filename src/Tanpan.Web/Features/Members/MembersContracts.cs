using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Members;

public sealed record MemberResponse(
    Guid Id, Guid UserId, string Email, string DisplayName, MembershipRole Role, Guid? InventoryYearId, DateTimeOffset CreatedAt);

/// <summary>An invitation not yet used; the token itself is never shown again after it was created.</summary>
public sealed record InvitationResponse(
    Guid Id, string Email, MembershipRole Role, Guid? InventoryYearId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>The members by name; <see cref="Invitations"/> (open ones) only for owners.</summary>
public sealed record MembersResponse(IReadOnlyList<MemberResponse> Members, IReadOnlyList<InvitationResponse> Invitations);

/// <summary><see cref="InventoryYearId"/> limits a verifier to one inventory of the organisation.</summary>
public sealed record AddMemberRequest(string? Email, MembershipRole? Role, Guid? InventoryYearId);

public sealed record ChangeMemberRequest(MembershipRole? Role, Guid? InventoryYearId);

/// <summary>The invitation to hand over: the same answer whether or not the address has an account.</summary>
public sealed record AddMemberResponse(CreatedInvitation Invitation);

/// <summary>An open invitation addressed to the signed-in user's e-mail, as the invitee sees it.</summary>
public sealed record MyInvitation(Guid Id, Guid OrganisationId, string OrganisationName, MembershipRole Role, DateTimeOffset ExpiresAt);

/// <summary>A new invitation; <see cref="Token"/> and <see cref="InvitePath"/> are shown this once, only the SHA-256 is stored.</summary>
public sealed record CreatedInvitation(
    Guid Id, string Email, MembershipRole Role, Guid? InventoryYearId, DateTimeOffset ExpiresAt, string Token, string InvitePath);

/// <summary>What the invitee sees before accepting.</summary>
public sealed record InvitationDetails(string OrganisationName, string Email, MembershipRole Role, DateTimeOffset ExpiresAt);

public sealed record AcceptInvitationRequest(string? DisplayName, string? Password);
