namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;SecurityResource&gt;</c>: the strings of sign-in throttling, invitations of existing
/// accounts and leaving an organisation, in <c>Resources/SecurityResource.resx</c> (Traditional Chinese) and <c>.en.resx</c>.
/// </summary>
public sealed class SecurityResource;
