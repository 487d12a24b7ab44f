namespace Tanpan.Web.Features.Meters;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MeterUploadResource&gt;</c>: the strings of the readings upload page
/// (<c>/meters/upload</c>) in <c>MeterUploadResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class MeterUploadResource;
