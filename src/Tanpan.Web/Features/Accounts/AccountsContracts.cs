using Tanpan.Web.Data.Entities;

namespace Tanpan.Web.Features.Accounts;

public sealed record SetupStatus(bool SetupRequired);

public sealed record SetupRequest(string? Email, string? DisplayName, string? Password);

public sealed record SignInRequest(string? Email, string? Password);

/// <summary>The new password is typed twice (<see cref="ConfirmPassword"/>) and follows the setup rule.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

public sealed record SwitchOrganisationRequest(Guid OrganisationId);

public sealed record UserSummary(Guid Id, string Email, string DisplayName, bool IsAdministrator);

public sealed record MembershipSummary(Guid OrganisationId, string OrganisationName, MembershipRole Role, Guid? InventoryYearId);

public sealed record MeResponse(UserSummary User, Guid? CurrentOrganisationId, MembershipRole? CurrentRole, IReadOnlyList<MembershipSummary> Memberships);

public sealed record CreateOrganisationRequest(string? Name, string? TaxId);

public sealed record OrganisationSummary(Guid Id, string Name, string? TaxId);

public sealed record CreateTokenRequest(string? Name);

/// <summary>A new token; <see cref="Token"/> is shown this once and never stored.</summary>
public sealed record CreatedToken(Guid Id, string Name, string Token, DateTimeOffset CreatedAt);

public sealed record TokenSummary(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

public sealed record AntiforgeryToken(string Token, string HeaderName);
