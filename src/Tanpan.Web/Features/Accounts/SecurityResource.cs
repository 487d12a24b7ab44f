namespace Tanpan.Web.Features.Accounts;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;SecurityResource&gt;</c>: the strings of sign-in throttling, invitations of existing
/// accounts and leaving an organisation, in <c>SecurityResource.resx</c> beside it (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class SecurityResource;
