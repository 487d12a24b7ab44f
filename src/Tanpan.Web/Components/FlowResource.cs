namespace Tanpan.Web.Components;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;FlowResource&gt;</c>: the strings of the inventory-flow pages in
/// <c>FlowResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// </summary>
public sealed class FlowResource;
