namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;BaseYearResource&gt;</c>: the structural-change check on the recalculate page, in
/// <c>BaseYearResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class BaseYearResource;
