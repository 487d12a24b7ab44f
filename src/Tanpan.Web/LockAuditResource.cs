namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;LockAuditResource&gt;</c>: the strings of the lock, audit and password
/// pages in <c>Resources/LockAuditResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class LockAuditResource;
