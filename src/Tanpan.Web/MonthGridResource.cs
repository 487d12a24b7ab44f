namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;MonthGridResource&gt;</c>: the month grid's receipt columns in
/// <c>Resources/MonthGridResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class MonthGridResource;
