namespace Tanpan.Web.Features.Meters;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MetersResource&gt;</c>: the strings of the meter and gateway-key pages in
/// <c>MetersResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class MetersResource;
