namespace Tanpan.Web.Features.Inventories;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MonthGridResource&gt;</c>: the month grid's receipt columns in
/// <c>MonthGridResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class MonthGridResource;
