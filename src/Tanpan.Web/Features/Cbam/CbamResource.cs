namespace Tanpan.Web.Features.Cbam;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;CbamResource&gt;</c>: the strings of the CBAM pages in <c>CbamResource.resx</c>
/// beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class CbamResource;
