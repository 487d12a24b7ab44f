namespace Tanpan.Web.Features.Home;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;HomeResource&gt;</c>: the strings of the home dashboard in <c>HomeResource.resx</c>
/// beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class HomeResource;
