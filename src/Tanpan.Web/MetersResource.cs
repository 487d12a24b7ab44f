namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MetersResource&gt;</c>: the strings of the meter and gateway-key pages in
/// <c>Resources/MetersResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class MetersResource;
