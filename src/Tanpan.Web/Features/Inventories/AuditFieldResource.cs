namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;AuditFieldResource&gt;</c>: the audit page's labels of recorded fields, one per
/// entity property name (e.g. <c>AmountPaidNtd</c> → 繳費金額（新臺幣）), in <c>AuditFieldResource.resx</c> beside it
/// (Traditional Chinese, the default) and <c>.en.resx</c>. A field without a label is shown by its raw name.
/// </summary>
public sealed class AuditFieldResource;
