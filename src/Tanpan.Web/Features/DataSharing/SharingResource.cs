namespace Tanpan.Web.Features.DataSharing;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;SharingResource&gt;</c>: the strings of the sharing page in
/// <c>SharingResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class SharingResource;
