namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;BaseYearResource&gt;</c>: the structural-change check on the recalculate page, in
/// <c>Resources/BaseYearResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class BaseYearResource;
