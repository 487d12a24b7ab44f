namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;PlansResource&gt;</c>: the strings of the plan and target pages in
/// <c>Resources/PlansResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class PlansResource;
