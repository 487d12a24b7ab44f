namespace Tanpan.Web.Components;

/// <summary>
/// Marker for <c>IStringLocalizer&lt;SharedResource&gt;</c>: the UI strings in
/// <c>SharedResource.resx</c> beside it (Traditional Chinese, the default) and <c>.en.resx</c>.
/// Kept outside <c>Resources/</c> so the resource keeps the name the localizer looks for.
/// </summary>
public sealed class SharedResource;
