namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;LockAuditResource&gt;</c>: the strings of the lock, audit and password
/// pages in <c>LockAuditResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class LockAuditResource;
