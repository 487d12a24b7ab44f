namespace Tanpan.Web;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;FlowResource&gt;</c>: the strings of the inventory-flow pages in
/// <c>Resources/FlowResource.resx</c> (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class FlowResource;
